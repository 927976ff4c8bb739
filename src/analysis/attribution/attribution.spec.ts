import { analyze } from '../analyze.js';
import { surname } from '../testing/adversarial.js';
import { seedRegistry } from '../testing/seed-registry.js';
import { MAX_CARRIED_VOICES } from './speaker-memory.js';

const registry = seedRegistry();

/** The sources of the first claim of `text`, as [name, role] pairs. */
function sourcesOf(text: string): Array<[string, string]> {
  const [claim] = analyze(text, registry).claims;
  return claim.sources.map((s) => [s.name, s.role]);
}

/** The last claim of `text`: the sentence a table row is about, after the ones that set its context. */
function lastClaim(text: string) {
  const claims = analyze(text, registry).claims;
  return claims[claims.length - 1];
}

/** The sources of the last claim of `text`, as [name, role] pairs. */
function lastSources(text: string): Array<[string, string]> {
  return lastClaim(text).sources.map((s) => [s.name, s.role]);
}

/** The person named with the last claim's first source. */
function lastPerson(text: string): string | undefined {
  return lastClaim(text).sources[0]?.person;
}

describe('attribution cues', () => {
  it.each([
    ['According to Reuters, the talks collapsed on Monday.', [['Reuters', 'original']]],
    ['The talks collapsed on Monday, according to the Associated Press.', [['Associated Press', 'original']]],
    ['The Kremlin said the talks had collapsed.', [['Kremlin', 'original']]],
    ['The BBC reports that 40 people were hurt.', [['BBC', 'original']]],
    ['Le Monde writes that the plan costs €2 billion.', [['Le Monde', 'original']]],
    ['The Kyiv Independent informs about 14 new attacks.', [['The Kyiv Independent', 'original']]],
    ['The agency stated on Friday that 12 ships had left port.', []],
    ['Bloomberg estimates that exports fell by 12% in March.', [['Bloomberg', 'original']]],
    ['“We will not retreat,” the Pentagon said in a statement.', [['U.S. Department of Defense', 'original']]],
    ['“We will not retreat,” said the Pentagon.', [['U.S. Department of Defense', 'original']]],
    ['The deal was reported by The New York Times on Sunday.', [['The New York Times', 'original']]],
    ['The deal collapsed, as reported by Politico.', [['Politico', 'original']]],
    ['Reuters, citing the Wall Street Journal, reported that the deal had collapsed.', [['The Wall Street Journal', 'original'], ['Reuters', 'relay']]],
    ['Citing the WSJ, Reuters reported that the deal had collapsed.', [['The Wall Street Journal', 'original'], ['Reuters', 'relay']]],
    ['According to ISW, as reported by CNN, Russian forces advanced 4 km.', [['Institute for the Study of War', 'original'], ['CNN', 'relay']]],
    ['Dmitry Peskov, the Kremlin spokesman, told Reuters that no talks were planned.', [['Kremlin', 'original'], ['Reuters', 'relay']]],
    ['Foreign Minister Sergei Lavrov said in an interview with RT that sanctions had failed.', [['Sergei Lavrov', 'original'], ['RT', 'relay']]],
    ['The Guardian reported that the Foreign Office said 300 visas were issued.', [['Foreign, Commonwealth and Development Office', 'original'], ['The Guardian', 'relay']]],
    ['Two in three rivers fail, according to the Blue Basin Alliance.', [['Blue Basin Alliance', 'original']]],
    ['According to South Korean news agency Yonhap, the missile flew 3,000 km.', [['Yonhap', 'original']]],
    ['According to information from Ukrainian intelligence, Russia plans 3 more strikes.', [['Defence Intelligence of Ukraine', 'original']]],
    ['According to French officials, 12 people died.', []],
    ["Finland's president said he wants to make it harder for Russians to buy homes, The Associated Press reports.", [['Finnish presidency', 'original'], ['Associated Press', 'relay']]],
    ['The White House is making contingency plans for 3 scenarios, The New York Times reports.', [['The New York Times', 'original']]],
    ["Germany's vice chancellor says an embargo on Russian oil would now be manageable.", [['German government', 'original']]],
    ['Dr Jerald Block is a psychiatrist based in Portland, Oregon, United States.', []],
    ['Nationalities are given as originating in Africa, South Asia, and the Arab states.', []],
    ['Eurostat figures show the EU ran a goods trade surplus of 198 billion euros.', [['Eurostat', 'original']]],
    ["Nielsen's figures show that 40% of homes streamed.", [['Nielsen', 'original']]],
    ["Nielsen's latest figures show that 40% of homes streamed.", [['Nielsen', 'original']]],
    ['Kirby said the Defense Ministry had confirmed that 3 soldiers died.', [['Defense Ministry', 'original'], ['Kirby', 'relay']]],
    // an office without its country is named as written: "Defense Ministry", not "Ministry of Defense"
    ['The Defense Ministry told reporters on Monday that 3 drones were downed.', [['Defense Ministry', 'original']]],
    ['The Ministry of Defense told reporters on Monday that 3 drones were downed.', [['Ministry of Defense', 'original']]],
    // a ticker or an abbreviation in parentheses after a name opening the sentence is an aside
    ['Yahoo (NASDAQ:YHOO) said third-quarter profit fell 13%, as revenue dropped 1%.', [['Yahoo', 'original']]],
    ['Netflix ($NFLX) said it added nearly 7 million subscribers in its latest quarter.', [['Netflix', 'original']]],
    // "the Street", "Wall Street": the market's analysts, unnamed
    ['Acme reported sales of $2 billion, compared to the $2.4 billion the Street had expected.', [['Acme', 'original']]],
    ['Acme reported sales of $2 billion, above the $1.8 billion Wall Street had expected.', [['Acme', 'original']]],
    ['Wall Street expects the central bank to cut rates twice this year.', []],
    // "it" after an unregistered name opening the sentence is that name, not the body named the sentence before
    ['Acme missed expectations, when it reported sales of $2 billion, compared to the $2.4 billion the Street had expected.', [['Acme', 'original']]],
    ['Acme Corp missed revenue expectations on Wednesday, when it reported sales of $23.7 billion.', [['Acme Corp', 'original']]],
    ['Benham said NORAD had determined that the missile did not pose a threat.', [['NORAD', 'original'], ['Benham', 'relay']]],
    ['The coach said he was determined to win the cup.', []],
    ['Card terminals at 9,000 shops stopped working after a ransomware attack on the payments processor Kassio, the company said.', [['Kassio', 'original']]],
    ['Prices rose 4% in France last year, the company said.', []],
    ['Shares fell after John Smith resigned, the company said.', []],
    ['Agency officials told GAO that data challenges have hindered the initiative.', [['Government Accountability Office', 'original']]],
    ['Officials told the Government Accountability Office that 3 audits were late.', [['Government Accountability Office', 'original']]],
    ['Officials told Jones that the deal was off.', []],
    ['The Afghan interior ministry claimed there had been a Taliban presence in the hospital.', [['Afghan Interior Ministry', 'original']]],
    ['Greek Foreign Minister Nikos Dendias said Athens would attend.', [['Greek Ministry of Foreign Affairs', 'original']]],
    ['Benham said the North American Aerospace Defense Command had determined that the missile posed no threat.', [['North American Aerospace Defense Command', 'original'], ['Benham', 'relay']]],
    ['Regional Security Committee chair Jane Roe said the missile posed no threat.', [['Regional Security Committee', 'original']]],
    ['Meera Chand, UKHSA Director of Clinical and Emerging Infection, said the risk was low.', [['UK Health Security Agency', 'original']]],
    ["Britain's largest health union, Unison, said the pay was too high.", [['Unison', 'original']]],
    ['The French carmaker, Renault, said it would suspend work in Moscow.', [['Renault', 'original']]],
    ['A local resident, Ahmed, said the water was unsafe.', []],
    ['Renault, publicly targeted by the Ukrainian president, announced it was suspending work in Moscow.', [['Renault', 'original']]],
    ["9:30 p.m.: Lloyd's of London is investigating a possible cyberattack, the commercial insurance market said on Wednesday.", [["Lloyd's of London", 'original']]],
    ['Kassio restored 80% of its terminals on Sunday, the payments processor said.', [['Kassio', 'original']]],
    ['John Smith was arrested on Monday, the former senator said.', []],
    ['The European Commission called upon member states to cut gas use.', [['European Commission', 'original']]],
    ["Gartner's survey found that 40% of firms use AI.", [['Gartner', 'original']]],
    ["The Commission's autumn forecast shows growth of 2.2% this year.", [['Commission', 'original']]],
    ["OMB's action plan states OMB should take a leadership role.", [['Office of Management and Budget', 'original']]],
    ['In a blog post, Trustwave experts say the suspicious videos share 3 traits.', [['Trustwave', 'original']]],
    ['Security experts say the answer is an offline fallback.', []],
    ['The Financial Times, referring to sources in the Commission, writes that Brussels is weighing 3 steps.', [['Financial Times', 'original']]],
    ['Petro Yatsenko, spokesman for the Coordination Headquarters, confirmed to VOA that 2 websites are scams.', [['Coordination Headquarters', 'original'], ['Voice of America', 'relay']]],
    [
      'The Court also noted that according to United States Citizenship and Immigration Services data, the agency denied 60 percent of the applications.',
      [['United States Citizenship and Immigration Services', 'original'], ['The Court', 'relay']],
    ],
    ['“Radio Liberty” with reference to the SBU informs about 3 arrests in Kharkiv.', [['Security Service of Ukraine', 'original'], ['Radio Free Europe/Radio Liberty', 'relay']]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('what is not a source', () => {
  it.each([
    'After all, UN sanctions led by the USA destroyed the economy of the rogue state.',
    'The EU imposed sanctions against NATO critics in 2023.',
    'Protesters gathered outside the Reuters building on Tuesday.',
    'Russia launched 40 drones at Kyiv overnight.',
    'The BBC World Service budget was cut by 10% in 2024.',
  ])('%s', (text) => {
    expect(sourcesOf(text)).toEqual([]);
  });

  it('flags unnamed sources as anonymous', () => {
    const [claim] = analyze('Officials said 200 soldiers had crossed the border.', registry).claims;
    expect(claim.sources).toEqual([]);
    expect(claim.anonymous).toBe(true);
  });

  it('makes the outlet that anonymous sources told the original: a relay passes on a named original', () => {
    const [claim] = analyze('Two sources told Reuters that 200 soldiers had crossed the border.', registry).claims;
    expect(claim.sources.map((s) => [s.name, s.role])).toEqual([['Reuters', 'original']]);
    expect(claim.anonymous).toBe(true);
  });
});

describe('references across sentences', () => {
  it('makes a statement\'s stance after "We" speak for the bodies that issued it, and no one else\'s', () => {
    const text = 'NATO and the European Union said they condemned the attack. We are committed to holding those responsible to account. We will not rest until they are.';
    const { claims } = analyze(text, registry);
    expect(claims.slice(1).map((c) => c.sources.map((s) => s.name))).toEqual([['NATO', 'European Union'], ['NATO', 'European Union']]);
    expect(analyze('We are committed to building 3 new schools.', registry).claims[0].sources).toEqual([]);
  });

  it('makes a joint complaint speak for every body that filed it', () => {
    const text = 'In their joint complaint, the FTC and Arkansas charged that the scheme was illegal. The complaint alleges that some members paid $62,700.';
    const { claims } = analyze(text, registry);
    expect(claims[1].sources.map((s) => s.name)).toEqual(['Federal Trade Commission', 'Arkansas']);
  });

  it('resolves an abbreviation the article defined', () => {
    const text = 'The Kyiv International Institute of Sociology (KIIS) polled 2,000 people in May. KIIS said 60% backed the plan.';
    const { claims } = analyze(text, registry);
    expect(claims[1].sources.map((s) => s.name)).toEqual(['Kyiv International Institute of Sociology']);
  });

  it('resolves a registered long name to the abbreviation used later', () => {
    const text = 'The war began in 2022, the Institute for the Study of War (ISW) noted. Later, ISW said Russian forces lost 300 tanks.';
    const { claims } = analyze(text, registry);
    expect(claims[1].sources.map((s) => s.name)).toEqual(['Institute for the Study of War']);
  });

  it('resolves "he said" to the last speaker and a surname to the person named before', () => {
    const text = 'NATO Secretary General Mark Rutte said allies would send 7 systems. “This is not charity,” he said. Rutte said the plan would cost €2 billion.';
    const { claims } = analyze(text, registry);
    expect(claims.map((c) => c.sources.map((s) => s.name))).toEqual([['NATO'], ['NATO'], ['NATO']]);
  });

  it('resolves "in his words" and "according to him" to the last speaker', () => {
    const text = 'NATO Secretary General Mark Rutte said allies would send 7 systems. In his words, the alliance is united. According to him, 2 more will follow.';
    const { claims } = analyze(text, registry);
    expect(claims.map((c) => c.sources.map((s) => s.name))).toEqual([['NATO'], ['NATO'], ['NATO']]);
  });

  it('resolves "its chief economist" to the body the previous sentence was about', () => {
    const text = 'The European Central Bank kept its deposit rate at 2% on Thursday. Its chief economist, Philip Lane, said policy was restrictive.';
    const { claims } = analyze(text, registry);
    expect(claims[1].sources).toEqual([expect.objectContaining({ name: 'European Central Bank', person: 'Philip Lane' })]);
  });

  it('carries the source into a hedged continuation of the same paragraph, with less confidence', () => {
    const text = 'The Wall Street Journal reported that Pyongyang shipped 1 million shells. The total is estimated at $5 billion.\n\nThe total is estimated at $5 billion.';
    const { claims } = analyze(text, registry);
    expect(claims[1].attribution).toBe('inherited');
    expect(claims[1].sources[0].confidence).toBeLessThan(claims[0].sources[0].confidence);
    expect(claims[2].attribution).toBe('none'); // a new paragraph ends the report
  });

  it('reads "reportedly" as unnamed reports, not as the previous sentence going on', () => {
    const text = 'The Hudson Weather Service said a tsunami may follow. About 20 people were reportedly injured in the port.';
    const [, claim] = analyze(text, registry).claims;
    expect(claim).toMatchObject({ attribution: 'none', sources: [], anonymous: true });
  });
});

describe('cue spans', () => {
  it('underline the cue and the name inside the claim', () => {
    const text = 'IA Fact, referring to The Wall Street Journal, already stated that 11,000 troops were sent.';
    const [claim] = analyze(text, registry).claims;
    const spans = claim.sources.map((s) => text.slice(s.cue.start, s.cue.end));
    expect(spans).toEqual(['referring to The Wall Street Journal', 'IA Fact']);
  });
});

describe('more wire forms', () => {
  it.each([
    ['TASS quoted Deputy Foreign Minister Sergei Ryabkov as saying Moscow would respond.', [['Sergei Ryabkov', 'original'], ['TASS', 'relay']]],
    ["Eurostat's data shows unemployment at 6.1%.", [['Eurostat', 'original']]],
    ["In a post on Telegram, Ukraine's air force said 40 drones were shot down.", [['Ukrainian Air Force', 'original']]],
    ["Germany's Der Spiegel magazine reported that Berlin would deliver 4 more Patriot systems.", [['Der Spiegel', 'original']]],
    ['Tomasz Wiśniewski of the Polish Angling Association said 140 fish kills were reported.', [['Polish Angling Association', 'original']]],
    ['Data from the World Bank show that poverty rose by 4% in 2023.', [['World Bank', 'original']]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });

  it('keeps a hyphenated spokesperson as the person of the body', () => {
    const [claim] = analyze('White House spokeswoman Karine Jean-Pierre told reporters the US would send more aid.', registry).claims;
    expect(claim.sources).toEqual([expect.objectContaining({ name: 'White House', person: 'Karine Jean-Pierre' })]);
  });

  it('flags an official speaking on condition of anonymity', () => {
    const [claim] = analyze('A senior U.S. official, speaking on condition of anonymity, said the talks had stalled.', registry).claims;
    expect(claim.anonymous).toBe(true);
    expect(claim.sources).toEqual([]);
  });
});

describe('more that is not a named source', () => {
  it.each([
    'NATO allies agreed to send 7 more air defence systems to Ukraine.',
    'The Pentagon approved a $2 billion package on Monday.',
    'The report by the UN was delayed until March.',
    'In 2019, the IMF cut its growth forecast to 3.3%.',
    'The law was passed by the Verkhovna Rada on Tuesday.',
  ])('%s', (text) => {
    expect(sourcesOf(text)).toEqual([]);
  });

  it('treats unnamed experts as anonymous', () => {
    const [claim] = analyze('Experts say the real number could be far higher.', registry).claims;
    expect(claim.anonymous).toBe(true);
  });

  it.each([
    ['Russia and China said they would deepen ties.', [['Russia', 'original'], ['China', 'original']]],
    // the registry holds "Zelensky's office" as a name of the presidency
    ["Zelensky's office said 3 people were killed.", [['Office of the President of Ukraine', 'original']]],
    ["Jane Roe's office said 3 people were killed.", [["Jane Roe's office", 'original']]],
    ['A report by Amnesty International found that 300 civilians died.', [['Amnesty International', 'original']]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('agency copy', () => {
  it.each([
    ["Al Jazeera's correspondent in Gaza reported that 40 people were killed.", [['Al Jazeera', 'original']]],
    ["The figure was confirmed by Ukraine's Defence Ministry.", [['Ministry of Defence of Ukraine', 'original']]],
    ['Kallas told AFP on Thursday that the EU would adopt its 16th package.', [['Kallas', 'original'], ['Agence France-Presse', 'relay']]],
    ['“The situation is critical,” said Maria Zakharova, the Russian Foreign Ministry spokeswoman.', [['Russian Foreign Ministry', 'original']]],
    ['A spokesperson for Meta said the company had removed 2,000 accounts.', [['Meta', 'original']]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });

  it.each([
    ['The Associated Press reported, citing two U.S. officials, that 300 troops would deploy.', [['Associated Press', 'original']]],
    ['Sources close to the Élysée said Macron would travel to Kyiv in May.', []],
    ['According to Israeli media, the cabinet approved the plan.', []],
    ['The list runs to 116 pages, Bloomberg reported on Wednesday, citing people familiar with the matter.', [['Bloomberg', 'original']]],
    ['Two officials told the Financial Times that the deal was off.', [['Financial Times', 'original']]],
    ['According to Axios, which cited two White House officials, the trip was cancelled.', [['Axios', 'original']]],
    ['Skeptics argue the plan will cost $4 billion.', []],
    ['Projections suggest the deficit will reach 5% of GDP.', []],
  ])('anonymous: %s', (text, expected) => {
    const [claim] = analyze(text, registry).claims;
    expect(claim.anonymous).toBe(true);
    expect(claim.sources.map((s) => [s.name, s.role])).toEqual(expected);
  });
});

describe('science, business and sport', () => {
  it.each([
    ['The study, published in Nature on Wednesday, found that 1.5 million species are at risk.', [['Nature', 'original']]],
    ['Researchers at MIT said the battery could last 20 years.', [['MIT', 'original']]],
    ['According to a survey by the Pew Research Center, 64% of Americans oppose the plan.', [['Pew Research Center', 'original']]],
    ['Manchester United confirmed that the striker had signed a four-year contract.', [['Manchester United', 'original']]],
    ['Prime Minister Keir Starmer told Parliament that the UK would spend 2.5% of GDP on defence.', [['Keir Starmer', 'original']]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('speech occasions and particles', () => {
  it.each([
    [
      'The spokesman of the Navy of the Armed Forces of Ukraine Dmytro Pletenchuk in an interview with «Radio Svoboda» said that 14 vessels left port.',
      [['Ukrainian Navy', 'original'], ['Radio Free Europe/Radio Liberty', 'relay']],
    ],
    ['Governor Elvira Nabiullina at a press conference said that rates would stay at 21%.', [['Elvira Nabiullina', 'original']]],
    ['The ISW analysts point out that Russian forces advanced 5 km.', [['Institute for the Study of War', 'original']]],
    ['The Kremlin called the move a provocation.', [['Kremlin', 'original']]],
    ['The Washington Post learned that 3 officials had resigned.', [['The Washington Post', 'original']]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('asides between subject and verb', () => {
  it('skips ", in turn," to the speaking ministry', () => {
    expect(sourcesOf('The Russian Ministry of Defense, in turn, claims that 3 ports were hit.')).toEqual([['Russian Ministry of Defence', 'original']]);
  });
});

describe('inverted and "as" clauses', () => {
  it.each([
    ['As noted by the Kyiv Independent, 12 drones were shot down.', [['The Kyiv Independent', 'original']]],
    ['The strike killed 4 people, reports the BBC.', [['BBC', 'original']]],
    ['As the Financial Times notes, the deal is worth $3 billion.', [['Financial Times', 'original']]],
    ['The press service of the General Staff reported 1,200 losses.', [['General Staff', 'original']]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('relay forms', () => {
  it.each([
    ['“We will hold the line,” the Kremlin said, RIA Novosti reported.', [['Kremlin', 'original'], ['RIA Novosti', 'relay']]],
    ['In a comment to RBC-Ukraine, Ivan Petrenko noted that prices rose by 4%.', [['Ivan Petrenko', 'original'], ['RBC-Ukraine', 'relay']]],
    ['Kremlin spokesman Dmitry Peskov, answering the question of TASS, stated that no talks were planned.', [['Kremlin', 'original'], ['TASS', 'relay']]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });

  it('makes a report clause closing the sentence a relay of the source named before it', () => {
    const text = 'The Russian Defence Ministry said 40 drones were downed. The ministry said 12 more were downed over Crimea, TASS reported.';
    const { claims } = analyze(text, registry);
    expect(claims[1].sources.map((s) => [s.name, s.role])).toEqual([['Russian Ministry of Defence', 'original'], ['TASS', 'relay']]);
  });
});

describe('several sources in one sentence', () => {
  it.each([
    ['Target, Costco and Kroger said they would raise wages by 5%.', [['Target', 'original'], ['Costco', 'original'], ['Kroger', 'original']]],
    ['Russia, China and Iran said they would hold joint drills.', [['Russia', 'original'], ['China', 'original'], ['Iran', 'original']]],
    [
      'The statement was released by French Foreign Minister Jean-Yves Le Drian, German Foreign Minister Heiko Maas, and Acting Secretary John Sullivan.',
      [['French Foreign Ministry', 'original'], ['German Foreign Office', 'original'], ['John Sullivan', 'original']],
    ],
    ['According to Reuters, Russia and China agreed to hold talks.', [['Reuters', 'original']]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('a person speaking for a body', () => {
  it.each([
    ["Russia's foreign minister said the talks had failed.", 'Russian Foreign Ministry', undefined],
    ['Russian Foreign Minister Sergei Lavrov said sanctions had failed.', 'Russian Foreign Ministry', 'Sergei Lavrov'],
    ["Moscow's defence ministry said 40 drones were shot down.", 'Russian Ministry of Defence', undefined],
    ["Britain's home secretary outlined plans to deport 300 people.", 'Home Office', undefined],
    ['The Minister of Foreign Affairs of Ukraine Andrii Sybiha said 3 ships were hit.', 'Ministry of Foreign Affairs of Ukraine', 'Andrii Sybiha'],
    ['The President of Russia described the sanctions as illegitimate.', 'Kremlin', undefined],
    ["Ukraine's President Volodymyr Zelenskyy said 40 drones were downed.", 'Office of the President of Ukraine', 'Volodymyr Zelenskyy'],
    ['Japanese Chief Cabinet Secretary Yoshimasa Hayashi told reporters the launch had failed.', 'Japanese government', 'Yoshimasa Hayashi'],
    ['U.S. Defense Secretary Lloyd Austin said 300 troops would deploy.', 'U.S. Department of Defense', 'Lloyd Austin'],
    ['Israeli Prime Minister Benjamin Netanyahu said the war would go on.', "Israeli Prime Minister's Office", 'Benjamin Netanyahu'],
    ['Brazilian Foreign Minister Mauro Vieira told reporters the summit would go ahead.', 'Brazilian Ministry of Foreign Affairs', 'Mauro Vieira'],
    ['This was reported by The Times with reference to the British defence ministry.', 'UK Ministry of Defence', undefined],
  ])('%s', (text, body, person) => {
    const [claim] = analyze(text, registry).claims;
    expect(claim.sources[0]).toEqual(expect.objectContaining({ name: body, role: 'original', registered: true }));
    expect(claim.sources[0].person).toBe(person);
  });

  it('reports an office with no registry entry as an unregistered government body', () => {
    const result = analyze("Lebanon's top diplomat said 12 people had died.", registry);
    expect(result.claims[0].sources).toEqual([expect.objectContaining({ name: 'Lebanese Ministry of Foreign Affairs', type: 'government', registered: false })]);
    expect(result.unregisteredSources).toEqual([{ name: 'Lebanese Ministry of Foreign Affairs', count: 1 }]);
  });

  it('does not make a former office holder speak for the body', () => {
    expect(sourcesOf("Russia's former president Dmitry Medvedev said the West would pay.")).not.toContainEqual(['Kremlin', 'original']);
  });
});

describe('an office holder named once, then by title or surname', () => {
  it('resolves "The President" and the surname to the body of the office holder who acted before', () => {
    const text = "Ukraine's President Volodymyr Zelenskyy met the Danish prime minister in Kyiv on Monday. The President noted that 40 drones had been downed. Zelenskyy thanked Denmark for 2 more systems.";
    const { claims } = analyze(text, registry);
    expect(claims.map((c) => c.sources.map((s) => [s.name, s.person]))).toEqual([
      [],
      [['Office of the President of Ukraine', 'Volodymyr Zelenskyy']],
      [['Office of the President of Ukraine', 'Volodymyr Zelenskyy']],
    ]);
  });

  it('never reports a bare title as a name', () => {
    expect(sourcesOf('The President said the talks would go on.')).toEqual([]);
  });

  it('keeps a titled person a person, not an outlet, before "reported"', () => {
    const [claim] = analyze('Energy Minister Jane Roe reported that output fell 3%.', registry).claims;
    expect(claim.sources).toEqual([expect.objectContaining({ name: 'Jane Roe', type: 'person' })]);
  });
});

describe("an issuer's own voice", () => {
  it.each([
    ['The United States condemns violence against diplomats in Basrah.', [['United States', 'original']]],
    ['The United States strongly condemns the attack on the hotel in Kabul.', [['United States', 'original']]],
    ['The United Kingdom welcomes the release of 12 prisoners.', [['United Kingdom', 'original']]],
    ['The United States congratulates India on joining the Australia Group.', [['United States', 'original']]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });

  it('makes "We condemn", "We also call on" speak for whoever spoke last, all signatories of a joint statement included', () => {
    const text =
      'The statement was released by French Foreign Minister Jean-Yves Le Drian and German Foreign Minister Heiko Maas.\n\nToday marks one year since the attack.\n\nWe condemn the use of chemical weapons by anyone.\n\nThe United Kingdom condemns the attack on Israel. We also call on Iran to release the crew of 25.';
    const { claims } = analyze(text, registry);
    expect(claims.map((c) => c.sources.map((s) => s.name))).toEqual([
      ['French Foreign Ministry', 'German Foreign Office'],
      [],
      ['French Foreign Ministry', 'German Foreign Office'],
      ['United Kingdom'],
      ['United Kingdom'],
    ]);
  });

  it('leaves "We" with other verbs, and "We" with nobody quoted before, unsourced', () => {
    const { claims } = analyze('We condemn the attack on the school. The United States said 12 people died. We know how to build homes.', registry);
    expect(claims.map((c) => c.sources.map((s) => s.name))).toEqual([[], ['United States'], []]);
  });
});

// a sentence of thousands of speakers made every later "We condemn", "The complaint alleges" and "Also, ..." cite
// them all: claims citing millions of sources for 64 KB of text (output and time quadratic in the text)
describe(`sources carried over from the sentence before: at most MAX_CARRIED_VOICES (${MAX_CARRIED_VOICES}) of them`, () => {
  // a joint statement's dozens of signatories stay its voice; a list longer than the bound is none
  const speakers = (count: number, verb: string) => Array.from({ length: count }, (_, i) => `Jane ${surname(i)} ${verb},`).join(' ');
  const lastSources = (text: string) => analyze(text, registry).claims.at(-1)?.sources.length;

  it.each([
    ['a statement\'s "We condemn"', 'condemns', 'the attack.', 'We condemn the attack.'],
    ['a joint complaint', 'said', 'the plan failed.', 'The complaint alleges fraud.'],
    ['a sentence going on with the report', 'said', 'the plan failed.', 'Also, it failed.'],
  ])(`%s speaks for ${MAX_CARRIED_VOICES} speakers named before, and for none more`, (_, verb, close, next) => {
    expect(lastSources(`${speakers(MAX_CARRIED_VOICES, verb)} ${close} ${next}`)).toBe(MAX_CARRIED_VOICES);
    expect(lastSources(`${speakers(MAX_CARRIED_VOICES + 1, verb)} ${close} ${next}`)).toBe(0);
  });
});

describe("an issuer the page's labels name (issue 9, sixth round)", () => {
  const namesByClaim = (text: string) => analyze(text, registry).claims.map((c) => c.sources.map((s) => s.name));

  it.each([
    // an issuing formula, a body's name alone with a kind of text, a speaker introducing the text
    ['The press release issued by the Foreign Office on 15 April 2024.\n\nWe estimate that 12 ships were seized.', [['Foreign, Commonwealth and Development Office']]],
    ['The speech made by Jeremy Quin, the Minister for the Cabinet Office, in London on 19 July 2023.\n\nI am pleased to announce that £4.4 billion of savings were delivered.', [['Cabinet Office']]],
    ['GAO Testimony\n\nAfter discussions with officials in INS and DOJ, we concluded that INS has 3 shortfalls.', [['Government Accountability Office']]],
    ['European Commission - Daily News\n\nWe expect growth of 2.2% in 2018.', [['European Commission']]],
    ['Dr Meera Chand, UKHSA Director of Clinical and Emerging Infection, said:\n\nWe think the risk to the UK is 1 in 100,000.', [['UK Health Security Agency']]],
    // a signed statement's "I" (seen after the round-6 held-out check)
    ['FROM: U.S. STATE DEPARTMENT\n\nI urged President Kiir to form 1 new government quickly.', [['U.S. Department of State']]],
    // a readout: what both parties said is the issuer's account
    ['Source: Official website of the President of Russia\n\nBoth presidents agreed that 3 issues remain.\n\nBoth sides stressed the urgency of 2 steps.', [['Kremlin'], ['Kremlin']]],
  ])('%s', (text, expected) => {
    expect(namesByClaim(text)).toEqual(expected);
  });

  it('reads a country\'s stance in a statement as its government speaking, and "we" after it as the same', () => {
    const text = 'Press Statement\n\nThe United States is deeply concerned over 3 violations of the ceasefire. We urge the sides to avoid escalation.\n\nThe United Kingdom has long been clear that Iran plays 1 role.';
    expect(namesByClaim(text)).toEqual([['United States'], ['United States'], ['United Kingdom']]);
  });

  it('starts again from the labels of the next text on a page of several', () => {
    const text = 'Press Statement\n\nThe OSCE Minsk Group Co-Chairs called upon the parties to negotiate. We urge 2 sides to avoid escalation.\n\nPress Statement\n\nThe press release issued by the Foreign Office on 1 May.\n\nWe support the 3 mediation efforts.';
    expect(namesByClaim(text)).toEqual([['OSCE'], ['OSCE'], ['Foreign, Commonwealth and Development Office']]);
  });

  it('leaves an author\'s "we", a headline\'s body and a country described in a news story alone', () => {
    expect(namesByClaim('We think the 3 plans will fail.')).toEqual([[]]);
    expect(namesByClaim('I urged President Kiir to form 1 new government quickly.')).toEqual([[]]);
    expect(namesByClaim('UN denounces Lebanon device blasts\n\nWe estimate that 12 people died.')).toEqual([[]]);
    expect(namesByClaim('Kremlin talks with Washington stall\n\nBoth sides stressed the urgency of 2 steps.')).toEqual([[]]);
    expect(namesByClaim('The United States is deeply concerned over 3 violations of the ceasefire.')).toEqual([[]]);
    expect(namesByClaim('Two leaders met. Both presidents agreed that 3 issues remain.')).toEqual([[], []]);
  });
});

describe('a title holding a list, and an EU portfolio (issue 9, sixth round)', () => {
  it.each([
    ['Pierre Moscovici, Commissioner for Economic and Financial Affairs, Taxation and Customs, said 3 things.', [['European Commission', 'original']]],
    ['Valdis Dombrovskis, Vice-President for the Euro and Social Dialogue, also in charge of Financial Stability, Financial Services and Capital Markets Union, said 3 things.', [['European Commission', 'original']]],
    ['Marianne Thyssen, Commissioner for Employment, Social Affairs, Skills and Labour Mobility, said 3 jobs were created.', [['European Commission', 'original']]],
    // another office called commissioner is no EU portfolio
    ['Police Commissioner Jane Roe said 3 people died.', [['Jane Roe', 'original']]],
    ["Jane Roe, the Children's Commissioner for Wales, said 3 schools closed.", [['Wales', 'original']]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('a statement released saying (issue 9, sixth round)', () => {
  it.each([
    ['Nokia released a brief statement saying 3 plants would close.', [['Nokia', 'original']]],
    ['The Pentagon issued a statement saying 3 ships were sent.', [['U.S. Department of Defense', 'original']]],
    ['The US military released a statement saying it had struck 3 targets.', [['U.S. Department of Defense', 'original']]],
    // a statement someone else released, or only read
    ['Reporters saw a statement saying 3 ships sank.', []],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('researchers introduced with their body, then quoted (issue 9, sixth round)', () => {
  const namesByClaim = (text: string) => analyze(text, registry).claims.map((c) => c.sources.map((s) => s.name));

  it.each([
    // the employer opening the sentence, a name the article writes capitalised inside a sentence too
    ['New research by security firm Trustwave shows 3 things. Trustwave experts say the videos share 3 traits.', [['Trustwave'], ['Trustwave']]],
    ['The Infrastructure Security Agency said 3 things. Security experts say 3 videos share traits.', [['The Infrastructure Security Agency'], []]],
  ])('%s', (text, expected) => {
    expect(namesByClaim(text)).toEqual(expected);
  });

  it.each([
    ['According to security researchers at Mandiant, NightHarbor emerged in 2024. The group gains access through 3 stolen credentials, the researchers said.', [['Mandiant'], ['Mandiant']]],
    ['Researchers at Stanford University found that 3 drugs failed. The researchers said the drugs were costly.', [['Stanford University'], ['Stanford University']]],
    ['Researchers from the JKM Technologies company in Virginia did the study. They found that 3 shoes create more stress. They observed that the effect was 2 times greater.', [[], ['JKM Technologies'], ['JKM Technologies']]],
    // researchers nobody introduced stay unnamed
    ['Scientists say 3 drugs failed. The researchers said the drugs were costly.', [[], []]],
  ])('%s', (text, expected) => {
    expect(namesByClaim(text)).toEqual(expected);
  });
});

describe('a person introduced with a body, then quoted', () => {
  const sourcesByClaim = (text: string) => analyze(text, registry).claims.map((c) => c.sources.map((s) => [s.name, s.person]));

  it('takes the body from "X is Country\'s <title>", and the family name written first', () => {
    const text = "Jang Il Hun is North Korea's deputy ambassador to the United Nations. Mr. Jang said the country would keep 3 reactors. And he said talks were pointless.";
    expect(sourcesByClaim(text)).toEqual([[], [['North Korea', 'Jang Il Hun']], [['North Korea', 'Jang Il Hun']]]);
  });

  it('takes the body from "She heads the X", after "Dr. Nora Volkow led the study"', () => {
    const text = 'Dr. Nora Volkow led the study. She heads the National Institute on Drug Abuse. Dr. Volkow says 47 volunteers took part.';
    expect(sourcesByClaim(text)).toEqual([[], [], [['National Institute on Drug Abuse', 'Nora Volkow']]]);
  });

  it('reads "the U.N.\'s high commissioner for human rights, Volker Turk," as the body with the person named in the appositive', () => {
    const text = '"The law prohibits booby traps," the U.N.\'s high commissioner for human rights, Volker Turk, told the Security Council. "I am appalled by 37 deaths," said Turk.';
    expect(sourcesByClaim(text)).toEqual([[['United Nations', 'Volker Turk']], [['United Nations', 'Volker Turk']]]);
  });

  it('introduces nobody with a verb that ties no body ("led the study") or a description with no title', () => {
    const text = 'Jane Roe is a resident of the European Union. Ms. Roe said 12 houses burned.';
    expect(sourcesByClaim(text)[1]).not.toContainEqual(['European Union', 'Jane Roe']);
  });
});

describe('a document or a description pointing back', () => {
  const namesByClaim = (text: string) => analyze(text, registry).claims.map((c) => c.sources.map((s) => s.name));

  it('makes "the study found", "the report calls on" mean the body a cue named as publishing it, not the last one quoted', () => {
    const text =
      'Two in three rivers fail, according to a new report published today by the Blue Basin Alliance, a network of 48 groups. "These numbers should alarm anyone," said Tomasz Wiśniewski of the Polish Angling Association. The report calls on the Commission to ban PFAS by 2030.';
    expect(namesByClaim(text)).toEqual([['Blue Basin Alliance'], ['Polish Angling Association'], ['Blue Basin Alliance']]);
  });

  it('makes "the alliance said" mean the last body whose name says so', () => {
    const text = 'Two in three rivers fail, according to the Blue Basin Alliance. Tomasz Wiśniewski of the Polish Angling Association said 140 fish died. Clean-up would cost €1.2 billion a year, the alliance said.';
    expect(namesByClaim(text)[2]).toEqual(['Blue Basin Alliance']);
  });

  it('takes a three-word name ending in "Alliance" or "Network" for a body, not a person', () => {
    const [claim] = analyze('Two in three rivers fail, according to the Blue Basin Alliance, a network.', registry).claims;
    expect(claim.sources[0]).toEqual(expect.objectContaining({ name: 'Blue Basin Alliance', type: 'ngo' }));
  });
});

describe('an office named by the page, and what its holder passes on', () => {
  const namesByClaim = (text: string) => analyze(text, registry).claims.map((c) => c.sources.map((s) => [s.name, s.role]));

  it('makes "The Head of State thanked", "expressed gratitude", "drew attention" speak for the office a section label names', () => {
    const text =
      'President of Ukraine\n\nThe Head of State thanked Denmark for 2 more air defence systems.\n\nThe Head of State expressed gratitude for the support of 40 countries.\n\nThe President drew attention to the 3 strikes on Kherson.';
    expect(namesByClaim(text)).toEqual([
      [['Office of the President of Ukraine', 'original']],
      [['Office of the President of Ukraine', 'original']],
      [['Office of the President of Ukraine', 'original']],
    ]);
  });

  it('makes the speaker relay what "according to" a named source follows "said that"', () => {
    const text = 'President of Ukraine\n\nThe President said that, according to information from Ukrainian intelligence, Russia plans 3 provocations at the plant.';
    expect(namesByClaim(text)).toEqual([[['Defence Intelligence of Ukraine', 'original'], ['Office of the President of Ukraine', 'relay']]]);
  });

  it('names no holder from a label when the text has none', () => {
    expect(namesByClaim('Current events\n\nThe Head of State thanked Denmark for 2 more air defence systems.')).toEqual([[]]);
  });
});

describe('"they" after several names', () => {
  it('does not send "they said" back to an earlier speaker when the sentence has just named several bodies', () => {
    const text =
      'Maxar Technologies said its images showed 12 craters. Russia put forward the text after France and Mexico withdrew their push because they said it would have been vetoed by Moscow, Reuters reported.';
    expect(analyze(text, registry).claims[1].sources.map((s) => [s.name, s.role])).toEqual([['Reuters', 'original']]);
  });

  it('still sends "they said" back to the body quoted before', () => {
    const text = 'Maxar Technologies said its images showed 12 craters. They said 3 more sites were hit.';
    expect(analyze(text, registry).claims[1].sources.map((s) => s.name)).toEqual(['Maxar Technologies']);
  });
});

describe('general patterns of unseen copy (issue 9)', () => {
  /** The sources of the last claim of `text`, as [name, role] pairs, and whether it is anonymous. */
  const lastClaim = (text: string) => {
    const claims = analyze(text, registry).claims;
    const claim = claims[claims.length - 1];
    return { sources: claim.sources.map((s) => [s.name, s.role]), anonymous: Boolean(claim.anonymous) };
  };

  it.each([
    // a person named with their body anywhere speaks for it when quoted by surname
    ["Onodera spoke in an interview with Voice of America's Steve Herman. “We tweeted in real time,” Herman says.", [['Voice of America', 'original']]],
    ['North Korean diplomat Jon Yong Ryong predicted the South would fall. Jon also said Pyongyang will take further steps.', [['North Korea', 'original']]],
    // participles report for the clause's subject; "charged that" is an accusation
    ['The European Commission sued the operators of a loom, alleging that it has operated as an illegal scheme.', [['European Commission', 'original']]],
    ['In their joint complaint, the European Commission and Germany charged that the operators have lured people.', [['European Commission', 'original'], ['Germany', 'original']]],
    ['Police charged him with fraud on Monday.', []],
    // names joined where the join cannot be one name
    ['In their joint complaint, the FTC and Arkansas charged that the operators have lured 40 people.', [['Federal Trade Commission', 'original'], ['Arkansas', 'original']]],
    // a body written before a title, and a title's domain kept out of the name
    ['“The concept is not a new one,” said FTC Chairwoman Edith Ramirez.', [['Federal Trade Commission', 'original']]],
    ['Security Service head Jane Roe said the plot was foiled.', [['Security Service', 'original']]],
    ['Secretary of State Rex Tillerson said the talks went well.', [['U.S. Department of State', 'original']]],
    ['Head of the Lviv Regional Department of the Ministry of Interior said 12 officers were ready.', [['Lviv Regional Department of the Ministry of Interior', 'original']]],
    ['The Retail Traders’ Union said prices would rise by 4%.', [['The Retail Traders’ Union', 'original']]],
    // filings and unnamed courts
    ['A federal court has ordered the operators to pay $616,000. The court found that 12 customers suffered.', [['federal court', 'original']]],
    ['“Cramming is not new,” said FTC Chairwoman Edith Ramirez. According to the complaint, Wise Media sent 40 texts.', [['Federal Trade Commission', 'original']]],
    // descriptions: a body named earlier in the sentence, a typed one never of another kind
    ['The Conflict Observatory, which is supported by the U.S. Department of State, released an assessment, the department said in a statement.', [['U.S. Department of State', 'original']]],
    ['Reuters reported the strike on Monday. The department said 3 sites were hit.', []],
    ['Only Yandex’s search feature returns 40 results, but the company’s spokesperson told TechCrunch that Yandex hopes to add more.', [['Yandex', 'original'], ['TechCrunch', 'relay']]],
    // a document's publisher
    ['The Conflict Observatory on Thursday released an independent, detailed assessment of the war. The report notes that 15% of sites were hit.', [['The Conflict Observatory', 'original']]],
    // state bodies described but never named, and relays of them
    ['Kyodo cited the coast guard as saying the ship sank with 12 crew.', [['coast guard', 'original'], ['Kyodo News', 'relay']]],
    ['The ministry said three drones were downed, TASS reported.', [['ministry', 'original'], ['TASS', 'relay']]],
    ['“There are no concerns about 3 crops,” SANA reported the ministry as saying.', [['ministry', 'original'], ['Syrian Arab News Agency', 'relay']]],
    // "as cited by" an outlet: the outlet relays the speaker
    ['“North Korea launched 3 missiles,” the JCS said, as cited by Yonhap news agency.', [['South Korean Joint Chiefs of Staff', 'original'], ['Yonhap', 'relay']]],
    // "was quoted as saying" with no quoter named: whoever was quoted speaks
    ['“North Korea launched 3 missiles,” the JCS was quoted as saying.', [['South Korean Joint Chiefs of Staff', 'original']]],
    // a region's governor speaks for its administration
    ['Tula Region Governor Jane Roe confirmed that 3 drones had been downed over the region.', [['Tula regional administration', 'original']]],
    // a state's department is no federal one; a title's capitalised domain, then the body it serves
    ['“The mix caused 3 cases,” said Jane Roe, director of public health at the Nebraska Department of Health and Human Services.', [['Nebraska Department of Health and Human Services', 'original']]],
    ['“The mix caused 3 cases,” said Jane Roe, Director of Public Health for the Nebraska Department of Health and Human Services.', [['Nebraska Department of Health and Human Services', 'original']]],
    ['Testing conducted by the CDC showed that 3 strains were resistant.', [['Centers for Disease Control and Prevention', 'original']]],
    // a statement nobody is named as issuing is the one whose figures the sentence gives
    ['Twilio’s revenue grew 75% in the quarter, according to a statement.', [['Twilio', 'original']]],
    ['Prices rose 3% in May, according to a statement.', []],
    ['Twilio’s revenue grew 75% in the quarter, according to a report.', []],
    // "the daily" (tagged an adverb) is the newspaper named before
    ['Japan is building 3 cyber weapons, the daily Yomiuri Shimbun reported. The project cost 179 million yen, the daily said.', [['The Yomiuri Shimbun', 'original']]],
    // an outlet's correspondent, or the outlet after its verb, closing the sentence relays it
    ['Jane Roe said 3 drones were downed at a briefing, an Ukrinform correspondent reports.', [['Jane Roe', 'original'], ['Ukrinform', 'relay']]],
    ['The ministry said 3 drones were downed, a Reuters correspondent reported.', [['ministry', 'original'], ['Reuters', 'relay']]],
    ['The ministry said 3 drones were downed, reports the BBC.', [['ministry', 'original'], ['BBC', 'relay']]],
    // the outlet described before its name still closes the sentence as its relay
    ['The ministry said 3 envoys were summoned, state news agency SANA reported.', [['ministry', 'original'], ['Syrian Arab News Agency', 'relay']]],
    ['The ministry said 3 envoys were summoned, the state-run SANA news agency reported.', [['ministry', 'original'], ['Syrian Arab News Agency', 'relay']]],
    // a description naming an office points back only to a body of that office
    ['The Russian Defence Ministry said 12 drones were downed. The foreign ministry said 3 envoys were summoned.', [['foreign ministry', 'original']]],
    ['The Russian Defence Ministry said 12 drones were downed. The ministry said 3 more were downed.', [['Russian Ministry of Defence', 'original']]],
    ['The health ministry said 12 people died. The state statistics agency said 3 hospitals closed.', []],
    ['Reuters said 12 people died. The news agency said 3 hospitals closed.', [['Reuters', 'original']]],
    // "the company" is the company the sentence before named, "Ltd." and all
    ['Acme Widgets Ltd. on Friday reported revenue of $3 million. The company said 12 stores closed.', [['Acme Widgets Ltd.', 'original']]],
    // experts introduced by their employer's name before them, then "the analysts"
    ['Piper Jaffray analysts led by Jane Roe raised their rating on Monday. “Few firms grow by 50 percent,” the analysts wrote.', [['Piper Jaffray', 'original']]],
    ['In a statement, Jane Roe affirmed that 3 ministries handle evacuations.', [['Jane Roe', 'original']]],
    ['In besieged Mariupol, Russia destroyed a theater, Ukrainian authorities said.', [['Ukrainian authorities', 'original']]],
    ['Recently, the North Korean government expressed an interest in talks on 3 issues.', [['North Korean government', 'original']]],
    ['Japan’s Prime Minister Shinzo Abe expressed "serious concern" over 35 cases of spying.', [['Japanese government', 'original']]],
    ['Ukrainian President Volodymyr Zelenskyy said Russia would pay, Radio Free Europe/Radio Liberty reported.', [['Office of the President of Ukraine', 'original'], ['Radio Free Europe/Radio Liberty', 'relay']]],
    // offices without a country
    ['The Minister for Digital Affairs said the rollout reached 12 cities.', [['Ministry of Digital Affairs', 'original']]],
    ['The Defense Department said 12 jets were ready.', [['U.S. Department of Defense', 'original']]],
    // people introduced with their body or by name, quoted later by surname
    ["Shakira Suglia is with Columbia University's Mailman School of Public Health in New York City. Dr. Suglia says 12 children were studied.", [["Columbia University's Mailman School of Public Health", 'original']]],
    ['Dr Jerald Block is a psychiatrist based in Portland. In an interview with Wikinews, Dr Block explains 3 theories.', [['Jerald Block', 'original'], ['Wikinews', 'relay']]],
    ['According to the Institute for Studies in Economics, prices rose by 3%.', [['Institute for Studies in Economics', 'original']]],
    ['On February 3, Foreign Minister Yun Byung-se met 3 envoys. Minister Yun said that talks would resume.', [['Yun Byung-se', 'original']]],
    ['The Bank of Russia in its review of financial stability noted that spending grew by 21%.', [['Bank of Russia', 'original']]],
    // a description after a closing quote, with a participle before its noun
    ['Drone giant DJI Technology said it will suspend sales. "DJI is reassessing 3 rules," the privately held company said, Reuters reports.', [['DJI Technology', 'original'], ['Reuters', 'relay']]],
    ['Russian President Vladimir Putin lashed out at pro-Western Russians in a televised address, CNN reports.', [['Kremlin', 'original'], ['CNN', 'relay']]],
    ['The storm hits the coast of Japan on Monday, Reuters reports.', [['Reuters', 'original']]],
    // "Police in <place>"
    ['Police in the West Midlands in England today said 200 kilograms of drugs were seized.', [['West Midlands Police', 'original']]],
    // speech acts: pleading, relaying concerns, asking someone to act
    ['Zelenskyy pleaded in a video address Monday for more military aid.', [['Zelenskyy', 'original']]],
    ['President Trump relayed concerns that violence in Afrin risks undercutting 3 efforts.', [['Trump', 'original']]],
    ['On April 15, Foreign Minister Yun Byung-se hosted 110 journalists. Minister Yun also asked the participating journalists to support 3 efforts.', [['Yun Byung-se', 'original']]],
    // "he" after a one-word name of unknown kind: most likely that person, not an earlier spokesman
    ['Russian Defense Ministry spokesman Igor Konashenkov said 4 launchers were destroyed. Zelenskyy pleaded for more aid. He also said 3 cities were hit.', [['Zelenskyy', 'original']]],
    // a country's leader speaks for its government
    ['North Korean leader Kim Jong Un said the tests would go on for 3 years.', [['North Korean government', 'original']]],
    ["Iran's supreme leader said 3 rounds of talks had failed.", [['Iranian government', 'original']]],
    ['Russian opposition leader Alexei Navalny said 3 officials lied.', [['Alexei Navalny', 'original']]],
    // an office holder named in passing, quoted later by a family name written first
    ['Tensions peaked in 2017 between North Korean leader Kim Jong Un and Donald Trump. Kim announced a moratorium on 3 kinds of tests.', [['North Korean government', 'original']]],
    // an office named without its country belongs to the country the article is about
    ["Russia's budget deficit grew in May, Russian officials said. Russian oil revenue fell. Moscow plans cuts. This is stated on the website of the Ministry of Finance.", [['Russian Ministry of Finance', 'original']]],
    ['Ukraine was hit by 40 drones. Ukrainian air defences downed 30. Kyiv asked for more. Energy Minister Jane Roe reported 3 power plants were damaged.', [['Ministry of Energy of Ukraine', 'original']]],
    ['Energy Minister Jane Roe reported 3 power plants were damaged.', [['Jane Roe', 'original']]],
    // ministries no domain list names: the words ministries are named with, up to the holder's name
    ['Kuwaiti Minister of Social Affairs Jane Roe denied on Saturday that 3 embassies asked to evacuate staff.', [['Kuwaiti Ministry of Social Affairs', 'original']]],
    ['Egypt’s Minister of Supply and Internal Trade Jane Roe said reserves would last 133 days.', [['Egyptian Ministry of Supply and Internal Trade', 'original']]],
    ['Syria’s ministry of internal trade said reserves would last 4 months.', [['Syrian Ministry of Internal Trade', 'original']]],
    ['India was hit by 3 storms. Indian airports shut. New Delhi asked for calm. The Minister for Civil Aviation said 40 flights were cancelled.', [['Indian Ministry of Civil Aviation', 'original']]],
    ['The Minister of Culture John Smith said 3 museums closed.', [['John Smith', 'original']]],
    ['NATO chief Mark Rutte elaborated on the plan for 3 regions.', [['NATO', 'original']]],
    // the European Commission's college speaks for the Commission: named as EU officials, or in a story about the EU
    ['EU Commissioner Thierry Breton said 3 firms joined.', [['European Commission', 'original']]],
    ['The EU agreed 3 rules. EU ministers met in Brussels. The European Commission said 300 firms joined. Commissioner Thierry Breton, responsible for the Internal Market, said: "The ramp-up is unprecedented."', [['European Commission', 'original']]],
    ['The EU agreed 3 rules. EU ministers met in Brussels. The European Commission said 300 firms joined. Executive Vice-President Margrethe Vestager said: "The number of players is high."', [['European Commission', 'original']]],
    ['Police Commissioner Jane Roe said 3 people were arrested.', [['Jane Roe', 'original']]],
    // a spokesperson of a body named before the title, however written; "said by email" is how it was said
    ['"Today is the deadline for 3 payments," a Treasury spokeswoman told Reuters.', [['Treasury', 'original'], ['Reuters', 'relay']]],
    ['"We are investigating 3 issues," a Kesko spokesperson said by email.', [['Kesko', 'original']]],
    ["Three stores closed, Kesko's spokesperson said.", [['Kesko', 'original']]],
    ['Google removed 3 accounts, a company spokesperson said.', [['Google', 'original']]],
    ['A spokesperson said 3 nurses were hired.', []],
    // an appositive naming the body first and the title after it
    ['John Kirby, Pentagon press secretary, said 3 ships were sent.', [['U.S. Department of Defense', 'original']]],
    ['Jane Roe, Kesko chief executive, said 3 stores closed.', [['Kesko', 'original']]],
    ['Jane Roe, Republican senator from Texas, said 3 bills failed.', [['Jane Roe', 'original']]],
    // a governor or mayor speaks for the place's administration, not for the place (the registered one since round 35)
    ['Oleh Kiper, the regional governor of Odesa, said no one was hurt. Kiper said on Telegram 3 buildings were damaged.', [['Odesa Regional Military Administration', 'original']]],
    ['Ivan Fedorov, the mayor of Melitopol, said 3 people were freed.', [['Melitopol City Council', 'original']]],
    // not sources
    ['Some voters backing Smith said they were unhappy with 3 policies.', []],
    ['Joe Biden met Abe on Monday. He did not say whether Biden specifically confirmed the 3 cases.', []],
    ['The ministry did not confirm the report of 12 deaths.', []],
  ])('%s', (text, expected) => {
    expect(lastClaim(text).sources).toEqual(expected);
  });

  it.each([
    ['The minister met 3 envoys. As Ukrainska Pravda found out from its own sources, the minister will step down in 2 weeks.', [['Ukrainska Pravda', 'original']]],
    ['Some voters backing Smith said they were unhappy with 3 policies.', []],
    ['BleepingComputer, citing a leaked internal memo, reported that the attackers had encrypted 12 servers.', [['BleepingComputer', 'original']]],
    ['The army spotted a convoy north of Izyum, according to a senior U.S. defense official.', []],
    ['Three ships left port, citing two White House press officials.', []],
  ])('marks unnamed sources anonymous: %s', (text, expected) => {
    expect(lastClaim(text)).toEqual({ sources: expected, anonymous: true });
  });
});

describe('round 7: sources behind documents, teams and relative clauses', () => {
  /** The sources of the last claim of `text`, as [name, role] pairs. */
  const lastSources = (text: string) => {
    const claims = analyze(text, registry).claims;
    return claims[claims.length - 1].sources.map((s) => [s.name, s.role]);
  };

  it.each([
    // a relative clause reports for the name it describes
    ['Five countries set up the Joint Fisheries Observatory (JFO), which said in its first report that catches fell by a third.', [['Joint Fisheries Observatory', 'original']]],
    ['The figures come from Amnesty International, which said 3 camps were overcrowded.', [['Amnesty International', 'original']]],
    ['Trump met Jane Roe in Helsinki, who said 3 deals were close.', [['Jane Roe', 'original']]],
    ['Aid reached officials in Kyiv, who said 3 convoys had arrived.', []],
    // a relative clause that names what someone published reports nothing of the sentence's news
    ['A year ago, a shooting killed 12 at the offices of the weekly magazine Charlie Hebdo, which had published cartoons of the prophet.', []],
    // a document named with its issuer: "a review by X", "an analysis from X", "a statement issued by X"
    ['The plan follows a 2019 review by the World Health Organization, which concluded that 2 programmes had failed.', [['World Health Organization', 'original']]],
    ['One analysis from the World Health Organization looked at 40 trials and found that walking lowers blood pressure.', [['World Health Organization', 'original']]],
    ['A short statement issued by the Norwegian Foreign Ministry said only that 2 rounds of talks had ended.', [['Norwegian Foreign Ministry', 'original']]],
    ['The review by the World Health Organization was delayed by 3 months.', []],
    // "the report" still means the report's publisher after a review by another body was cited
    // a research team speaks for its home or its leader, and "they", "the team", "the authors" mean it after
    ['An international team, led by researchers at the University of Oslo, found that 3 glaciers vanished.', [['University of Oslo', 'original']]],
    ['An international team, led by researchers at the University of Oslo, studied 40 glaciers. Overall, they concluded that 3 had vanished.', [['University of Oslo', 'original']]],
    ['A team from the University of Oslo found that 3 glaciers vanished.', [['University of Oslo', 'original']]],
    ['Researchers led by Harvard University found that 3 genes matter.', [['Harvard University', 'original']]],
    ['The study, led by researchers at the University of Oslo, found that 3 genes matter.', [['University of Oslo', 'original']]],
    ['Scientists at the University of Oslo studied 40 glaciers. The team found that 3 had vanished.', [['University of Oslo', 'original']]],
    ['Exposure may rise, suggests a study by researchers at the University of Oslo. The authors found that 3 infants were affected.', [['University of Oslo', 'original']]],
    ['The club signed 2 players. The team found that 3 of them were injured.', []],
    // a document whose issuer a preposition names speaks for the issuer, "announced by X" is X's
    ['An official announcement from the Kremlin stated that 3 envoys would attend.', [['Kremlin', 'original']]],
    ['Britain sanctioned 3 firms. Sanctions on 12 officials, announced by the Foreign Secretary today, take effect at once.', [['Foreign, Commonwealth and Development Office', 'original']]],
    ["UNICEF's figures show 3 million children are out of school.", [['UNICEF', 'original']]],
    ['Three ships were hit, according to satellite images analysed by Maxar Technologies.', [['Maxar Technologies', 'original']]],
    ['A poll commissioned by Amnesty International found that 3 in 4 people agree.', [['Amnesty International', 'original']]],
    ['Exports fell 3% in May, according to preliminary estimates released on Monday by the Bank of Korea.', [['Bank of Korea', 'original']]],
    ['Data released Tuesday by the Commerce Department showed retail sales rose 3%.', [['U.S. Department of Commerce', 'original']]],
    // titles only one country writes need no country in the text
    ['Home Secretary Jane Roe said 3 officials were sanctioned.', [['Home Office', 'original']]],
    ['Defense Secretary Lloyd Austin said 3 ships were sent.', [['U.S. Department of Defense', 'original']]],
    // an unregistered ministry is named as the text writes it, the long form where only its holder is named
    ["Islamabad's foreign ministry said 3 envoys would attend.", [['Pakistani Foreign Ministry', 'original']]],
    ['Hungarian Foreign Minister Peter Roe said 3 envoys would attend.', [['Hungarian Ministry of Foreign Affairs', 'original']]],
    // a body renamed since the text was written keeps the name it had then
    ['On 17 July 2017, Foreign Secretary Boris Johnson said 16 officials were sanctioned.', [['Foreign and Commonwealth Office', 'original']]],
    ['On 17 July 2024, Foreign Secretary David Lammy said 16 officials were sanctioned.', [['Foreign, Commonwealth and Development Office', 'original']]],
    // a statement signed "Name, Department Spokesperson" is the State Department's: its "We believe" speaks for it
    ['U.S. Response to the Attack on a Convoy\n\nJane Roe, Department Spokesperson\n\nThe United States is the largest donor to South Sudan. U.S. aid reached 3 camps. The United States and its partners met on Monday. We believe that 3 convoys were attacked by the same group.', [['U.S. Department of State', 'original']]],
    // "deplores" and "encouraged" are speech acts; "asserts jurisdiction" claims a right and reports nothing
    ['The United States deplores the attack on 3 aid convoys.', [['United States', 'original']]],
    ['FROM: U.S. STATE DEPARTMENT\n\nI spoke with the President on Monday. I also encouraged him to protect 3 camps.', [['U.S. Department of State', 'original']]],
    ['Greece asserts jurisdiction over 3 islands.', []],
    ['Greece asserts that 3 islands are its own.', [['Greece', 'original']]],
    ['"The 3 islands are ours," Jane Roe asserted.', [['Jane Roe', 'original']]],
    // roundups: a post, article or blog by its author; link markers ("[uk]", "[ru]") between a cue and its name
    ['The changes in 3 cities were the subject of a thoughtful post by Jane Roe.', [['Jane Roe', 'original']]],
    ["Roe's Corner blog wrote about how 3 firms sued newspapers.", [["Roe's Corner", 'original']]],
    ['According to a report [uk] by RFE/RL, police chiefs were told to set up 3 profiles.', [['Radio Free Europe/Radio Liberty', 'original']]],
    ['RFE/RL reported that 3 police chiefs were fired.', [['Radio Free Europe/Radio Liberty', 'original']]],
    ['Vladimir Roe reports [ru] the hijacking of 3 accounts.', [['Vladimir Roe', 'original']]],
    // a document's title is no body: its issuer speaks through it, or nobody named
    ['European Commission - Daily News\n\nBrussels, 9 November 2017\n\nThe Autumn 2017 Economic Forecast published today shows that the euro area grows by 2.2%.', [['European Commission', 'original']]],
    ['The Global Risks Report 2024 finds that 3 risks dominate.', []],
    // "The publication" next means the publisher of the one cited, even where that sentence reports nothing
    ['Jane Roe shares on her blog a piece from an annual publication by the Wilson Center on women in the region. The publication suggests that 2014 might be a promising year.', [['Wilson Center', 'original']]],
    // in an issuer's text, "It" with nobody before is the issuer's document; elsewhere it is nobody
    ['UK Sanctions Strategy\n\nForeign, Commonwealth and Development Office written statement – made on 22 February 2024.\n\nToday, HM Government is publishing its first sanctions strategy. Our new strategy sets out our approach. It emphasises 3 priorities for the coming years.', [['Foreign, Commonwealth and Development Office', 'original']]],
    ['The match ended in a draw. It emphasises 3 weaknesses of the team.', []],
    // "in its latest Monetary Policy Report that": a title's capitalised "Report" is no reporting verb
    ['The Bank of England said in its latest Monetary Policy Report that inflation would fall to 2%.', [['Bank of England', 'original']]],
    // "..., citing X" after a clause whose verb reports nothing: the clause's subject cites
    ['Fitch downgraded the country\'s rating on Friday, citing 3 risks to its finances.', [['Fitch Ratings', 'original']]],
    // a person named in passing is whom the surname means later, with the body a definition gives them
    ['Jane Roe met reporters on Monday. Ms. Roe said 3 talks failed.', [['Jane Roe', 'original']]],
    ["Jang Il Hun is North Korea's deputy ambassador to the United Nations. Mr. Jang said 3 talks failed.", [['North Korea', 'original']]],
    ['Jane Roe is the head of the World Health Organization. Roe said 3 cases were confirmed.', [['World Health Organization', 'original']]],
    ['Tensions peaked between North Korean leader Kim Jong Un and Donald Trump. Kim announced 3 tests.', [['North Korean government', 'original']]],
    // "this report" is the text itself: the body the text says publishes it, or the publisher of the report named before
    ['Previous editions of this report, which the Congressional Budget Office publishes annually, are available online.\n\nThis report describes the costs of 3 programs.', [['Congressional Budget Office', 'original']]],
    ['The World Bank released its report on Tuesday. This report finds that 3 countries defaulted.', [['World Bank', 'original']]],
    ['This report finds that 3 countries defaulted.', []],
    // "The report found" under labels naming the issuer, no other report cited: the issuer's
    ['GAO Testimony\n\nThe Office of Management and Budget leads 3 initiatives. The report found that 3 agencies overspent.', [['Government Accountability Office', 'original']]],
    // Facebook is Meta, by its former name in copy written before the rename
    ['Facebook removed 3 posts, a company spokesperson said, Reuters reported.', [['Meta', 'original'], ['Reuters', 'relay']]],
    ['In 2014, Facebook said 3 accounts were removed.', [['Facebook', 'original']]],
    // "the company's spokesperson" is the company a possessive named, not one named after it
    ["Only Yandex's search feature returns Facebook results, but the company's spokesperson told TechCrunch that Yandex hopes to add 3 features.", [['Yandex', 'original'], ['TechCrunch', 'relay']]],
    // translated copy: "<title> of the <body> <officer's name>", and the surname after it
    ['Ukraine was hit overnight. This is reported by the press service of the Odesa Regional Military Administration with reference to the head of the OVA Oleh Kiper. "3 drones were downed," Kiper wrote in Telegram.', [['OVA', 'original']]],
    ['The spokesman of the Air Force Yuriy Ihnat said that 3 missiles were downed.', [['Air Force', 'original']]],
    ['The head of the delegation Jane Roe said 3 talks failed.', [['Jane Roe', 'original']]],
    // "announcing", "urging" after a clause report for its subject, like "saying"
    ['The Pentagon went on television late Monday, announcing that 3 bases would close.', [['U.S. Department of Defense', 'original']]],
    ['Amnesty International published a report on Tuesday, urging 3 governments to act.', [['Amnesty International', 'original']]],
    ["Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, said 3 missiles fell.", [['Japanese government', 'original']]],
    // a surname's particles belong to the name ("von der Leyen", "van der Berg")
    ['Ursula von der Leyen said 3 rules were adopted.', [['Ursula von der Leyen', 'original']]],
    ['Jane van der Berg, a researcher at Utrecht University, said 3 dikes failed.', [['Utrecht University', 'original']]],
    // a registered body's unit speaks for the body; a name joined after a registered body speaks too
    ["Jessica Roe, Director of the FTC's Bureau of Consumer Protection, said 3 firms lied.", [['Federal Trade Commission', 'original']]],
    ['The Federal Trade Commission and the state of Arkansas sued 3 firms, alleging that they lied.', [['Federal Trade Commission', 'original'], ['Arkansas', 'original']]],
    // "Secretary of State" alone is American; Britain's is "Secretary of State for <portfolio>"
    ['Secretary of State Antony Blinken said 3 diplomats were expelled.', [['U.S. Department of State', 'original']]],
    ['UK Secretary of State for Health Jane Roe said 3 hospitals closed.', [['Department of Health and Social Care', 'original']]],
    // a holder's title whose country the text does not give: the body of that office quoted before
    ['The U.S. Department of Agriculture announced 3 grants. "The grants will help 3 states," said Agriculture Secretary Tom Vilsack.', [['U.S. Agriculture Department', 'original']]],
    // "The Department" is the department quoted before, never a name
    ['The U.S. Department of Labor announced 3 grants. The Department said the grants would help 3 states.', [['U.S. Department of Labor', 'original']]],
    ['The Department announced 3 grants today.', []],
    // "gave an interview to X": the interviewee speaks, the outlet relays; a first lady's title is no part of her name
    ['Jane Roe gave an interview to the BBC in which she said 3 banks failed.', [['Jane Roe', 'original'], ['BBC', 'relay']]],
    ['The First Lady of Ukraine Olena Zelenska gave an interview to The Guardian about 3 families.', [['Olena Zelenska', 'original'], ['The Guardian', 'relay']]],
    // a governor of a region or a mayor as the whole subject, the holder in the appositive: the place's administration
    ['The governor of the Kharkiv region, Oleh Syniehubov, said on Telegram that 3 people were injured.', [['Kharkiv Regional Military Administration', 'original']]],
    ['The mayor of Mariupol, Vadym Boychenko, said 3 buildings burned.', [['Mariupol City Council', 'original']]],
    // firms named like people ("Counterpoint Research", "Capital Economics"); "discovered" reports a finding like "found"
    ["Counterpoint Research's latest report shows Apple shipped 3 million phones.", [['Counterpoint Research', 'original']]],
    ['Researchers at cybersecurity firm Kaspersky discovered 3 new strains of malware.', [['Kaspersky', 'original']]],
    // "Zelenskyy's office", "Putin's spokesman": the body of the office holder named before
    ["Ukrainian President Volodymyr Zelenskyy met Biden on Monday. Zelenskyy's office said 3 deals were signed.", [['Office of the President of Ukraine', 'original']]],
    ["Russian President Vladimir Putin met Xi. Putin's spokesman, Dmitry Peskov, said 3 deals were signed.", [['Kremlin', 'original']]],
    ['According to a new report by the Blue Basin Alliance, 3 rivers fail. The findings echo a 2021 review by the European Court of Auditors, which concluded that 2 funds failed. The report calls on the Commission to act within 3 years.', [['Blue Basin Alliance', 'original']]],
  ])('%s', (text, expected) => {
    expect(lastSources(text)).toEqual(expected);
  });
});

describe('names that are no source (precision round)', () => {
  it.each([
    // an inverted subject is a noun phrase: after "say" a clause with its own verb is what was said
    ['Many of them, however, say they trust Hudson Valley Power.', []],
    ['The farmer, who lost 40 cows and her barn, says she blames Hudson Valley Power.', []],
    // the tail of a hyphenated given name is no verb, and the family name comes first later
    ["Trade talks stalled on Friday. Chief Trade Adviser, Lee Sung-min, says he is surprised by a Japanese envoy's harsh remarks.", [['Lee Sung-min', 'original']]],
    ['Chief Trade Adviser, Lee Sung-min, said the talks failed. Lee says 3 rounds are left.', [['Lee Sung-min', 'original']]],
    ["South Korea's President Park Geun-hye said 3 envoys would travel.", [['Office of the President of South Korea', 'original']]],
    // a participle after a report clause reports for that clause's speaker, not for the sentence's opening name
    ['Hudson Power raised prices by 3%, the World Bank said on Monday, adding that 12 towns were affected.', [['World Bank', 'original']]],
    ['"Senior Ukrainian operating staff informed the inspectors that 3 units will restart," the World Bank said in a statement, adding that repairs would take 3 months.', [['World Bank', 'original']]],
    // a nationality names nobody
    ['The memo repeated earlier Iranian claims that 12 tankers had been seized.', []],
    ['The report used data from thousands of Ukrainians who fled in 2022.', []],
    // a capitalised word opening a sentence that the article writes in lower case elsewhere is a common word
    ['The city began 3 days of official mourning. Official reports insist 12 people died.', []],
    ['Readers may comment on our articles. Articles published here reflect the views of 3 editors.', []],
    ['Motherboard reports that 3 hackers were arrested.', [['Motherboard', 'original']]],
    // what someone will say is an event the reporter announces, not their report
    ['The World Bank will suggest to African leaders how the bank could cut 3 fees, Reuters reported.', [['Reuters', 'original']]],
    ['The World Bank will also announce 3 new loans to Kenya on Friday.', []],
    ['The World Bank said it will announce 3 new loans.', [['World Bank', 'original']]],
    // a kind of outlet after a nationality names no relay; a registered one still does
    ['"We will not retreat," Jane Roe told Polish state radio.', [['Jane Roe', 'original']]],
    ['The plan was approved, Chinese state news agency Xinhua reported.', [['Xinhua', 'original']]],
    // "claim" and "assert" with lives, territory or jurisdiction are verbs of taking, not of saying
    ['Monday’s blast at the Central Market in Kenya‘s coastal city of Mombasa claimed the lives of 14 people.', []],
    ['Ships entered waters over which Hudson Bay Authority asserts full jurisdiction.', []],
    ['Hudson Power claimed that 3 towns lost power.', [['Hudson Power', 'original']]],
    // a country's "top government spokesman" speaks for its government, not for himself
    ["Jane Roe, Canada's top government spokeswoman, said 3 envoys left.", [['Canadian government', 'original']]],
    // a document's title names no body: its publisher speaks when the article named one
    ['The Spring Economic Forecast published today shows that growth will reach 2% this year.', []],
    ['According to the Global Peace Index, 3 countries became safer.', []],
    ['The Blue Basin Alliance released a new report on Monday. The Global Water Outlook shows that 3 rivers are drying.', [['The Blue Basin Alliance', 'original']]],
    // a name that ends in "'s" keeps it: a registered one, or one the article named in full before
    ["Moody's said the outlook for 3 banks was stable.", [["Moody's", 'original']]],
    ['"We see 3 risks," a Moody\'s spokesperson said.', [["Moody's", 'original']]],
    ["Moody's analysts said the outlook for 3 banks was stable.", [["Moody's", 'original']]],
    ['Lloyd’s of London said 3 outages were found. "We see 3 faults," a Lloyd\'s spokesperson said by email.', [['Lloyd’s of London', 'original']]],
    // a body written after "of" another is its parent, which does not speak; bodies joined by "and" each do
    ['Employment rose by 252,000 in September, the Bureau of Labor Statistics of the U.S. Department of Labor reported today.', [['U.S. Bureau of Labor Statistics', 'original']]],
    ['The European Commission and the U.S. Department of Labor said employment rose by 252,000.', [['European Commission', 'original'], ['U.S. Department of Labor', 'original']]],
    // "bin" joins the parts of an Arabic name; a reigning monarch speaks for the government
    ['Mohammed bin Salman said 3 projects were delayed.', [['Mohammed bin Salman', 'original']]],
    ["Saudi Arabia's King Salman bin Abdulaziz Al Saud has announced 3 new ministers.", [['Saudi government', 'original']]],
    ["Qatar's emir said 3 mediators were ready.", [['Qatari government', 'original']]],
    // after "a" and a name the word is a noun, not a verb with the name as subject
    ['A journalist was fired after reposting a critical Facebook comment calling on Putin to resign.', []],
    ['A Reuters report said 3 ships sank.', [['Reuters', 'original']]],
    // a known speaker named again by surname in a sentence that quotes nobody keeps the body he speaks for
    ["Jane Roe is Canada's deputy ambassador to the United Nations. Ms. Roe said 3 envoys would travel. Ms. Roe spoke about the release of 3 prisoners. She said it would be difficult.", [['Canada', 'original']]],
    // a registered name's lower-case words are part of it; a "-based" or "-backed" modifier is no part of a name and its backer does not speak
    ['The New York-based Committee to Protect Journalists said 3 reporters were jailed.', [['Committee to Protect Journalists', 'original']]],
    ['The Kremlin-backed Hudson Channel said 3 reporters were jailed.', [['Hudson Channel', 'original']]],
    ['The Kremlin-backed broadcaster RT said 3 reporters were jailed.', [['RT', 'original']]],
    // a governor speaks for the place's administration, never the place; residents of a place are unnamed people
    ['The Russian-installed governor of Kherson, Jane Roe, said 3 villages were taken.', [['Kherson regional administration', 'original']]],
    ['Many residents of Kharkiv said 3 blasts were heard.', []],
    // an abbreviation the registry lists with one capital ("Fed") is the body, not a name "The Fed"
    ['The Fed said in its Beige Book that 3 districts slowed.', [['Federal Reserve', 'original']]],
    ['The decision fed fears of 3 more cuts, Reuters reported.', [['Reuters', 'original']]],
    // "<City> Mayor <Name>" speaks for the city's council, not for himself
    ['Kyiv Mayor Vitali Klitschko said 3 districts lost power.', [['Kyiv City Council', 'original']]],
    ['Lviv Deputy Mayor Jane Roe said 3 districts lost power.', [['Lviv City Council', 'original']]],
    // "<Company> CEO <Name>" speaks for the company, one word or not; a party before "Senator" names no body
    ['GitHub CEO Thomas Dohmke wrote in a blog post that 3 features were added.', [['GitHub', 'original']]],
    ['Nvidia founder Jensen Huang said 3 chips were delayed.', [['Nvidia', 'original']]],
    ['Republican Senator Jane Roe said 3 bills failed.', [['Jane Roe', 'original']]],
    // a portfolio in apposition names a field, not a body
    ['Commissioner Jane Roe, responsible for Trade, said 3 deals were signed.', [['Jane Roe', 'original']]],
    // "The Co-Chairs" is a title, never a name: the co-chairs named before
    ['The NATO Working Group Co-Chairs called upon 3 parties to talk. The Co-Chairs further underscored that 3 rounds were needed.', [['NATO', 'original']]],
    // "the head of the KVA Ivan Petrenko": the abbreviated body, with its head as person, whom his surname means later
    ['Three homes burned, according to the head of the KVA Ivan Petrenko.', [['KVA', 'original']]],
    ['Three homes burned, according to the head of the KVA Ivan Petrenko. Petrenko wrote on Telegram that 3 people were hurt.', [['KVA', 'original']]],
    // the object of any preposition before the verb is no subject
    ['Protesters outside the Hudson Museum said 3 people were arrested.', []],
    ['A sign near the Hudson Museum says 3 rooms are closed.', []],
    // a statement's "We" speaks for the voice that spoke as the statement does, not a third party it quoted since
    ['The United States condemns the attack on 3 aid workers. The UN said 3 convoys were hit. We call on all parties to protect aid workers.', [['United States', 'original']]],
    ['The Hudson Institute welcomes the 3 new rules. According to the World Bank, 3 million people benefit. We urge Congress to act.', [['Hudson Institute', 'original']]],
    // "<Holder>'s spokesman <Name>": the body of the office holder named before, or of a registered owner
    ["Russian President Vladimir Putin met envoys. Putin's spokesman Dmitry Peskov said 3 talks failed.", [['Kremlin', 'original']]],
    ["Ukrainian President Volodymyr Zelensky met envoys. Zelensky's chief of staff Andriy Yermak said 3 talks failed.", [['Office of the President of Ukraine', 'original']]],
    ["Moody's chief economist Jane Roe said 3 banks failed.", [["Moody's", 'original']]],
    // an abstract noun opening a sentence is no source; a company of such a name is written capitalised elsewhere too
    ['Evidence suggests 3 policies failed.', []],
    ['Bureaucracy explains the rest of the 3 delays.', []],
    ['Analysts at Fidelity expect 3 cuts. Fidelity said 3 funds closed.', [['Fidelity', 'original']]],
    // plural common nouns the endings miss are unnamed sources
    ['Surveys suggest that 3 in 10 voters are undecided.', []],
    ['Rebels said 3 towns were taken.', []],
    // "X was quoted by Y as saying": the passive turns the roles round
    ['Kremlin spokesman Dmitry Peskov was quoted by the Interfax news agency as saying 3 talks failed.', [['Kremlin', 'original'], ['Interfax', 'relay']]],
    // an outlet's registered name ending a longer title is not that outlet
    ['The Hudson Guardian reported that 3 farms flooded.', [['The Hudson Guardian', 'original']]],
    ['The Hudson Daily Mirror reported that 3 ships sank.', [['The Hudson Daily Mirror', 'original']]],
    ["Britain's Daily Mirror reported that 3 ships sank.", [['Daily Mirror', 'original']]],
    // a social-media handle is part of the name it opens, or a name of its own
    ['@hudsonite Jane Roe posts on the fall of 3 banks.', [['@hudsonite Jane Roe', 'original']]],
    ['@jane_roe writes that 3 banks failed.', [['@jane_roe', 'original']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(lastSources(text)).toEqual(expected);
  });
});

describe('unseen wire and business copy (issue 9, eighth round)', () => {
  it.each([
    // a wire's dateline with a hyphen standing apart credits the story, as with "—": not a source of a sentence that names its own
    ['MOSCOW (Reuters) - The Kremlin said 3 talks failed.', [['Kremlin', 'original']]],
    ['MOSCOW (Sputnik) - Kremlin spokesman Dmitry Peskov said 3 talks failed.', [['Kremlin', 'original']]],
    ['SEOUL, July 19 (Yonhap) -- The Kremlin said 3 talks failed.', [['Kremlin', 'original']]],
    // "a report released Wednesday by X": the agent after a release's bare weekday, as after "released on Monday by"
    ['Sales fell 3%, according to a report released Wednesday by market researcher Gartner.', [['Gartner', 'original']]],
    ['Exports fell 3%, according to figures published Monday by Eurostat.', [['Eurostat', 'original']]],
    // an outlet with the words that describe it after its name: "Yonhap news", "the Nikkei business daily"
    ['North Korea fired 2 missiles, Yonhap news reported.', [['Yonhap', 'original']]],
    ['Japan will extend 3 sanctions, the Nikkei business daily reported on Saturday.', [['Nikkei', 'original']]],
    ['The Kommersant business daily reported that 3 banks failed.', [['Kommersant', 'original']]],
    // "Z said ..., according to Y": an outlet's "according to" closing the sentence relays Z, as "..., Y reported" does
    ['KCNA said 3 missiles were fired, according to Yonhap.', [['KCNA', 'original'], ['Yonhap', 'relay']]],
    ["North Korea's Korean Central Television (KCTV) said that 3 tests succeeded, according to Yonhap.", [['Korean Central Television', 'original'], ['Yonhap', 'relay']]],
    // a body, not an outlet, closing the sentence is a source of its own
    ['Reuters said that, according to the Kremlin, 3 talks failed.', [['Kremlin', 'original'], ['Reuters', 'relay']]],
    // "its CEO": an abbreviated title after a determiner is no name
    ['Juniper says 3 sales fell, a level its CEO recently said is a quit-the-business proposition.', [['Juniper', 'original']]],
    // "conducted by" names whose testing it is only when the sentence says what it showed
    ['The test is the second launch conducted by Pyongyang in 3 days.', []],
    ['A survey conducted by Gallup found that 3 in 10 voters are undecided.', [['Gallup', 'original']]],
    // a Korean given name's lower-case tail after a hyphen is part of the name a cue's object names
    ['A statement by Kwon Jong-gun said 3 drills were a threat.', [['Kwon Jong-gun', 'original']]],
    // "<Body>'s <Person>": the body before the possessive speaks through the person; a country's is left to the offices
    ["Labour's Jane Roe says the Conservatives won 3 votes.", [['Labour', 'original']]],
    ["Russia's Sergei Lavrov said 3 talks failed.", [['Sergei Lavrov', 'original']]],
    // "Speaking on X," relays the speaker only when X is an outlet
    ['Speaking on Sky News, Jane Roe argued that 3 talks failed.', [['Jane Roe', 'original'], ['Sky News', 'relay']]],
    ['Speaking on Capitol Hill, Jane Roe argued that 3 talks failed.', [['Jane Roe', 'original']]],
    // "X claims Mr Y is ...": a name, an -s verb the tagger reads as a noun, then the reported clause's named subject
    ['Former minister Jane Roe claims Mr Smith is wrong about 3 bills.', [['Jane Roe', 'original']]],
    ['Jane Roe warns Acme Corp will cut 3 plants.', [['Jane Roe', 'original']]],
    // a country speaks through "admitted" and "blamed" as through "denied" and "accused"
    ['In 2002, North Korea admitted kidnapping 13 Japanese citizens.', [['North Korea', 'original']]],
    ['Russia blamed Ukraine for the attack on 3 towns.', [['Russia', 'original']]],
    // a state body described, not named, as a cue's object is a source as it is as a subject ("the coast guard said")
    ['Three boats sank, the Interfax news agency reported, citing the defence ministry.', [['defence ministry', 'original'], ['Interfax', 'relay']]],
    ['Three boats sank, Interfax reported, citing the coast guard.', [['coast guard', 'original'], ['Interfax', 'relay']]],
    ['Three boats sank, according to the coast guard.', [['coast guard', 'original']]],
    // "<Body>'s estimate was ...": the body's figures stated with "is"/"was", as "Nielsen's figures show"; not "X's report is due"
    ["Counterpoint's estimate was lower than 3 others.", [['Counterpoint', 'original']]],
    ["Nielsen's latest figures are higher by 3%.", [['Nielsen', 'original']]],
    ["Gartner's report is due on 3 March.", []],
    // the technology market researchers tech copy cites are registered
    ['IDC said 3 million phones shipped.', [['International Data Corporation', 'original']]],
    ['Shipments fell 3%, according to Counterpoint Technology Market Research.', [['Counterpoint Research', 'original']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });

  it("keeps the person after a body's possessive", () => {
    const [claim] = analyze("Labour's Jane Roe says the Conservatives won 3 votes.", registry).claims;
    expect(claim.sources).toEqual([expect.objectContaining({ name: 'Labour', person: 'Jane Roe' })]);
  });
});

describe('"it" after a sentence that opens with its subject (issue 9, eighth round)', () => {
  it.each([
    // the body or country the sentence opened with, not the outlet quoted in the sentence before
    ['Reuters reported that 2 missiles were fired. Gazprom has raised 3 prices, which it described as fair.', [['Gazprom', 'original']]],
    ['NK News reported that 2 missiles were fired. In recent months, Pyongyang has stepped up 3 drills, including what it has described as a new missile.', []],
    // inside a quotation the opening words are the speaker's
    ['Reuters reported that 2 missiles were fired. “Why would Moscow stop now, when it believes 3 towns are within reach?” Reuters said.', [['Reuters', 'original']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(lastSources(text)).toEqual(expected);
  });
});

describe('unseen copy (issue 9, ninth round)', () => {
  it.each([
    // "cautioned" reports for its subject as "warned" does
    ['Canalys analyst Toby Zhu cautioned phone vendors should remain cautious about 3 markets.', [['Canalys', 'original']]],
    ['Jane Roe cautioned that 3 banks could fail.', [['Jane Roe', 'original']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('unseen copy (issue 9, tenth round)', () => {
  /** The [name, person] pairs of the originals of the last claim of `text`. */
  const lastOriginals = (text: string) => {
    const { claims } = analyze(text, registry);
    return claims[claims.length - 1].sources.filter((s) => s.role === 'original').map((s) => [s.name, s.person ?? null]);
  };

  it.each([
    // an office holder in apposition ("the Health Secretary, Matt Hancock,") is whom the next "He said" means
    ['Jane Roe, the head of the Foreign Office, told MPs it was a decision. This prompted a response from the Health Secretary, Matt Hancock, at the news conference. He said that there had been no decision.', [['Ministry of Health', 'Matt Hancock']]],
    ['Jane Roe, the head of the Foreign Office, told MPs it was a decision. This prompted a reply from the Energy Minister, John Smith. He said the plan would go on.', [['Ministry of Energy', 'John Smith']]],
  ] as Array<[string, Array<[string, string | null]>]>)('%s', (text, expected) => {
    expect(lastOriginals(text)).toEqual(expected);
  });
});

describe('a role after an indefinite article names nobody (issue 9, tenth round)', () => {
  it.each([
    // the citing outlet is the original and the claim anonymous; the agency is no relay
    ['North Korea readied 3 sites for inspectors, the Yonhap news agency said on Wednesday, citing a South Korean lawmaker.', [['Yonhap', 'original']], true],
    ['According to a Ukrainian lawmaker, 3 ships were hit.', [], true],
    // a name after the role, or no article before it, still names the person
    ['According to Ukrainian lawmaker Oleksiy Goncharenko, 3 ships were hit.', [['Oleksiy Goncharenko', 'original']], false],
  ] as Array<[string, Array<[string, string]>, boolean]>)('%s', (text, expected, anonymous) => {
    const [claim] = analyze(text, registry).claims;
    expect(claim.sources.map((s) => [s.name, s.role])).toEqual(expected);
    expect(claim.anonymous ?? false).toBe(anonymous);
  });
});

describe('"pledged" and "demanded" (issue 9, tenth round)', () => {
  it.each([
    // a promise reports for its subject as "vowed" does; a country alone stays an actor
    ['North Korean leader Kim Jong Un pledged to close the Sohae site.', [['North Korean government', 'original']]],
    ['Germany pledged 3 billion euros to Ukraine.', []],
    // a demand reports for a registered body or a person, never for an unregistered name (a country acting)
    ['The European Commission demanded that Meta change its terms.', [['European Commission', 'original']]],
    ['He wanted to sell coal again, but the US demanded the abandonment of nuclear weapons.', []],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('"X quoted an unnamed source as saying" (issue 9, eleventh round)', () => {
  it.each([
    // nobody named is quoted: the quoting outlet is the original and the claim anonymous, not a relay of nobody
    ['“A launch might come within days,” Kyodo News quoted one of the sources as saying.', [['Kyodo News', 'original']], true],
    ['“A launch might come within days,” Reuters quoted an official as saying.', [['Reuters', 'original']], true],
    // a named speaker still makes the quoter a relay
    ['“A launch might come within days,” TASS quoted Deputy Foreign Minister Sergei Ryabkov as saying.', [['Sergei Ryabkov', 'original'], ['TASS', 'relay']], false],
  ] as Array<[string, Array<[string, string]>, boolean]>)('%s', (text, expected, anonymous) => {
    const [claim] = analyze(text, registry).claims;
    expect(claim.sources.map((s) => [s.name, s.role])).toEqual(expected);
    expect(claim.anonymous ?? false).toBe(anonymous);
  });
});

describe('"after the <description> said" in a market report (issue 9, eleventh round)', () => {
  it.each([
    // a lower-case description after "after"/"as"/"when" means the company the report opened with
    ['Toray dropped 5% to 1,046 yen after the synthetic fibre company said it was holding a press conference.', [['Toray', 'original']]],
    ['Shares of Nissan fell 3% after the carmaker said profit fell.', [['Nissan', 'original']]],
    ['Gazprom fell 2% after the gas producer reported a loss.', [['Gazprom', 'original']]],
    // a person or a common noun opening the sentence is no company
    ['Jane Roe resigned after the company said profit fell.', []],
    ['The index fell after the company said profit fell.', []],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('"media including X and Y reported" (issue 9, eleventh round)', () => {
  it.each([
    // the outlets a listing names report, each an original
    ['The Bank of Japan is considering raising rates, media including national broadcaster NHK and the Nikkei newspaper reported overnight.', [['NHK', 'original'], ['Nikkei', 'original']]],
    ['The bank is considering raising rates, local media including Kyodo and Jiji reported.', [['Kyodo News', 'original'], ['Jiji Press', 'original']]],
    // a listing that names nobody stays unnamed
    ['The bank is considering raising rates, media including state television reported.', []],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('"ruled out" (issue 9, eleventh round)', () => {
  it.each([
    // ruling out (or not) states a position, as "denied" does; a trailing outlet then relays it
    ['The Kremlin has not ruled out the possibility that talks may take place before May, Interfax reported.', [['Kremlin', 'original'], ['Interfax', 'relay']]],
    ['Jane Roe ruled out a second referendum.', [['Jane Roe', 'original']]],
    // ruling a country is no report
    ['The king ruled the country for 30 years.', []],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('"in his interview to X" (issue 9, eleventh round)', () => {
  it.each([
    // a possessive interview or comment given to an outlet: the outlet relays, as after "in an interview with"
    ['Kremlin spokesman Dmitry Peskov stated in his interview to the Associated Press that experts maintained contact.', [['Kremlin', 'original'], ['Associated Press', 'relay']]],
    ['Jane Roe said in her interview to Reuters that 3 ships sank.', [['Jane Roe', 'original'], ['Reuters', 'relay']]],
    ['Jane Roe said in her comment to Reuters that 3 ships sank.', [['Jane Roe', 'original'], ['Reuters', 'relay']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('a lower-case title with its country after "of" (issue 9, eleventh round)', () => {
  it.each([
    // "the president of Ukraine" is the office "the Ukrainian president" is, also inside "the press secretary for ..."
    ['The president of Ukraine said that 3 ships sank.', [['Office of the President of Ukraine', 'original']]],
    ['The press secretary for the president of the Russian Federation, Dmitry Peskov, said that experts maintained contact.', [['Kremlin', 'original']]],
    ['The minister of foreign affairs of Ukraine said that 3 ships sank.', [['Ministry of Foreign Affairs of Ukraine', 'original']]],
    // no country after it, no office of one
    ['The president of the company said that 3 ships sank.', []],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('"a website run by X" after "according to" (issue 9, eleventh round)', () => {
  it.each([
    // an unnamed piece on a site described as run by a body is the body's
    ['According to a commentary posted on Qianlong, a website run by the Beijing municipal government, Ren was accused of making remarks.', [['Beijing municipal government', 'original']]],
    ['According to a website run by the Beijing municipal government, Ren was accused of making remarks.', [['Beijing municipal government', 'original']]],
    // a named site still speaks for itself; a runner nobody names is none
    ['According to Qianlong, a website run by the Beijing municipal government, Ren was accused of making remarks.', [['Qianlong', 'original']]],
    ['According to a website run by volunteers, 3 people died.', []],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('"the bank", "the company" after a sentence about the body that quoted nobody (issue 9, thirteenth round)', () => {
  it.each([
    // a registered body opening a sentence without a cue is what a description of its kind means next
    ['The World Bank has disbursed $13 billion to Ukraine. The bank told Reuters it is working with Ukraine on procurement.', [['World Bank', 'original'], ['Reuters', 'relay']]],
    ['Vonovia now owns about 545,000 flats. The company reported rental income of €3.4 billion last year.', [['Vonovia', 'original']]],
    // a description of another kind does not mean it
    ['The World Bank has disbursed $13 billion to Ukraine. The company said 3 schools were rebuilt.', []],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(lastSources(text)).toEqual(expected);
  });
});

describe('"He said" after a sentence that names one person as its subject and quotes nobody (issue 9, thirteenth round)', () => {
  it.each([
    // the person the quiet sentence opened with is whom "he" means, not the body or person quoted before
    // (round 58: "made the remarks" is a report, so the spokesman speaks there and "he" is he, for the ministry named before)
    ['The Foreign Ministry said new measures would not affect coverage. Ministry spokesman Qin Gang made the remarks at a regular press conference. He said the measures were aimed at standardizing distribution.', [['Foreign Ministry', 'original']]],
    ['Jane Roe said the talks had failed. Former Senator John Smith visited the plant on Monday. He said 3 lines would close.', [['John Smith', 'original']]],
    // two people named, or one who is not the subject, leave the last speaker
    ['Jane Roe said the talks had failed. John Smith and Mary Major visited the plant on Monday. She said 3 lines would close.', [['Jane Roe', 'original']]],
    ['Jane Roe said the talks had failed. On Monday the plant was visited by John Smith. She said 3 lines would close.', [['Jane Roe', 'original']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(lastSources(text)).toEqual(expected);
  });
});

describe('a study\'s researchers, not the journal that published it nor an outlet relaying it (issue 9, fourteenth round)', () => {
  function allSources(text: string): Array<Array<[string, string]>> {
    return analyze(text, registry).claims.map((c) => c.sources.map((s) => [s.name, s.role] as [string, string]));
  }

  it.each([
    // the journal that published a study by named researchers is no relay of it, and "the study" later is the researchers'
    ['A study conducted by researchers at Harvard University and published in The BMJ found that diets high in processed foods raise mortality. The study also found that sugary drinks were linked to 3 more deaths.', [[['Harvard University', 'original']], [['Harvard University', 'original']]]],
    // "the assessment", "the report" after an outlet relayed it: the body that made it
    ['The Institute for the Study of War concluded that Russian forces had stalled, in an assessment published Saturday, The New York Times reported. The assessment argues that Russia failed to take Kyiv.', [[['Institute for the Study of War', 'original'], ['The New York Times', 'relay']], [['Institute for the Study of War', 'original']]]],
    ['The Institute for the Study of War said in a report that Russian forces had stalled, CNN reported. The report said that Russia failed to take Kyiv.', [[['Institute for the Study of War', 'original'], ['CNN', 'relay']], [['Institute for the Study of War', 'original']]]],
    // with nobody else named, the journal still speaks for the study
    ['A new study published in The Lancet found that 3 drugs failed. The study also found that costs rose.', [[['The Lancet', 'original']], [['The Lancet', 'original']]]],
  ] as Array<[string, Array<Array<[string, string]>>]>)('%s', (text, expected) => {
    expect(allSources(text)).toEqual(expected);
  });
});

describe('"contended" reports as "argued" does (issue 9, fourteenth round)', () => {
  it.each([
    ['President George W. Bush contended that the missile base was needed to shoot down any Iranian missile.', [['George W. Bush', 'original']]],
    ['The Kremlin contends that 3 ships sank.', [['Kremlin', 'original']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('a place or backer before "-based", "-backed" after a cue qualifies the name (issue 9, fifteenth round)', () => {
  it.each([
    ['The plane crashed near Moscow, according to London-based Interfax.', [['Interfax', 'original']]],
    ['The market will grow 20%, according to new research published by U.K.-based Transforma Insights.', [['Transforma Insights', 'original']]],
    ['The ship sank, according to Kremlin-backed Sputnik.', [['Sputnik', 'original']]],
    // the subject already read so; a name with no modifier is unchanged
    ['Moscow-based Interfax reported that the plane crashed.', [['Interfax', 'original']]],
    ['The plane crashed near Moscow, according to Interfax.', [['Interfax', 'original']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('"the study" after "The researchers were from X" is X\'s (issue 9, fifteenth round)', () => {
  it.each([
    // the team introduced last did "the study"; a one-word US state after "in" is no part of the name
    ['The other study appeared in the journal Nature. The researchers were from Harvard University in Massachusetts and Moi University in Kenya. The study found that 3 runners fell.', [['Harvard University', 'original']]],
    // researchers introduced with "from" already spoke through "They"
    ['Researchers from the JKM Technologies company in Virginia did the study. They found that shoes hurt.', [['JKM Technologies', 'original']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(lastSources(text)).toEqual(expected);
  });
});

describe('"But", "And" opening a sentence is no part of its subject (issue 9, fifteenth round)', () => {
  it.each([
    ['The Ministry of Defense said 3 drones were downed. But the ministry said the attack failed.', [['Ministry of Defense', 'original']]],
    ['The Ministry of Defense said 3 drones were downed. And the ministry said the attack failed.', [['Ministry of Defense', 'original']]],
    ['A study by Harvard University was published on Monday. But the study found that costs rose.', [['Harvard University', 'original']]],
    // "However," and a name after "But" were read right already
    ['The Ministry of Defense said 3 drones were downed. However, the ministry said the attack failed.', [['Ministry of Defense', 'original']]],
    ['But Reuters said the attack failed.', [['Reuters', 'original']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(lastSources(text)).toEqual(expected);
  });
});

describe('a surname the tagger reads as an adverb ends the name (issue 9, fifteenth round)', () => {
  it.each([
    ['Political scientist James Cleverly said the talks failed.', [['James Cleverly', 'original']]],
    // after the verb it was read right; an adverb opening the sentence is still no name
    ['The talks failed, said analyst James Cleverly.', [['James Cleverly', 'original']]],
    ['Separately Reuters said 3 ships sank.', [['Reuters', 'original']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('a one-word outlet name that is a person\'s given name (issue 9, fifteenth round)', () => {
  it.each([
    ['“This is new,” said Kan Gianattasio , the first author of the study.', [['Kan Gianattasio', 'original']]],
    ['“This is new,” said Kan Smith.', [['Kan Smith', 'original']]],
    // the outlet on its own, or with a word that describes it, is still the outlet
    ['Kan reported that 3 rockets were fired.', [['Kan', 'original']]],
    ['Kan News reported that 3 rockets were fired.', [['Kan', 'original']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('the person before an appositive the writer never closed speaks (issue 9, fifteenth round)', () => {
  it.each([
    ['“The team was divided,” Kim Byung Kee, a South Korean lawmaker and secretary to the intelligence committee told NBC News.', [['Kim Byung Kee', 'original'], ['NBC News', 'relay']]],
    ['“The team was divided,” Kim Byung Kee, a South Korean lawmaker told NBC News.', [['Kim Byung Kee', 'original'], ['NBC News', 'relay']]],
    // a closed appositive was read right already
    ['Kim Byung Kee, a South Korean lawmaker, told NBC News that 3 spies were arrested.', [['Kim Byung Kee', 'original'], ['NBC News', 'relay']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('"X estimates <something> at <figure>" (issue 9, fifteenth round)', () => {
  it.each([
    ['The Pentagon estimates Russian losses at 200,000 troops.', [['U.S. Department of Defense', 'original']]],
    ['Bloomberg estimates exports at $3 billion.', [['Bloomberg', 'original']]],
    ['The U.S. estimates Russian military deaths at around 7,000.', [['The U.S.', 'original']]],
    // "estimates" as a noun, before a verb or after a possessive, names nobody
    ['Western estimates put Russian deaths at 7,000.', []],
    ["The ministry's estimates at the time were wrong.", []],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('"the company" after "Shares of X fell" is X (issue 9, fifteenth round)', () => {
  it.each([
    ['Shares of eBay Inc. fell Thursday after the San Jose company delivered a forecast. The company said it was hurt by the slowdown.', [['eBay Inc.', 'original']]],
    ['Shares of cloud communications company Twilio fell 17% on Wednesday. The company called for 1 cent to 2 cents in earnings per share.', [['Twilio', 'original']]],
    ['Shares in Vonovia rose 3% on Monday. The company reported rental income of €3.4 billion.', [['Vonovia', 'original']]],
    // shares of no named company, or of a country's companies, name nobody "the company" could mean
    ['Shares of banks fell on Monday. The company said 3 branches would close.', []],
    ['Shares of Russian companies fell on Monday. The company said 3 branches would close.', []],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(lastSources(text)).toEqual(expected);
  });
});

describe('an unnamed person by role who told an outlet: the outlet reports (issue 9, fifteenth round)', () => {
  it.each([
    ['One rescuer told Indian broadcaster NDTV that the stampede trapped dozens.', [['NDTV', 'original']]],
    ['The killing was an act of state terrorism, a lawmaker with close ties to intelligence told NBC News.', [['NBC News', 'original']]],
    ['“The team was divided,” a South Korean lawmaker told NBC News.', [['NBC News', 'original']]],
    // a named person, or one tied to a named body, still speaks through the outlet
    ['Kim Byung Kee, a South Korean lawmaker, told NBC News that 3 spies were arrested.', [['Kim Byung Kee', 'original'], ['NBC News', 'relay']]],
    ['Dmitry Peskov, the Kremlin spokesman, told Reuters that no talks were planned.', [['Kremlin', 'original'], ['Reuters', 'relay']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });

  it('marks the claim anonymous', () => {
    const [claim] = analyze('One rescuer told Indian broadcaster NDTV that the stampede trapped dozens.', registry).claims;
    expect(claim.anonymous).toBe(true);
  });
});

describe('an office "of" a country the lexicon lacks is named as written (issue 9, fifteenth round)', () => {
  it.each([
    ['Uzbekistan follows the situation in Afghanistan, the Ministry of Foreign Affairs of Uzbekistan said.', [['Ministry of Foreign Affairs of Uzbekistan', 'original']]],
    // never the country the article mentions most
    ['Afghanistan closed its border. Afghan forces moved north from Afghanistan. Afghanistan asked for help. The Ministry of Foreign Affairs of Uzbekistan said 53 soldiers crossed the border.', [['Ministry of Foreign Affairs of Uzbekistan', 'original']]],
    // a known country, and an office with none, read as before
    ['The Ministry of Internal Affairs of Azerbaijan said that 3 people were hurt.', [['Azerbaijani Ministry of Internal Affairs', 'original']]],
    ['The President of Chile, Gabriel Boric, said Chile would help.', [['Chilean presidency', 'original']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(lastSources(text)).toEqual(expected);
  });
});

describe('round 16: unseen wire, tabloid, live-blog and agency copy', () => {
  describe('"it" or "they" opening a clause after a sentence about one body that quoted nobody', () => {
    it.each([
      ['Reuters reported that 3 plants closed. The European Commission did not comment on the closures. In a statement, they said the plants were safe.', [['European Commission', 'original']]],
      ['Reuters reported that 3 plants closed. The European Commission declined to confirm the figure. It said talks would resume in May.', [['European Commission', 'original']]],
      // "they" after a sentence naming several bodies or countries is not the one it opened with (the last quoted, as before)
      ['Reuters reported that 3 plants closed. The European Commission met ministers from France and Germany. They said 3 rounds of talks were left.', [['Reuters', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  describe('an unregistered one-word name passing on a report is an outlet, not whom "he" means next', () => {
    it.each([
      ['“Three ships sank,” Jane Roe said, Zarya reports citing Interfax. “Two more were hit,” he said.', [['Jane Roe', 'original']]],
      // the same word as the speaker is still a surname
      ['“Three ships sank,” Zarya said. “Two more were hit,” he said.', [['Zarya', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  describe('an outlet named with "The" or a newspaper\'s head word, then described, and a description before its verb', () => {
    it.each([
      // an unregistered paper is an outlet, so "the paper", "the tabloid" mean it
      ['The Evening Sentinel reports that 3 stars quit. The paper says 2 more will go.', [['The Evening Sentinel', 'original']]],
      ['The Morning Star reports that 3 stars quit. The tabloid says 2 more will go.', [['The Morning Star', 'original']]],
      // "alleged", "asserted" after "the" and a description, before "that", is the verb (the tagger reads an adjective)
      ['The Daily Mail reported that 3 stars quit. The newspaper alleged that 2 more would go.', [['Daily Mail', 'original']]],
      ['The alleged plot was foiled on Monday.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  describe('a description told by unnamed sources, before a clause that names someone', () => {
    it.each([
      // the outlet described is the original, not the person the reported clause names
      ['The Daily Mail reports that 2 stars quit. Sources tell the outlet that Jane Roe has left the show.', [['Daily Mail', 'original']]],
      ['The Daily Mail reports that 2 stars quit. Sources told the newspaper that Jane Roe has left the show.', [['Daily Mail', 'original']]],
      // a description right before a name still reads with it
      ['People familiar with the matter told the news agency Reuters that 2 stars quit.', [['Reuters', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  describe('"a source close to X, who said": the unnamed people speak, not X', () => {
    it.each([
      ['The magazine checked with a source close to Jane Roe, who confirmed that the story was false.', []],
      ['Acme cut 3 plants, according to people familiar with its plans, who said more cuts would follow.', []],
      // a name before the preposition, or no adjective, still reads as before
      ['The talks were led by Jane Roe in Geneva, who said 3 rounds were left.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  describe('"the <body> statement reads": a document quoted speaks for its body', () => {
    it.each([
      ['“Three ships sank,” the European Commission statement reads.', [['European Commission', 'original']]],
      ['“Three ships sank,” the European Commission message reads.', [['European Commission', 'original']]],
      ['The European Commission said 2 ships sank. The statement reads: “Three more were hit.”', [['European Commission', 'original']]],
      // "reads" after anything but a document reports nothing
      ['Jane Roe reads the news on the BBC every night.', []],
      ['The sign on the European Commission building reads “No entry”.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  describe('"Speaking to X," opening a sentence: the main clause\'s subject spoke to X, whatever its verb', () => {
    it.each([
      ['Speaking to Reuters, Jane Roe shared her view on why the shares fell.', [['Jane Roe', 'original'], ['Reuters', 'relay']]],
      ['Talking to the BBC, the European Commission pointed the blame at the mobile market.', [['European Commission', 'original'], ['BBC', 'relay']]],
      // unnamed people: the outlet reports, as before
      ['Speaking to Reuters, analysts blamed the mobile market.', [['Reuters', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(sourcesOf(text)).toEqual(expected);
    });
  });

  it('keeps a question inside a quotation the paragraph opened as a claim, and sets the author\'s own aside', () => {
    const quoted = analyze('“Prices fell for 4 quarters. Who would buy now? Nobody,” Jane Roe said.', registry);
    expect(quoted.claims.map((c) => c.text)).toContain('Who would buy now?');
    const own = analyze('Prices fell for 4 quarters. Who would buy now? Nobody knows.', registry);
    expect(own.excluded.map((e) => e.reason)).toContain('question');
  });

  describe('the celebrity press and Azerbaijani agencies are registered outlets', () => {
    it.each([
      ['TMZ reported that 2 stars quit.', 'TMZ'],
      ['The National Enquirer reports that 2 stars quit.', 'National Enquirer'],
      ['Us Weekly reported that 2 stars quit.', 'Us Weekly'],
      ['Page Six reported that 2 stars quit.', 'Page Six'],
      ['The ministry said 3 ships sank, Trend News Agency reported.', 'Trend News Agency'],
      ['The ministry said 3 ships sank, AZERTAC reported.', 'AZERTAC'],
    ])('%s', (text, name) => {
      const [claim] = analyze(text, registry).claims;
      expect(claim.sources.find((s) => s.name === name)).toMatchObject({ registered: true });
    });
  });
});

describe('round 17: classes of English attribution', () => {
  /** The sources of the first claim of a text of two paragraphs (the second only follows it), else of the last claim. */
  function firstSources(text: string): Array<[string, string]> {
    const claims = analyze(text, registry).claims;
    const claim = text.includes('\n\n') ? claims[0] : claims[claims.length - 1];
    return claim.sources.map((s) => [s.name, s.role]);
  }

  describe('a title or rank written short before a name gives the person, never the country before it', () => {
    it.each([
      ['U.S. Sen. Jane Roe said on Monday that the bill would pass.', [['Jane Roe', 'original']]],
      ['U.S. Rep. John Doe, R-Texas, said the vote was delayed.', [['John Doe', 'original']]],
      ['U.S. Sen. Jane Roe said the bill would pass. She said 3 votes were missing.', [['Jane Roe', 'original']]],
      // a party and state between commas is an aside, like one in parentheses
      ['Sen. Jane Roe, D-Ill., said the bill would pass.', [['Jane Roe', 'original']]],
      ['Rep. John Doe (R-Ohio) said the bill would pass.', [['John Doe', 'original']]],
      // "of" and a place says where the person comes from: no body speaks
      ['Rep. John Doe of Ohio told reporters the plant would stay open.', [['John Doe', 'original']]],
      ['Jane Roe of Ohio said the plant would close.', [['Jane Roe', 'original']]],
      ['Tomasz Nowak of the Polish Angling Association said the fish died.', [['Polish Angling Association', 'original']]],
      ['Lt. Col. John Doe said the base was hit by 3 rockets.', [['John Doe', 'original']]],
      ['Dr. Jane Roe said the virus was spreading fast.', [['Jane Roe', 'original']]],
      // a company's title after a rank ("Chief Executive") speaks for the company, and the surname later too
      ['Acme Chief Executive Jane Roe said sales rose 3%.', [['Acme', 'original']]],
      ["Acme Chief Executive Jane Roe said sales rose. 'We are thrilled,' Roe said in the statement.", [['Acme', 'original']]],
      ['GitHub CEO Thomas Dohmke said 3 outages were fixed.', [['GitHub', 'original']]],
      // a company's titles after its possessive, with the holder in apposition before or after
      ["Acme's chief financial officer, Jane Roe, told analysts that margins fell.", [['Acme', 'original']]],
      ["Jane Roe, Acme's chief executive, said sales rose.", [['Acme', 'original']]],
      ["Russia's foreign minister, Sergei Lavrov, said talks had failed.", [['Russian Foreign Ministry', 'original']]],
      ["The recall was voluntary, according to Jane Roe, Acme's spokeswoman.", [['Acme', 'original']]],
      ["Asked about the cuts, Acme's chief executive said they were needed.", [['Acme', 'original']]],
      // a description's titles are the body it describes, as a subject's appositive or after "a statement by"
      ["The Ministry of Water Resources warned of floods. Jane Roe, the ministry's head of communications, said the dams were safe.", [['Ministry of Water Resources', 'original']]],
      ["The Ministry of Water Resources warned of floods. A press statement by Jane Roe, the ministry's head of communications, said the dams were safe.", [['Ministry of Water Resources', 'original']]],
      // congressional leaders and a titled holder named with his place speak for themselves
      ['Senate Majority Leader John Doe said the vote would be held on Friday.', [['John Doe', 'original']]],
      ['House Speaker John Doe told reporters the bill was dead.', [['John Doe', 'original']]],
      ['Gov. Jane Roe of Ohio said schools would reopen.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  describe('a platform or venue is where the words were put, never who said them', () => {
    it.each([
      ['Jane Roe said on her Facebook page that the bill would pass.', [['Jane Roe', 'original']]],
      // a reported clause without "that" opens with an unnamed person: no platform before it speaks
      ['Jane Roe said on his Facebook page a senator told him the deal was off.', [['Jane Roe', 'original']]],
      ['Jane Roe said a member of Congress told him the deal was off.', [['Jane Roe', 'original']]],
      ['Jane Roe wrote on X that the vote was rigged.', [['Jane Roe', 'original']]],
      ['Jane Roe posted on Telegram that 3 drones were downed.', [['Jane Roe', 'original']]],
      ['Jane Roe said in her resignation letter, posted on Twitter, that the decision was final.', [['Jane Roe', 'original']]],
      ['The letter, posted on Twitter, said the decision was final.', []],
      // the company behind a platform still speaks as a subject
      ['Facebook said it removed 3 accounts.', [['Meta', 'original']]],
      // a broadcaster the speaker appeared on relays the speaker
      ['Jane Roe said in an interview on Fox News that the bill was dead.', [['Jane Roe', 'original'], ['Fox News', 'relay']]],
      ['The talks failed, Jane Roe said in a phone interview with The Associated Press.', [['Jane Roe', 'original'], ['Associated Press', 'relay']]],
      ['Jane Roe said in an exclusive interview with the BBC that the talks failed.', [['Jane Roe', 'original'], ['BBC', 'relay']]],
      // a place or a day after "said on" is no outlet
      ['Jane Roe said on Capitol Hill that the bill was dead.', [['Jane Roe', 'original']]],
      ["Jane Roe told CNN's State of the Union that the bill was dead.", [['Jane Roe', 'original'], ['CNN', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  describe('statement cues in their common forms', () => {
    it.each([
      ['The White House issued a statement Friday saying 3 envoys would travel to Cairo.', [['White House', 'original']]],
      ['Acme issued a statement late on Monday saying the recall was voluntary.', [['Acme', 'original']]],
      ['The Ministry of Water Resources has expressed shock that a dam report was published early.', [['Ministry of Water Resources', 'original']]],
      ['Acme expressed disappointment that the deal was blocked.', [['Acme', 'original']]],
      ['The protein is expressed in 3 kinds of cells.', []],
      // a sentence opening with its speaker's statement: the main clause's subject speaks, whatever the verb
      ['In a statement released with its annual report, Acme Chief Executive Jane Roe praised the staff in Ohio.', [['Acme', 'original']]],
      ['In a statement on Monday, the European Commission welcomed the ruling.', [['European Commission', 'original']]],
      ['In a recent survey of 300 firms, costs rose by 3%.', []],
      // "notes" closing a sentence after an outlet or its description, also between commas
      ['Sales fell 3% in May, the Guardian notes.', [['The Guardian', 'original']]],
      ['The Guardian reported that sales fell. The payments were made in 2009, the outlet notes.', [['The Guardian', 'original']]],
      ['The Guardian reported that sales fell. Jane Roe was asked about it in Leeds, the outlet notes, which began on May 3.', [['The Guardian', 'original']]],
      ['The plant closed, Jane Roe said, the Guardian notes.', [['Jane Roe', 'original'], ['The Guardian', 'relay']]],
      // a report clause closing a paragraph that lost its final stop is prose, not a headline
      ['Jane Roe said the plant closed in May, the Guardian reports\n\nThe plant had 300 workers.', [['Jane Roe', 'original'], ['The Guardian', 'relay']]],
      // an aside between dashes stands between the subject and its verb, and an occupation is no part of the name
      ['Singer Jane Roe — who last year won a case against her label over unpaid royalties — said 3 producers were owed money, the Guardian reports.', [['Jane Roe', 'original'], ['The Guardian', 'relay']]],
      ['Novelist John Doe said the prize had been rigged.', [['John Doe', 'original']]],
      ['Acme will cut 300 jobs, Bloomberg News reported Tuesday\n\nThe plant had 300 workers.', [['Bloomberg', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(firstSources(text)).toEqual(expected);
    });
  });

  describe('a paragraph that is one quotation after the sentence announcing a statement is that statement', () => {
    it.each([
      ['The White House issued a statement on Monday saying the talks had failed.\n\n"We will meet again in May and expect a deal by June."', [['White House', 'original']]],
      ['Acme said in a statement that 3 plants would close.\n\n“The decision was hard, but the market has changed.”', [['Acme', 'original']]],
      // a quotation after a sentence that announced no statement carries nothing over
      ['The White House said the talks had failed.\n\n"We will meet again in May," a senator said.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  describe('"he" after a clause that quoted nobody is the one person the sentence named', () => {
    it.each([
      ['Jane Roe said on Monday the deal was off. Aides have said the caller was Rep. John Doe of Ohio, but he told reporters that he had not called.', [['John Doe', 'original']]],
      ['Jane Roe said on Monday the deal was off. Aides said the caller was Dr. John Doe, and he said he had not called.', [['John Doe', 'original']]],
      // a person a quiet sentence introduces by a title, anywhere in it, is whom "he" means next
      ['Jane Roe said on Monday the deal was off. The paper ran an interview with former House Speaker John Doe, who visited in 1997. He said the trip was safe.', [['John Doe', 'original']]],
      // a person opening the sentence may be whom the pronoun means: the last speaker, as before
      ['Jane Roe said on Monday the deal was off. Jane Roe met Rep. John Doe of Texas, but she told reporters that nothing was agreed.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  describe('a standfirst between the headline and the picture credit is set aside', () => {
    it.each([
      ['Author Sues Publisher Over Royalties\n\nAt a book fair in Leeds, author Jane Roe says her publisher owes her money.\n\nAP/John Doe\n\nThe publisher owes 3 authors money, the Guardian reports.', 1],
      ['Author Sues Publisher Over Royalties\n\nAt a book fair in Leeds, author Jane Roe says her publisher owes her money.\n\nA crowd waits outside the court on May 3. (AP Photo/John Doe)\n\nThe publisher owes 3 authors money, the Guardian reports.', 1],
      // the story's first paragraph after its headline, with no picture after it, is a claim
      ['Acme cuts 300 jobs\n\nAcme said on Monday it would cut 300 jobs in Ohio.\n\nThe cuts follow a fall in sales, the company said.', 2],
    ] as Array<[string, number]>)('%s', (text, claims) => {
      expect(analyze(text, registry).claims).toHaveLength(claims);
    });
  });
});

describe('round 18: classes of English attribution from set C', () => {
  describe("a registered body's one-word name written as a person's surname is the person", () => {
    it.each([
      ['Rep. Lisa Wagner said the levy was fair. Wagner said she would back it.', [['Lisa Wagner', 'original']]],
      ['Dr. Karl Wagner said the clinic was full.', [['Karl Wagner', 'original']]],
      ['Mr. Wagner said the bridge was closed.', [['Wagner', 'original']]],
      ['Lisa Wagner met the mayor on Monday. “It was a farce,” Wagner was quoted by Le Monde as saying.', [['Lisa Wagner', 'original'], ['Le Monde', 'relay']]],
      // the body's own longer name, or the word alone in an article naming no such person, is still the body
      ['The Wagner Group said 3 fighters died. Wagner said the town fell.', [['Wagner Group', 'original']]],
      ['Wagner said the town fell.', [['Wagner Group', 'original']]],
      // an adjective opening a sentence is no given name
      ['Separate Eurostat data showed that jobs rose.', [['Eurostat', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  describe('speech acts the verb lists lacked', () => {
    it.each([
      ['A spokesperson for Rep. Jane Roe rebuked a recent story about the meeting.', [['Jane Roe', 'original']]],
      ['Acme disputed the figures on Monday.', [['Acme', 'original']]],
      ['Jane Roe conceded that 3 votes were missing.', [['Jane Roe', 'original']]],
      ['Acme lamented that sales fell by 3%.', [['Acme', 'original']]],
      ['Jane Roe testified that the dam had cracked.', [['Jane Roe', 'original']]],
      ['The Guardian detailed 3 more meetings.', [['The Guardian', 'original']]],
      // the rest of a reporting-verb inventory the list lacked
      ['Jane Roe quipped that the vote was a circus.', [['Jane Roe', 'original']]],
      ['Acme confessed that 3 audits had failed.', [['Acme', 'original']]],
      ['Jane Roe opined that rates would rise.', [['Jane Roe', 'original']]],
      ['Jane Roe reminded Acme that the bridge was closed.', [['Jane Roe', 'original']]],
      // an imperative inside a quotation is nobody's report
      ['"Not again," Jane Roe reportedly added after the vote.', [['Jane Roe', 'original']]],
      // a promise of an act is no report
      ['The European Commission has promised a housing plan.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  describe('a statement given to an outlet makes the outlet a relay', () => {
    it.each([
      ['In a statement to The Guardian, Jane Roe called the report false.', [['Jane Roe', 'original'], ['The Guardian', 'relay']]],
      ['In an emailed statement to Politico, Acme said the report was false.', [['Acme', 'original'], ['Politico', 'relay']]],
      ['In another statement to Le Monde, Jane Roe called the talks frank.', [['Jane Roe', 'original'], ['Le Monde', 'relay']]],
      ['Jane Roe said in a written statement to the BBC that the plan was dead.', [['Jane Roe', 'original'], ['BBC', 'relay']]],
      ['In comments to The Guardian, Acme called the report false.', [['Acme', 'original'], ['The Guardian', 'relay']]],
      ['Acme told The Guardian in a statement that the report was false.', [['Acme', 'original'], ['The Guardian', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  describe('a spokesperson for a titled holder gives the holder, never the title', () => {
    it.each([
      ['In a statement to Le Monde, John Doe, spokesman for Chairman Roe, said the talks were frank.', [['Roe', 'original'], ['Le Monde', 'relay']]],
      ['Jane Roe, a spokeswoman for Senator Doe, said the vote was delayed.', [['Doe', 'original']]],
      ['"It was cordial," said John Doe, spokesman for Governor Roe.', [['Roe', 'original']]],
      // the holder named before by first name and surname is that person
      ['Rep. Jim Roe said the levy was fair. John Doe, spokesman for Chairman Roe, said the talks were frank.', [['Jim Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  describe("an outlet's own story speaks for the outlet", () => {
    it.each([
      ['Jane Roe rebuked a story in The Times that reported she quit the board.', [['Jane Roe', 'original'], ['The Times', 'original']]],
      ['A story in The Guardian reported that 3 aides quit.', [['The Guardian', 'original']]],
      ['Jane Roe rebuked a story in The Times that reported she quit the board. The report said that 3 aides quit.', [['The Times', 'original']]],
      ['Le Monde ran a story on the strike on Monday. The story suggested that 3 unions would join.', [['Le Monde', 'original']]],
      ['The denial follows a story published by Le Monde on Monday. The story claimed that 3 shops would shut.', [['Le Monde', 'original']]],
      ['Last week Politico reported that Acme would close. The story suggested that 3 shops would shut.', [['Politico', 'original']]],
      ['Le Monde then detailed a second dinner at which Roe walked out.', [['Le Monde', 'original']]],
      ['The delay was costly, according to Politico\'s report.', [['Politico', 'original']]],
      // the outlet named before its story, the story's day between it and "that"
      ['A Guardian article that said 3 wards were closing drew protests.', [['The Guardian', 'original']]],
      ['Acme rejected the Guardian story that reported 3 plants would close.', [['Acme', 'original'], ['The Guardian', 'original']]],
      ['Jane Roe answered a Guardian article on Monday night that said John Doe told aides that 3 votes were missing.', [['Jane Roe', 'original'], ['John Doe', 'original'], ['The Guardian', 'relay']]],
      // a person running a report is no publisher of it
      ['Jane Roe runs a report on the dam. The report said it was safe.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  describe('government bodies: offices, press offices, chambers and the countries of the Andes', () => {
    it.each([
      // an office holder's press office is the holder's body
      ['Russian President Vladimir Putin met the envoy. Putin\'s press office said the talks were useful.', [['Kremlin', 'original']]],
      ['Roe\'s press office said the meeting was cordial.', [["Roe's press office", 'original']]],
      // a portfolio before a cabinet title is no body; a party before it is
      ['Civil Rights Secretary Jane Roe said she would step down.', [['Jane Roe', 'original']]],
      ['Urban Renewal Minister John Doe said 3 towns applied.', [['John Doe', 'original']]],
      ['Labour Party Secretary Jane Roe said the vote was close.', [['Labour Party', 'original']]],
      // a chamber's name holds its "of": no person is joined to "Representatives"
      ['John Doe, a Democrat in the House of Representatives, said 3 bills had stalled.', [['John Doe', 'original']]],
      ['Jane Roe, a spokeswoman for the Bank of England, said rates would rise.', [['Bank of England', 'original']]],
      // the nationality of a country the lists lacked, in either spelling, after a dateline glued to it
      ['GUAYAQUIL The Ecuadorean government said the port would reopen.', [['Ecuadorian government', 'original']]],
      ["Peru's energy minister said the plan was dead.", [['Peruvian Ministry of Energy', 'original']]],
      // "the ministry said" after a sentence that named a ministry in full and quoted nobody
      ['The clerk, who works for the Ministry of Rivers and Lakes, was hurt on Friday. "We are helping her family," the ministry said in a statement.', [['Ministry of Rivers and Lakes', 'original']]],
      ['The Ministry of Culture opened 3 museums. The ministry said 2 more would open.', [['Ministry of Culture', 'original']]],
      // an outlet named by its last word after its full name
      ['The Washington Post said it obtained the memo. The Post said 3 aides wrote it.', [['The Washington Post', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  describe('an aside explaining a name, and a relative clause hedged by "reportedly", report nothing', () => {
    it.each([
      ['Doe was in reference to Sen. John Doe, D-Maine, who reportedly backed the dam.', []],
      ['Roe here was referring to Jane Roe, the mayor.', []],
      ['The firm, which reportedly said it would close, hired 3 lawyers.', []],
      // the main clause's speaker still speaks, and "reportedly" outside a relative clause keeps the speaker
      ['Jane Roe, who reportedly backed the plan, said 3 votes were missing.', [['Jane Roe', 'original']]],
      ['"It was a mess," Jane Roe reportedly added after the vote.', [['Jane Roe', 'original']]],
      ['Tass, in reference to the ministry, said 3 ships sank.', [['ministry', 'original'], ['TASS', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  describe('a plural common noun opening a sentence names nobody', () => {
    it.each([
      ['Colleagues later found her bag on the platform and reported it to the station staff.', []],
      ['Neighbours reported the fire to the police.', []],
      ['Friends said he had left on Monday.', []],
      ['Relatives told the BBC that he had left.', [['BBC', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 19: classes of English attribution from set D', () => {
  describe('a registered name ending in a number or a word that is also a date or an adverb is matched whole', () => {
    it.each([
      ['The ferry sank near the coast, USA Today reported.', [['USA Today', 'original']]],
      ['USA Today reported that 7 barges were lost.', [['USA Today', 'original']]],
      ['The count rose to 9, Europe 1 said.', [['Europe 1', 'original']]],
      ['A mayor told the radio station Europe 1 that the bridge would shut.', [['Europe 1', 'relay']]],
      ['The strike ended on Tuesday, Sky News Arabia reported.', [['Sky News Arabia', 'original']]],
      ['The school will close in June, CBS 8 reported.', [['CBS 8', 'original']]],
      ['The vote was delayed, France 24 said.', [['France 24', 'original']]],
      ['Channel 4 News said 5 firms were fined.', [['Channel 4 News', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('cabinet portfolios beyond the big ministries, in "X minister" and "Minister of X" forms', () => {
    it.each([
      ["Spain's culture minister said the fund was too small.", [['Spanish Ministry of Culture', 'original']]],
      ["Italy's tourism minister said bookings fell by 9%.", [['Italian Ministry of Tourism', 'original']]],
      ['The French Minister of Culture said 3 theatres would close.', [['French Ministry of Culture', 'original']]],
      ["Japan's sports minister said 2 venues were ready.", [['Japanese Ministry of Sports', 'original']]],
      ["Canada's housing minister said 5,000 homes were planned.", [['Canadian Ministry of Housing', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('an outlet closing a quotation opened in an earlier sentence relays the speaker quoted before; "termed" reports', () => {
    it.each([
      ['Jane Roe, a spokeswoman for the Bank of England, said rates would rise. "We see no other path. The pressure is too high," the BBC reported.', [['Bank of England', 'original'], ['BBC', 'relay']]],
      ['NATO Secretary General John Doe said 2 brigades would move. "It is a first step. More will follow," Reuters reported.', [['NATO', 'original'], ['Reuters', 'relay']]],
      // a quotation opened in the outlet's own sentence stays the outlet's
      ['Jane Roe, a spokeswoman for the Bank of England, said rates would rise. "The pressure is too high," the BBC reported.', [['BBC', 'original']]],
      ['Acme chief Jane Roe termed the ruling "a grave error", as quoted by CNN.', [['Jane Roe', 'original'], ['CNN', 'relay']]],
      ['The envoy characterised the talks as useful, according to Reuters.', [['Reuters', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe("a name's possessive before a statement noun and \"that\" speaks", () => {
    it.each([
      ["The union praised Polish Foreign Minister Jan Kowal's pledge that 3 crossings would reopen.", [['Polish Ministry of Foreign Affairs', 'original']]],
      ["Jane Roe's remarks that the border would stay shut angered the firm.", [['Jane Roe', 'original']]],
      ["NATO Secretary General John Doe's assurance that 2 brigades would move calmed the allies.", [['NATO', 'original']]],
      // an outlet reacting to the statement stays an original
      ["Reuters praised Polish Foreign Minister Jan Kowal's pledge that 3 crossings would reopen.", [['Reuters', 'original'], ['Polish Ministry of Foreign Affairs', 'original']]],
      // without "that" the noun is only talked about
      ["Jane Roe's remarks drew 40 complaints.", []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('a company stating its outlook: "anticipates" (the present only: "the anticipated deal" is an adjective)', () => {
    it.each([
      ['Acme Corp anticipates 4 new plants by 2030.', [['Acme Corp', 'original']]],
      ['The bank anticipates 3 rate cuts, Bloomberg reported.', [['Bloomberg', 'original']]],
      ['The anticipated merger of 2 lenders was delayed.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 20: classes of English attribution from the tuning set', () => {
  describe('a participle after a trailing report clause reports for that clause\'s speaker, named or not', () => {
    it.each([
      ['Acme Corp held a meeting with its lenders on Monday, a person familiar with the matter said, adding that no deal was reached.', [], true],
      ['The minister signed the decree last week, two officials said, noting that it takes effect in May.', [], true],
      // a named speaker of the trailing clause keeps it
      ['The plant will shut, Jane Roe said, adding that 300 jobs would go.', [['Jane Roe', 'original']], undefined],
      ['Acme Corp will cut 300 jobs, the company said, adding that 2 plants would close.', [['Acme Corp', 'original']], undefined],
    ] as Array<[string, Array<[string, string]>, boolean | undefined]>)('%s', (text, expected, anonymous) => {
      expect(lastSources(text)).toEqual(expected);
      expect(lastClaim(text).anonymous).toBe(anonymous);
    });
  });
  describe('a speaker stating a country\'s stance speaks for it; a report of the country\'s is still relayed', () => {
    it.each([
      ['In the phone conversation, Wang said that China welcomes the agreement.', [['Wang', 'original']]],
      ['Foreign Minister Jan Kowal said Poland supports the plan.', [['Jan Kowal', 'original']]],
      // a report verb in the clause ("confirmed") is the country's own report, passed on
      ['Kirby said Russia had confirmed the strike.', [['Russia', 'original'], ['Kirby', 'relay']]],
      // an outlet passes on the country's stance
      ['Reuters reported that China welcomes the agreement.', [['China', 'original'], ['Reuters', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('a comma closing an opening phrase is no trailing report clause', () => {
    it.each([
      ['On Monday, Jane Roe said that the Bank of England had confirmed the cut.', [['Bank of England', 'original'], ['Jane Roe', 'relay']]],
      ['In Kyiv, Jane Roe said 40 homes were hit.', [['Jane Roe', 'original']]],
      ['The plant closed in 2020, Acme said.', [['Acme', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('two people joined by "and" are two speakers; a one-word pair or a body\'s name stays whole', () => {
    it.each([
      ['Jane Roe and John Doe announced the deal on Saturday.', [['Jane Roe', 'original'], ['John Doe', 'original']]],
      ['Jane Roe and John Doe said the plan would fail.', [['Jane Roe', 'original'], ['John Doe', 'original']]],
      ['Johnson and Johnson said sales rose.', [['Johnson and Johnson', 'original']]],
      ['United States Citizenship and Immigration Services said 3 offices would close.', [['United States Citizenship and Immigration Services', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('a governor or mayor of a place written after its country\'s possessive speaks for the place\'s administration', () => {
    it.each([
      ["The governor of Russia's Belgorod region said 3 people were hurt.", [['Belgorod regional administration', 'original']]],
      ["The mayor of Ukraine's Kharkiv said 40 homes were hit.", [['Kharkiv City Council', 'original']]],
      ['The governor of the Belgorod region said 3 people were hurt.', [['Belgorod regional administration', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('"hailed" the remarks is praise, a speech act; "hails from" is where one comes from', () => {
    it.each([
      ['The Chinese Ministry of Foreign Affairs hailed the remarks.', [['Chinese Foreign Ministry', 'original']]],
      ['Acme Corp hailed it as a breakthrough for 3 plants.', [['Acme Corp', 'original']]],
      ['Jane Roe, who hails from Ohio, joined the firm in 2019.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('"the Foreign Ministry" without a country is the same office the text named with its country before', () => {
    it.each([
      ['The Iranian Foreign Ministry rejected the report on Monday. The Foreign Ministry said 3 ships had been seized.', [['Iranian Foreign Ministry', 'original']]],
      ["The Iranian Foreign Ministry rejected the report on Monday. He said the claims were false, the Foreign Ministry's website reported.", [['Iranian Foreign Ministry', 'original']]],
      ["Japan's foreign ministry summoned the envoy. The Foreign Ministry said 2 boats had entered its waters.", [['Japanese Foreign Ministry', 'original']]],
      // with no country named before it stays as written
      ['The Ministry of Finance said the deficit would narrow.', [['Ministry of Finance', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('a known ministry domain joined by "and" to more capitalised words is one ministry; a person after "and" is a second speaker', () => {
    it.each([
      // (named whole since round 36, as the ministry names itself)
      ['The Ministry of Health and Social Affairs of Sweden announced that 3 clinics would close.', [['Swedish Ministry of Health and Social Affairs', 'original']]],
      ['The Ministry of Defense and Support of the Armed Forces of Iran announced that 3 drones were downed.', [['Ministry of Defense', 'original']]],
      ['The Ministry of Defence and Jane Roe said 2 bases would close.', [['Ministry of Defence', 'original'], ['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('"this statement" with no issuer above the text is the statement the article just cited', () => {
    it.each([
      ['The Iranian Ministry of Defense said in a statement that 3 drones were downed. This statement adds that no one was hurt.', [['Iranian Ministry of Defence and Armed Forces Logistics', 'original']]],
      ['This statement is false, Jane Roe said.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('an office holder, then "and" and a second name: both speak', () => {
    it.each([
      ['U.S. Secretary of State John Kerry and Lavrov announced a landmark agreement in Geneva.', [['U.S. Department of State', 'original'], ['Lavrov', 'original']]],
      ['Chinese Foreign Minister Wang Yi and Jane Roe said the talks went well.', [['Chinese Foreign Ministry', 'original'], ['Jane Roe', 'original']]],
      // the office holder alone is still one source
      ['NATO Secretary General John Doe said 3 brigades would move.', [['NATO', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('"the" and the opening words of a body\'s longer name named before mean that body', () => {
    it.each([
      ['The Ukrainian General Staff said 12 towns were shelled. The General Staff said 3 drones were downed.', [['General Staff of the Armed Forces of Ukraine', 'original']]],
      ["Russia's Investigative Committee said it had opened a case. The Investigative Committee said 2 men were held.", [['Investigative Committee of Russia', 'original']]],
      // with no longer name before, nothing to mean
      ['The General Staff said 3 drones were downed.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('words "carried by" or "broadcast by" an outlet: the outlet relays the speaker', () => {
    it.each([
      ['The ministry said in a statement carried by the state news agency SANA that 3 soldiers were killed.', [['ministry', 'original'], ['Syrian Arab News Agency', 'relay']]],
      ['The army said in remarks carried by Xinhua that 3 soldiers were killed.', [['army', 'original'], ['Xinhua', 'relay']]],
      ['Three soldiers were killed, Jane Roe said in a speech broadcast by the BBC.', [['Jane Roe', 'original'], ['BBC', 'relay']]],
      // round 22: "published by" and an owner before "comments" or "remarks"
      ['Jane Roe said in a statement published by TASS that 3 soldiers were killed.', [['Jane Roe', 'original'], ['TASS', 'relay']]],
      ['John Doe, in his comments published by IRNA, said 3 soldiers were killed.', [['John Doe', 'original'], ['IRNA', 'relay']]],
      ['Three soldiers were killed, Jane Roe said in her remarks carried by Xinhua.', [['Jane Roe', 'original'], ['Xinhua', 'relay']]],
      // "carried by" after anything else reports nothing
      ['The ship carried by the wave sank near 3 piers.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('"the" and a company\'s trade or home before a company noun mean the company named before', () => {
    it.each([
      ['Acme Corp reported a 4% rise in profit. The crisp maker said demand was strong.', [['Acme Corp', 'original']]],
      ['Acme Corp reported a 4% rise in profit. The U.S.-based snack maker said demand was strong.', [['Acme Corp', 'original']]],
      // with no company before, nothing to mean
      ['The crisp maker said demand was strong.', []],
      // a body of another kind is no company
      ['The World Bank cut its forecast. The lender said growth would slow.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 21: classes of English attribution from the tuning set', () => {
  describe('"its chief executive said" after a comma is the body the sentence opened with', () => {
    it.each([
      ['Norvale sees no reason to change its pricing plan, its chief executive said on Tuesday.', [['Norvale', 'original']]],
      // the sentence's own opening body, not a company remembered from before
      ['Acme Corp said sales rose.\n\nNorvale will cut 300 jobs, its spokeswoman said.', [['Norvale', 'original']]],
      // a dateline's dash before the name, a describing word before it, a name of two words that looks like a person's
      ['LONDON - Harlow Power sees no reason to change its strategy, its chief executive said on Wednesday.', [['Harlow Power', 'original']]],
      ['Rival Gridline Energy will cut 500 jobs, its spokeswoman said.', [['Gridline Energy', 'original']]],
      // a country opening the sentence: its office (round 24), never the company remembered from before; no name at all: nothing
      ['Acme Corp said sales rose.\n\nRussia will send more troops, its foreign ministry said.', [['Russian Foreign Ministry', 'original']]],
      ['Acme Corp said sales rose.\n\nThe plan, its chief executive said, is on track.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('"the company\'s spokeswoman said" after a comma is the company the sentence named first', () => {
    it.each([
      ['Acme Corp said sales rose.\n\nGazprom will cut 300 jobs, the company\'s spokeswoman said.', [['Gazprom', 'original']]],
      // with no company in the sentence, the one named before
      ['Gazprom said exports fell.\n\nPrices will rise, the company\'s spokeswoman said.', [['Gazprom', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('a company\'s titles before a person\'s name mean the company named before', () => {
    it.each([
      ['Gazprom said exports fell in March.\n\nChief executive Alexei Miller said demand would recover.', [['Gazprom', 'original']], 'Alexei Miller'],
      ['Gazprom said exports fell in March.\n\nCEO Alexei Miller told analysts that prices would rise.', [['Gazprom', 'original']], 'Alexei Miller'],
      ['Gazprom said exports fell in March.\n\nChief Financial Officer Jane Roe said costs fell.', [['Gazprom', 'original']], 'Jane Roe'],
      // a name the tagger half reads as a common word ("Cook" a verb) is still the executive's (found by a probe of 2026-12-01)
      ['Gazprom said exports fell in March.\n\nChief Executive Tim Cook said demand would recover.', [['Gazprom', 'original']], 'Tim Cook'],
      // a government named before is no company: the person speaks
      ['Russia said exports fell in March.\n\nChief executive Alexei Miller said demand would recover.', [['Alexei Miller', 'original']], undefined],
      // nobody named before: the person speaks
      ['Chief executive Alexei Miller said demand would recover.', [['Alexei Miller', 'original']], undefined],
    ] as Array<[string, Array<[string, string]>, string | undefined]>)('%s', (text, expected, person) => {
      expect(lastSources(text)).toEqual(expected);
      expect(lastClaim(text).sources[0]?.person).toBe(person);
    });
  });
  describe('a document "produced by", "prepared by" or "written by" a body: the body speaks through it', () => {
    it.each([
      ['A report produced by the Resolution Foundation warns that wages will stall.', [['Resolution Foundation', 'original']]],
      ['A study prepared by the Urban Institute found that rents rose 9 percent.', [['Urban Institute', 'original']]],
      // "produced by" alone reports nothing
      ['Oil produced by Russia fell 5 percent in March.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('"the think tank" is the think tank named before, never a company or a ministry', () => {
    it.each([
      ['A report produced by the Resolution Foundation warns that rents will rise.\n\nThe think tank said the squeeze was sharpest for families.', [['Resolution Foundation', 'original']]],
      ['A report produced by the Resolution Foundation warns that rents will rise.\n\nThe thinktank urged ministers to act.', [['Resolution Foundation', 'original']]],
      ['Gazprom said exports fell.\n\nThe think tank said the squeeze was sharpest for families.', []],
      ['The Ministry of Finance said revenue fell.\n\nThe think tank urged ministers to act.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('the object of a relative clause before the verb is no subject: the one the clause describes speaks', () => {
    it.each([
      ['A Reuters correspondent who saw the bodies said the victims were boys.', [['Reuters', 'original']]],
      ['A Reuters correspondent who briefly visited the town said the bridge was down.', [['Reuters', 'original']]],
      ['The man who attacked the minister said he acted alone.', []],
      ['Jane Roe, who chairs the committee, said the bill would pass.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('an appositive naming a body by its possessive, a field and a spokesperson\'s title: that body speaks', () => {
    it.each([
      ['Abu Musab, al Shabaab\'s military operations spokesman, told Reuters the fighters were inside.', [['al Shabaab', 'original'], ['Reuters', 'relay']]],
      ['Jane Roe, Gazprom\'s chief executive, told Reuters demand would recover.', [['Gazprom', 'original'], ['Reuters', 'relay']]],
      // a field of capitalised words, or a person's possessive, is none of this
      ['John Doe, Jane Roe\'s press spokesman, said the visit was off.', [['John Doe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('a registered name opening a longer proper name', () => {
  it.each([
    // "Citi" and "Liberation" are registered; the longer names are not those bodies
    ['Reporters of Citi News said the guards had beaten them.', (names: string[]) => expect(names).not.toContain('Citigroup')],
    ['A commander of the Liberation Tigers of Tamil Eelam said the camp was shelled.', (names: string[]) => expect(names).not.toContain('Libération')],
  ])('%s', (text, check) => {
    check(sourcesOf(text).map(([name]) => name));
  });

  it.each([
    // a title, a date, a company suffix or the outlet's own sub-brand after the name leaves it the source
    ['NASA Administrator Jane Roe said the launch would slip to May.', [['NASA', 'original']]],
    ['The pipeline will close, Reuters Tuesday reported.', [['Reuters', 'original']]],
    ['Gartner Inc said PC shipments fell 8% in the quarter.', [['Gartner', 'original']]],
    ['BBC News reported that 40 people were hurt.', [['BBC', 'original']]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('a managing director speaks for the employer', () => {
  it.each([
    ['Jane Roe, managing director of Gartner, said PC prices will rise.', [['Gartner', 'original']]],
    ['PC prices will rise, said Jane Roe, managing director of Gartner.', [['Gartner', 'original']]],
    // "managing" is tagged as a verb: it must not end the speaker's phrase after "said"
    ['PC prices will rise, said the managing director of Gartner, Jane Roe.', [['Gartner', 'original']]],
    ['Outlets must report the strikes, said managing director of Islamic Republic News Agency (IRNA) John Doe.', [['IRNA', 'original']]],
    ['The reform will pass, said acting president of the Ukrainian Football Federation Jane Roe.', [['Ukrainian Football Federation', 'original']]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('a brand written in camel case', () => {
  it.each([
    ['Phone shipments dipped 2% in the quarter, according to analysts iSuppli.', [['iSuppli', 'original']]],
    ['As iSuppli notes, phone sales slump after the holidays.', [['iSuppli', 'original']]],
    ['eBay said its sales rose 4% in the quarter.', [['eBay', 'original']]],
    // a unit or a lower-case abbreviation is no name
    ['The mRNA vaccine cut infections by 90%, the trial found.', []],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('a body\'s generic head written alone for it', () => {
  it.each([
    ['The Ministry of Water Supply said on Monday that 3 dams were full.\n\nA statement by the Ministry said the levels were safe.', [['Ministry of Water Supply', 'original']]],
    ['The Ministry of Water Supply said on Monday that 3 dams were full.\n\nIn a note on Tuesday, the Press Directorate of the Ministry said the levels were safe.', [['Ministry of Water Supply', 'original']]],
  ])('%s', (text, expected) => {
    expect(lastSources(text)).toEqual(expected);
  });
});

describe('a market analyst speaks for the firm written before the title', () => {
  it.each([
    ['Tablet sales dipped 3%, said Bluefield analyst Tina Fox.', [['Bluefield', 'original']]],
    ['Tablet sales dipped 3%, said Bluefield analyst Tina Fox.\n\n“Demand is weak,” Fox said.', [['Bluefield', 'original']]],
    // a common word opening the sentence is the analyst's field, no firm
    ['Oil analyst Jane Roe said prices would rise.', [['Jane Roe', 'original']]],
  ])('%s', (text, expected) => {
    expect(lastSources(text)).toEqual(expected);
  });
});

describe('round 23: classes of English attribution from the tuning set', () => {
  describe('"the bank said" with no company named: never a month, a dateline\'s agency or the word opening the text', () => {
    it.each([
      ['Prices rose 3 percent in March, the bank said.', []],
      ['SEOUL (Yonhap) -- Prices rose 3 percent, the bank said.', []],
      ['SEOUL, Nov. 2 (Yonhap) -- Prices rose 3 percent, the bank said.', []],
      ['LONDON - Prices rose 3 percent, the company said.', []],
      // the company the sentence names before the month still speaks
      ['Terminals stopped working after an attack on the processor Kassio in March, the company said.', [['Kassio', 'original']]],
      // a month alone after a data cue is a time, no one's name
      ['The report cited the figures from March.', []],
      ['The report cited the figures from Gartner.', [['Gartner', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('"reads" a document after a quotation, and "the article read": the document\'s author speaks', () => {
    it.each([
      ['“Prices will rise,” reads a statement from Norvale.', [['Norvale', 'original']]],
      ['"Prices will rise," read the letter from Norvale.', [['Norvale', 'original']]],
      ['Last week, the Zarya Herald reported that activity has picked up at the site.\n\n"This building was used to purify uranium," the article read.', [['Zarya Herald', 'original']]],
      // someone reading anything else reports nothing
      ['"It was a great day," she reads the news.', []],
      ['Jane Roe reads a statement every morning.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('a registered company opening a sentence after words that describe it is what "the company" means next', () => {
    it.each([
      ['South Korean tech giant Samsung is cutting prices.\n\n“Our priority is safety,” the company said.', [['Samsung Electronics', 'original']]],
      ['Tech giant Samsung is cutting prices.\n\n“Our priority is safety,” the company said.', [['Samsung Electronics', 'original']]],
      // a verb before the company noun: no description, nothing opened the sentence
      ['Prices fell as the giant Samsung cut costs.\n\n“Our priority is safety,” the company said.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('a panel is a body like a committee: "a U.N. panel said", "the panel said"', () => {
    it.each([
      ['Rain fell on the camp, a U.N. panel has said, in a sign of arms deals.', [['United Nations', 'original']]],
      ['The Zarya Panel of Experts said 3 mortars were used. The panel said the rounds were old.', [['The Zarya Panel of Experts', 'original']]],
      // with no panel named before, nothing to mean
      ['The panel said the rounds were old.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('"continued" after a quotation and its speaker reports the quotation', () => {
    it.each([
      ['“We are on schedule,” Jane Roe said. “Our plan is fine,” she continued.', [['Jane Roe', 'original']]],
      ['“We are on schedule,” Jane Roe continued.', [['Jane Roe', 'original']]],
      // anywhere else it only goes on
      ['The company continued to grow in March.', []],
      ['Prices rose as demand continued.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('whoever sent a memo or letter "saying" something says it', () => {
    it.each([
      ['Norvale sent a letter to staff on Monday saying that prices would rise.', [['Norvale', 'original']]],
      ['Acme Labs CEO Jane Roe sent out an internal memo Wednesday saying the company has hard decisions to make.', [['Acme Labs', 'original']]],
      // anything else sent says nothing
      ['The courier sent a parcel to Leeds saying nothing.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('a report that "cited" unnamed people is its publisher\'s', () => {
    it.each([
      ['The Daily Planet reported that Acme would cut 900 jobs. The report cited people familiar with the matter.', [['The Daily Planet', 'original']]],
      // anyone citing a reason reports nothing
      ['Jane Roe cited the weather as the reason for the delay.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('a report clause inside a quotation is the speaker\'s words when the speaker is named outside it', () => {
    it.each([
      ['"We are on schedule, and Acme confirms it," Norvale said in a statement.', [['Norvale', 'original']]],
      ['“We are on schedule,” Jane Roe said, “and Acme confirms it.”', [['Jane Roe', 'original']]],
      // with nobody named outside, the clause inside still speaks
      ['"We are on schedule, and Acme confirms it."', [['Acme', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('a judge speaks for the court her title names, never as a name "District Judge Jane Roe"', () => {
    it.each([
      ['U.S. District Judge Jane Roe said the law was void.', [['U.S. District Court', 'original']], 'Jane Roe'],
      ['Delaware Chancery Judge Kathaleen St. J. McCormick said the trial would go ahead.', [['Delaware Chancery Court', 'original']], 'Kathaleen St. J. McCormick'],
      ['Supreme Court Justice John Doe said the law was void.', [['Supreme Court', 'original']], 'John Doe'],
      // no court before the title: the judge speaks
      ['Judge Jane Roe said the trial would go ahead.', [['Jane Roe', 'original']], undefined],
      ['Chief Justice John Doe said the law was void.', [['John Doe', 'original']], undefined],
      // "Justice" naming a department is no judge
      ['The Justice Department said the law was void.', [['U.S. Department of Justice', 'original']], undefined],
    ] as Array<[string, Array<[string, string]>, string | undefined]>)('%s', (text, expected, person) => {
      expect(lastSources(text)).toEqual(expected);
      expect(lastClaim(text).sources[0]?.person).toBe(person);
    });
  });
  describe('"WHO" written in capitals after a comma is the World Health Organization, no relative pronoun', () => {
    it.each([
      ['Meanwhile, WHO said 3 people died.', [['World Health Organization', 'original']]],
      ['Meanwhile, WHO has suggested people having symptoms get tested.', [['World Health Organization', 'original']]],
      // "who" in lower case still opens a relative clause
      ['Acme hired Jane Roe, who said sales would rise.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('a sentence opening with its speaker\'s filing, or a statement of some kind, is that speaker\'s account', () => {
    it.each([
      ['In a securities filing this week, Jane Roe offered to go forward with the deal.', [['Jane Roe', 'original']]],
      ['In a filing, Acme offered to pay $3 million.', [['Acme', 'original']]],
      // a market is no statement
      ['In a securities market, Acme offered shares.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 24: classes of English attribution from the tuning set', () => {
  describe('"repeated that" restates a position; a rating action is the rater\'s assessment', () => {
    it.each([
      ['Jane Roe on Thursday repeated that the plant would stay open.', [['Jane Roe', 'original']]],
      ['Russian Foreign Minister Sergei Lavrov repeated that Moscow was ready to talk.', [['Russian Foreign Ministry', 'original']]],
      // "repeated" before anything else reports nothing
      ['The attacks were repeated on Monday.', []],
      ['Jane Roe repeated the test twice.', []],
      ["Moody's downgraded Norvale's rating to junk on Friday.", [["Moody's", 'original']]],
      ['JPMorgan downgraded the stock from buy to neutral.', [['JPMorgan Chase', 'original']]],
      ['Goldman Sachs upgraded Acme to buy.', [['Goldman Sachs', 'original']]],
      // a storm or a flight downgraded is no assessment of anyone's
      ['Hurricane Zarya was downgraded to a tropical storm on Friday.', []],
      ['Flights to Norvale were downgraded to smaller aircraft.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('a country reporting through its own office in one sentence: the office, of that country, and not the country besides', () => {
    it.each([
      ['Japan reported 300 new cases on Monday, its health ministry said.', [['Japanese Ministry of Health, Labour and Welfare', 'original']]],
      ['Japan reported 300 new cases on Monday, the health ministry said.', [['Japanese Ministry of Health, Labour and Welfare', 'original']]],
      ['Russia will send more troops, its foreign ministry said.', [['Russian Foreign Ministry', 'original']]],
      ['Thailand reported 66 new cases on Monday, the Ministry of Public Health said.', [['Thai Ministry of Public Health', 'original']]],
      ['Kenya reported 66 new cases on Monday, the health ministry said.', [['Kenyan Ministry of Health', 'original']]],
      // another country's office, or a body that is no office, leaves both speaking
      ['Japan reported 300 new cases on Monday, the WHO said.', [['Japan', 'original'], ['World Health Organization', 'original']]],
      ['Japan reported 300 new cases on Monday, the Chinese Foreign Ministry said.', [['Japan', 'original'], ['Chinese Foreign Ministry', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('an office of a country outside the G20 lists is still that country\'s body', () => {
    it.each([
      ["Oman's foreign ministry said the talks would resume.", [['Omani Foreign Ministry', 'original']]],
      ['Singapore reported 14 new cases on Sunday, its health ministry said.', [['Singapore Ministry of Health', 'original']]],
      ['The Sri Lankan foreign minister said the talks would resume.', [['Sri Lankan Ministry of Foreign Affairs', 'original']]],
      ['Ghana\'s finance ministry said the loan was agreed.', [['Ghanaian Finance Ministry', 'original']]],
      // a first name that is also a country's is no country
      ['Chad Roe said the loan was agreed.', [['Chad Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('"X broke the news" is X\'s report; "a quote from X" is X\'s words', () => {
    it.each([
      ['The Daily Planet broke the news on Monday.', [['The Daily Planet', 'original']]],
      ['The Daily Planet first broke the story late on Sunday.', [['The Daily Planet', 'original']]],
      ['The blog post also includes a quote from Jane Roe: "The plan has failed."', [['Jane Roe', 'original']]],
      // breaking anything else reports nothing
      ['The Daily Planet broke the law on Monday.', []],
      ['Jane Roe broke the glass ceiling in 2019.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('an outlet\'s report and a later speaker in a clause of its own (", and ..."): two originals, no relay', () => {
    it.each([
      ['The Daily Planet broke the news, and Jane Roe confirmed it on her blog.', [['The Daily Planet', 'original'], ['Jane Roe', 'original']]],
      ['The Daily Planet reported the plant would close, and Acme confirmed it on Monday.', [['The Daily Planet', 'original'], ['Acme', 'original']]],
      // a report the outlet passes on in its own clause stays relayed
      ['The Daily Planet reported that Jane Roe said the plant would close.', [['Jane Roe', 'original'], ['The Daily Planet', 'relay']]],
      ['The Daily Planet reported, citing Jane Roe, that the plant would close.', [['Jane Roe', 'original'], ['The Daily Planet', 'relay']]],
      ['The Daily Planet reported the plant would close, and added that Jane Roe said so.', [['Jane Roe', 'original'], ['The Daily Planet', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('two titles joined by "and" before one name are one person\'s ("Acme President and CEO Jane Roe")', () => {
    it.each([
      ['Acme President and CEO Jane Roe said sales rose.', [['Acme', 'original']], 'Jane Roe'],
      ['Norvale Chairman and Chief Executive John Doe said sales rose.', [['Norvale', 'original']], 'John Doe'],
      // two names joined are still two speakers
      ['Jane Roe and John Doe said sales rose.', [['Jane Roe', 'original'], ['John Doe', 'original']], undefined],
    ] as Array<[string, Array<[string, string]>, string | undefined]>)('%s', (text, expected, person) => {
      expect(lastSources(text)).toEqual(expected);
      expect(lastClaim(text).sources[0]?.person).toBe(person);
    });
  });
  describe('a person\'s name ends before "in" and where she was ("announced by Jane Roe in Brussels")', () => {
    it.each([
      ['The plan was announced by Jane Roe in Brussels.', [['Jane Roe', 'original']]],
      ['According to Jane Roe in Zarya City, the plan failed.', [['Jane Roe', 'original']]],
      // a body's name may hold "in" ("Studies in Economics")
      ['According to the Centre for Studies in Economics, the plan failed.', [['Centre for Studies in Economics', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('the chief of a country\'s general staff speaks for that general staff', () => {
    it.each([
      ["Ukraine's chief of General Staff Viktor Muzhenko said the army was ready.", [['General Staff of the Armed Forces of Ukraine', 'original']], 'Viktor Muzhenko'],
      ['Russian chief of the General Staff Valery Gerasimov said the army was ready.', [['Russian General Staff', 'original']], 'Valery Gerasimov'],
      // a country the registry has no general staff for: named with its adjective
      ["Zarya's army is ready, Kenya's chief of General Staff Jane Roe said.", [['Kenyan General Staff', 'original']], 'Jane Roe'],
    ] as Array<[string, Array<[string, string]>, string | undefined]>)('%s', (text, expected, person) => {
      expect(lastSources(text)).toEqual(expected);
      expect(lastClaim(text).sources[0]?.person).toBe(person);
    });
  });
  describe('"responded by" a speech act reports ("responded by calling him a coward"); by any other act, nothing', () => {
    it.each([
      ['Jane Roe responded by calling John Doe a coward.', [['Jane Roe', 'original']]],
      ['Acme responded by denying the claims.', [['Acme', 'original']]],
      // acts are no report
      ['Acme responded by cutting prices.', []],
      ['The deaths were confirmed by testing.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('"the envoy", "the ambassador" mean the ambassador named before, never the last speaker', () => {
    it.each([
      ['Zarya\'s Farm Minister Javad Roe and Norvalian Ambassador to Zarya Dmitry Doe met on Sunday. The minister said the talks went well. The envoy said more talks would follow.', [['Dmitry Doe', 'original']]],
      ['Zarya\'s Farm Minister Javad Roe and Belarusian Ambassador to Tehran Dmitry Doe met on Sunday. The minister said the talks went well. The Belarusian ambassador said more talks would follow.', [['Dmitry Doe', 'original']]],
      ['Belarusian Ambassador Dmitry Doe met Jane Roe on Sunday. Jane Roe said the talks went well. More talks will follow, the envoy underlined.', [['Dmitry Doe', 'original']]],
      // with no ambassador named before, "the envoy" is the last person, as before
      ['Jane Roe said the talks went well. More talks will follow, the envoy said.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('"for his part", "in turn" between a subject and its verb, without commas, leave the subject speaking', () => {
    it.each([
      ['Jane Roe for her part said the talks went well.', [['Jane Roe', 'original']]],
      ['The Belarusian Foreign Ministry for its part said that the talks went well.', [['Belarusian Ministry of Foreign Affairs', 'original']]],
      ['Jane Roe in turn said the talks went well.', [['Jane Roe', 'original']]],
      // "for his part of the deal" elsewhere changes nothing
      ['The money was for his part of the deal, Jane Roe said.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('a rating action by analysts introduced with their firm ("Analysts from BTIG downgraded") is the firm\'s', () => {
    it.each([
      ['Analysts from Norvale Securities downgraded the stock to neutral.', [['Norvale Securities', 'original']]],
      ['Analysts at Zarya Research upgraded Acme to buy on Monday.', [['Zarya Research', 'original']]],
      // experts of no firm: nobody named
      ['Analysts downgraded the stock to neutral.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 25: classes of English attribution from the round-24 sets', () => {
  describe('a title whose domains a comma list names ("Minister of Industry, Mine and Trade Jane Roe") is one title; a former holder speaks for himself', () => {
    it.each([
      ['Former Minister of Industry, Mine and Trade Jane Roe said the plan would fail.', [['Jane Roe', 'original']], undefined],
      ['The plan will fail, former Minister of Roads, Ports and Housing Jane Roe said.', [['Jane Roe', 'original']], undefined],
      ['The bridge will open, Iranian Minister of Roads, Ports and Housing Jane Roe said.', [['Iranian Ministry of Roads, Ports and Housing', 'original']], 'Jane Roe'],
      // a former holder of an office the lexicon knows is the person, not the ministry
      ['The plan will fail, former Minister of Industry and Trade Jane Roe said.', [['Jane Roe', 'original']], undefined],
      // a list of names is still a list of speakers
      ['Acme, Norvale and Zarya Bank said the plan would fail.', [['Acme', 'original'], ['Norvale', 'original'], ['Zarya Bank', 'original']], undefined],
    ] as Array<[string, Array<[string, string]>, string | undefined]>)('%s', (text, expected, person) => {
      expect(lastSources(text)).toEqual(expected);
      expect(lastClaim(text).sources[0]?.person).toBe(person);
    });
  });
  describe('an outlet named after its kind ("Belarusian TV channel ONT"): the name after the kind, a relay as any outlet told', () => {
    it.each([
      ['Jane Roe said the plan would fail in an interview with Norvalian TV channel ONT.', [['Jane Roe', 'original'], ['ONT', 'relay']]],
      ['Jane Roe told Belarusian TV channel ONT that the plan would fail.', [['Jane Roe', 'original'], ['ONT', 'relay']]],
      // the kind with no name after it names no outlet
      ['Jane Roe told the TV channel that the plan would fail.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('a person "at" a firm, or an analyst "where" a firm is named, speaks for the firm', () => {
    it.each([
      ['John Doe at Norvale Research said the figures were better than expected.', [['Norvale Research', 'original']], 'John Doe'],
      ['Analyst Jane Roe at Zarya Capital said the outlook was weak.', [['Zarya Capital', 'original']], 'Jane Roe'],
      ['A similar warning came from Zarya Capital, where analyst Jane Roe and colleagues said the outlook was weak.', [['Zarya Capital', 'original']], 'Jane Roe'],
      // a place before ", where", or no employee's title: the person speaks for herself
      ['The money came from Zarya City, where Jane Roe said the outlook was weak.', [['Jane Roe', 'original']], undefined],
    ] as Array<[string, Array<[string, string]>, string | undefined]>)('%s', (text, expected, person) => {
      expect(lastSources(text)).toEqual(expected);
      expect(lastClaim(text).sources[0]?.person).toBe(person);
    });
  });
  describe('a currency code next to a figure ("at USD 41.20") is a unit, never the company "the company" means', () => {
    it.each([
      ['The shares were down 12 percent at USD 41.20 in early trading a day after the company reported weak sales.', []],
      ['Shares of Acme were down 12 percent at USD 41.20 a day after the company reported weak sales.', [['Acme', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('"citing the firm\'s weak forecast" gives a reason: no relay, no source', () => {
    it.each([
      ['Acme shares fell. Analysts from Norvale also downgraded shares of Acme, citing the firm’s weak forecast for the year.', [['Norvale', 'original']]],
      ["Norvale cut its target for Acme, citing the company's slowing sales.", []],
      // a named source cited is still relayed
      ['Prices rose, the Daily Planet reported, citing Jane Roe.', [['Jane Roe', 'original'], ['Daily Planet', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // "Reuters reported that the shipments continued, citing satellite images of the port of Rajin" (the README's own
  // example article) made Rajin the original and Reuters its relay, and put "Rajin" in the registry's queue
  describe('"citing satellite images of the port of Rajin": what a picture shows, or a place, is no source', () => {
    it.each([
      ['Reuters reported that the shipments continued through the spring, citing satellite images of the port of Rajin.', [['Reuters', 'original']]],
      ['The Daily Planet reported the strike, citing footage of Norvale.', [['The Daily Planet', 'original']]],
      ['Zarya reported the fire, citing photos of the city of Norvale.', [['Zarya', 'original']]],
      // as before (pass on both)
      ['The Daily Planet reported the strike, citing satellite images from Maxar Technologies.', [['Maxar Technologies', 'original'], ['The Daily Planet', 'relay']]],
      ['Reuters reported the move, citing data from the Norvale Ministry of Finance.', [['Norvale Ministry of Finance', 'original'], ['Reuters', 'relay']]],
      ['Reuters reported the move, citing Jane Roe.', [['Jane Roe', 'original'], ['Reuters', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('"the parliamentarian", "the lawmaker" mean the member of a legislature named before, even where that sentence had no cue', () => {
    it.each([
      ['Earlier, deputy Jane Roe published what she called a secret plan. According to the parliamentarian, the plan was approved in April.', [['Jane Roe', 'original']]],
      ['Jane Roe said the talks failed. Deputy from the Zarya Party John Doe published a plan on Monday. According to the lawmaker, the plan was approved in April.', [['John Doe', 'original']]],
      // a deputy minister is no member of a legislature: nobody named
      ['Jane Roe said the talks failed. Deputy Foreign Minister John Doe visited Zarya. According to the lawmaker, the plan was approved in April.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  describe('an office holder named in a sentence that quotes someone else: his surname means him later, "she" still the speaker', () => {
    it.each([
      ['The test was overseen by North Korean leader Kim Jong Un on Wednesday, KCNA reported. Kim expressed great satisfaction with the test, KCNA said.', [['North Korean government', 'original'], ['KCNA', 'relay']], 'Kim Jong Un'],
      ['The plant was visited by Russian President Vladimir Putin on Monday, Jane Roe said. Putin said the plant would stay open.', [['Kremlin', 'original']], 'Vladimir Putin'],
      ['The plant was visited by Russian President Vladimir Putin on Monday, Jane Roe said. She said the plant would stay open.', [['Jane Roe', 'original']], undefined],
    ] as Array<[string, Array<[string, string]>, string | undefined]>)('%s', (text, expected, person) => {
      expect(lastSources(text)).toEqual(expected);
      expect(lastClaim(text).sources[0]?.person).toBe(person);
    });
  });
});

describe('round 26: classes of English attribution from round 25\'s set K', () => {
  describe('"<ABBR> <title> <Name>": the body the abbreviation names speaks, through the person', () => {
    it.each([
      ['ZARYA Weather Specialist Jane Roe said the storm would weaken by Friday.', 'ZARYA', 'Jane Roe'],
      ['The storm will weaken by Friday, ZARYA weather section chief Jane Roe said.', 'ZARYA', 'Jane Roe'],
      ['NORVA senior forecaster John Doe said the rains would return in May.', 'NORVA', 'John Doe'],
      // no abbreviation before the title: the person speaks for herself
      ['Weather Specialist Jane Roe said the storm would weaken by Friday.', 'Jane Roe', undefined],
    ] as Array<[string, string, string | undefined]>)('%s', (text, source, person) => {
      const sources = lastClaim(text).sources;
      expect(sources.map((s) => [s.name, s.role])).toEqual([[source, 'original']]);
      expect(sources[0].person).toBe(person);
    });
  });
  describe('"the air traffic regulator", "the consumer watchdog": the government body the last sentence was about, whatever field it oversees', () => {
    it.each([
      ['The US Federal Aviation Administration (FAA) ordered all Acme Air planes grounded on Monday. The air traffic regulator said in a statement that the fault was fixed.', [['Federal Aviation Administration', 'original']]],
      ['The Federal Trade Commission has opened an inquiry into Acme. The consumer watchdog said the fine was fair.', [['Federal Trade Commission', 'original']]],
      // a company the last sentence was about is no regulator: nothing named
      ['Acme Energy has raised its prices. The energy regulator said the rise was fair.', [['energy regulator', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastClaim(text).sources.map((s) => [s.name, s.role])).toEqual(expected);
    });
  });
  describe('"The governor of the State Bank said ... He said": the body quoted through its holder\'s title speaks again', () => {
    it.each([
      ["The governor of the State Bank of Zarya said prices would rise. He said a rise in the bank's forecast was likely.", [['State Bank of Zarya', 'original']]],
      ['The head of Acme Energy said prices would rise. She said the plan would work.', [['Acme Energy', 'original']]],
      // a person named after the body still is the one "he" means
      ['The governor of the State Bank of Zarya said prices would rise. Jane Roe told reporters the rise would be short. She said the plan would work.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastClaim(text).sources.map((s) => [s.name, s.role])).toEqual(expected);
    });
  });
});

describe('round 27: classes that recur across the held-out sets of rounds 17 to 26', () => {
  // sets E, G and the round-20 tuning set: "the chipmaker said" after a company the registry does not know
  describe('a company named by its trade or its home means the unregistered company the quiet sentences before opened with', () => {
    it.each([
      ['Norvale Semiconductor posted a record quarter on Thursday. The chipmaker said demand would stay strong.', [['Norvale Semiconductor', 'original']]],
      ['Kestrel Pharma raised its forecast. The drugmaker expects revenue to grow 10 percent, it said.', [['Kestrel Pharma', 'original']]],
      ['Acme Motors, the Oslo-based firm, booked a loss in the quarter. The carmaker said sales in Europe fell 8 percent.', [['Acme Motors', 'original']]],
      ['Pelton Foods posted a loss. Revenue fell by a tenth. The Stockholm-based snack maker said its margins would improve.', [['Pelton Foods', 'original']]],
      ['Pelton Foods posted a loss. The Stockholm-based firm said its margins would improve.', [['Pelton Foods', 'original']]],
      ['Nordvik posted a record quarter. The toymaker said its margins improved.', [['Nordvik', 'original']]],
      // "the company" alone may mean a company, not a name that is also a person's
      ['Zarvik Holdings cut its outlook. The company said prices fell.', [['Zarvik Holdings', 'original']]],
      ['Jane Roe joined the board in May. The company said prices fell.', []],
      // a one-word opener the tagger may read as a name never stands in for the company named before
      ['Pelton Foods posted a loss. Revenue fell by a tenth. The snack maker said its margins would improve.', [['Pelton Foods', 'original']]],
      // an analyst's firm quoted in between speaks about the company; a firm quoted in its own name is what the description means, as before
      ['Zarvik Chemicals cut its outlook. Jane Roe, an analyst at Brightwater Capital, said the cut was expected. The chemical maker said prices fell by a fifth.', [['Zarvik Chemicals', 'original']]],
      ['Zarvik Chemicals cut its outlook. Brightwater Capital said the cut was expected. The chemical maker said prices fell by a fifth.', [['Brightwater Capital', 'original']]],
      // a body quoted since ends it: "the drugmaker" is no ministry
      ['Kestrel Pharma raised its forecast. The Health Ministry of Zarya said the drug was safe. The drugmaker said the price was fair.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // sets C, I, the round-23 tuning set and J: "the ministry said" with no country, where a dateline or the story's
  // one country says whose it is
  describe('an office written with no country is the office of the country a dateline names or the story is about', () => {
    it.each([
      ['ANKARA (Reuters) - The foreign ministry said on Monday that the envoy had been summoned.', [['Turkish Foreign Ministry', 'original']]],
      ['ANKARA, May 3 (Zarya) - Talks ended on Monday. The defence ministry said the drills would end on Friday.', [['Turkish Ministry of National Defense', 'original']]],
      ['Turkey summoned the envoy. Turkey and its allies met on Monday. Turkey said the talks went well. The foreign ministry said the ambassador had been summoned.', [['Turkish Foreign Ministry', 'original']]],
      // another country named more often than the dateline's: the office as written
      ['NAIROBI — Officials in Uganda said the border stayed shut. Uganda said it would reopen it, and Uganda will meet Tanzania on Monday. The interior ministry said the curfew would be lifted.', [['interior ministry', 'original']]],
      // a place in capitals with no dash after it is no dateline
      ['ANKARA TALKS END\n\nThe foreign ministry said the envoy had been summoned.', [['foreign ministry', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
    it('a sentence that names a country itself keeps its own reading', () => {
      const claims = analyze('ANKARA (Reuters) - The foreign ministry said talks would resume. Japan reported 300 new cases on Monday, its health ministry said.', registry).claims;
      expect(claims[0].sources.map((s) => s.name)).toEqual(['Turkish Foreign Ministry']);
      expect(claims[1].sources.map((s) => s.name)).not.toContain('Turkish Ministry of Health');
    });
  });
  // sets F and G: a dateline's wire in parentheses read as the body the sentence opened with
  describe('a dateline\'s wire is no body the sentence opened with', () => {
    it.each([
      ['SEOUL (Yonhap) -- Samsung Electronics will cut 300 jobs, its chief executive said.', [['Samsung Electronics', 'original']]],
      ['TOKYO (Reuters) - Japan reported 300 new cases on Monday, its health ministry said.', [['Japanese Ministry of Health, Labour and Welfare', 'original']]],
      ['DAMASCUS, May 3 (Zarya) - Prices rose by a fifth, the ministry of trade said.', [['Syrian Ministry of Trade', 'original']]],
      // no dateline: the body the sentence opened with, as before
      ['Samsung Electronics will cut 300 jobs, its chief executive said.', [['Samsung Electronics', 'original']]],
      ['LONDON - Kassio restored 80% of its systems, the payments processor said.', [['Kassio', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 28: general attribution patterns from held-out set L (its tuning set this round)', () => {
  // "dispelled reports that ..." denies a report as "denied" does
  describe('dispelling or debunking a report is a reporting verb', () => {
    it.each([
      ['The health ministry dispelled reports that the minister had tested positive.', [['health ministry', 'original']]],
      ['Zarya Telecom debunked claims that the outage was caused by hackers.', [['Zarya Telecom', 'original']]],
      ['Kestrel Foods dispels rumours that it will close the plant.', [['Kestrel Foods', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "told Dow Jones Newswires": a newswire's name is an outlet's, so it relays the speaker
  describe('a newswire the speaker told relays the speaker', () => {
    it.each([
      ['Jane Roe told Zarya Newswires that sales were weak.', [['Jane Roe', 'original'], ['Zarya Newswires', 'relay']]],
      ['"Sales were weak," Jane Roe, a trader, told Zarya Newswire.', [['Jane Roe', 'original'], ['Zarya Newswire', 'relay']]],
      ['"Sales were weak," Jane Roe, an analyst at Brightwater Capital, told Northwind Newswires.', [['Brightwater Capital', 'original'], ['Northwind Newswires', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "disclosed the probe in a statement in Abuja on Wednesday": where and when it was said is no speaker
  describe('a place or a day after "in a statement in" is no source', () => {
    it.each([
      ['The police spokesman, Jane Roe, disclosed the probe in a statement in Zarya City on Wednesday.', 'Zarya'],
      ['The army spokesman, Jane Roe, announced the arrests in a statement in Norvale.', 'Norvale'],
      ['The police spokesman, Jane Roe, disclosed the probe in Zarya City on Friday.', 'Zarya'],
      ['"We will not retreat," said the ambassador in Zarya City.', 'Zarya'],
    ])('%s', (text, place) => {
      expect(lastSources(text).filter(([name]) => name.includes(place))).toEqual([]);
    });
    it('a name before "in" still speaks', () => {
      expect(lastSources('The talks failed, said the Institute for the Study of War in Washington.')).toEqual([['Institute for the Study of War', 'original']]);
    });
  });

  // "Those figures come from analyst firm X", then "According to the firm" and "..., the firm said" meaning X
  describe('figures that come from a firm are its report, and "the firm" after it is that firm', () => {
    it.each([
      ['Those figures come from analyst firm Norvale Research, which tracks phone makers.', [['Norvale Research', 'original']]],
      ['The numbers come from Norvale Research.', [['Norvale Research', 'original']]],
      ['The latest data came from the Zarya Statistics Office.', [['Zarya Statistics Office', 'original']]],
      ['Those figures come from analyst firm Norvale Research. According to the firm, Samsung now ships 26 percent of all phones.', [['Norvale Research', 'original']]],
      ['Those figures come from analyst firm Norvale Research. That is a 4 percent rise for Samsung, the firm said.', [['Norvale Research', 'original']]],
      ['Kestrel Analytics said shipments rose. That is a rise for Apple, the firm said.', [['Kestrel Analytics', 'original']]],
      ['Canalys said shipments rose. Shipments fell for Apple and Samsung, the firm said.', [['Canalys', 'original']]],
      // the company the sentence is about, as before
      ['Samsung Electronics will cut 300 jobs, the company said.', [['Samsung Electronics', 'original']]],
      ['Canalys said shipments rose. Samsung Electronics will cut 300 jobs, the company said.', [['Samsung Electronics', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The Department of Health (DOH) on late Tuesday evening, March 17, confirmed": a date between a body and its verb
  describe('a date aside between the subject and its verb leaves the subject speaking', () => {
    it.each([
      ['The Zarya Health Board (ZHB) on late Tuesday evening, March 17, confirmed that 12 people had died.', [['The Zarya Health Board', 'original']]],
      ['The Zarya Health Board on Tuesday, March 17, confirmed that 12 people had died.', [['The Zarya Health Board', 'original']]],
      ['The Zarya Health Board late on Tuesday evening confirmed that 12 people had died.', [['The Zarya Health Board', 'original']]],
      ['Norvale Foods on Friday, Jan. 9, announced that it would cut 300 jobs.', [['Norvale Foods', 'original']]],
      // a comma after a month that is no date of the verb leaves the aside an aside
      ['Jane Roe, who was born in March, said the plan failed.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Roe also asked residents to stay in shelters" after "Zarya Oblast Governor Jane Roe wrote": a request to the public
  describe('asking residents or people to do something is a speech act of the one asking', () => {
    it.each([
      ['Zarya Oblast Governor Jane Roe wrote on Telegram that drones were shot down. Roe also asked residents to stay in shelters.', [['Zarya regional administration', 'original']]],
      ['Jane Roe said drones were shot down. Roe asked people to stay at home.', [['Jane Roe', 'original']]],
      ['The Zarya Health Board asks citizens to wear masks on buses.', [['The Zarya Health Board', 'original']]],
      // the question put to someone reports nothing
      ['Jane Roe was asked about the drones.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The Kyiv administration announced": a city's (or region's) administration the registry names
  describe('a place and "administration" alone is that place\'s administration', () => {
    it.each([
      ['Blasts were heard at dawn. The Kyiv administration announced an air raid twice in the morning.', [['Kyiv City Military Administration', 'original']]],
      ['The Kyiv administration said debris fell on two districts.', [['Kyiv City Military Administration', 'original']]],
      ['The Kharkiv administration reported that three people were hurt.', [['Kharkiv Regional Military Administration', 'original']]],
      // a president's administration is no place's
      ['The Biden administration said the drones were shot down.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The Police Command in Zarya has dismissed claims", then "The statement said" and "It added:" carried on
  describe('a police body named by its unit and place is that place\'s police unit, and speaks on after', () => {
    it.each([
      ['The Police Command in Zarya has dismissed claims that suspects were freed.', [['Zarya Police Command', 'original']]],
      ['The Police Department in Norvale said two officers were hurt.', [['Norvale Police Department', 'original']]],
      ['The Police Command in Zarya has dismissed claims that suspects were freed. The statement, however, said that a rifle was lost.', [['Zarya Police Command', 'original']]],
      ['The Police Command in Zarya denied the report. It added: "We lost one rifle."', [['Zarya Police Command', 'original']]],
      // "Police in" keeps its reading
      ['Police in Norvale said two officers were hurt.', [['Norvale Police', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 29: patterns that recur across outlets (tuned on held-out set M: wire, regional, courts, sport, business copy)', () => {
  // "New Zealand police said", then "a police spokesperson said" and "police say": the force the story named
  describe('a country\'s police speak as its police force, and "police" after it means that force', () => {
    it.each([
      ['New Zealand police said two roads were closed.', [['New Zealand Police', 'original']]],
      ['The road was closed after a crash, Kenyan police said.', [['Kenyan Police', 'original']]],
      ['Kenyan police arrested a man on Tuesday. Cordons were set up, a police spokesperson said in a statement.', [['Kenyan Police', 'original']]],
      ['New Zealand police arrested a man on Tuesday. The man is in custody, police say.', [['New Zealand Police', 'original']]],
      ['Police in Norvale arrested a man. The road was closed, a police spokesman said.', [['Norvale Police', 'original']]],
      ['Kenyan police arrested a man. Cordons were set up, a police spokesperson said in a statement. The man is in custody, the statement said.', [['Kenyan Police', 'original']]],
      // with no force named, "police say" names none, as before; "police" describing a station names no force
      ['The road was closed after a crash, police say.', []],
      ['A man entered a Nairobi, Kenya police station with a knife. A witness said police told him to leave.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "told an Australian investment conference": a country's adjective before a noun is no outlet of that name
  describe('an adjective that is also an outlet\'s name is no outlet before a noun', () => {
    it.each([
      ['A Federal Reserve governor has told an Australian investment conference that rates will rise.', [['Federal Reserve', 'original']]],
      ['Jane Roe told an Australian audience that rates will rise.', [['Jane Roe', 'original']]],
      ['Jane Roe told The Australian that rates will rise.', [['Jane Roe', 'original'], ['The Australian', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "investigations by X uncovered that", "X uncovered that": X's findings, as "an investigation by X found"
  describe('an investigation by a named body, and what it uncovered, is that body\'s', () => {
    it.each([
      ['However, investigations by Norvale Partners found that the claimant had run two marathons.', [['Norvale Partners', 'original']]],
      ['Investigations by Norvale Partners uncovered that the claimant had run two marathons.', [['Norvale Partners', 'original']]],
      ['However, an investigation by the Zarya Audit Office uncovered that the claimant had run two marathons.', [['Zarya Audit Office', 'original']]],
      ['Norvale Partners uncovered that the claimant had run two marathons.', [['Norvale Partners', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Jane Roe, speaking to reporters on Monday, said": the aside's day closes an aside, no date aside of the subject
  describe('an aside with a verb that ends in a day leaves its subject speaking', () => {
    it.each([
      ['Jane Roe, speaking to reporters on Monday, said rates would rise.', [['Jane Roe', 'original']]],
      ['The Zarya Central Bank, addressing the media on Monday, said rates would rise.', [['The Zarya Central Bank', 'original']]],
      ['Jane Roe, who spoke to reporters on Friday, said rates would rise.', [['Jane Roe', 'original']]],
      ['"Rates will rise," Jane Roe, briefing reporters on Tuesday evening, told Zarya Newswires.', [['Jane Roe', 'original'], ['Zarya Newswires', 'relay']]],
      // a full date with its own commas inside the aside
      ['Jane Roe, addressing the media on Monday, July 25, 2022, said rates would rise.', [['Jane Roe', 'original']]],
      ['Jane Roe, who spoke to reporters on Friday, March 3, said rates would rise.', [['Jane Roe', 'original']]],
      // the commas of a date alone are still a date aside (round 28)
      ['The Zarya Health Board on late Tuesday evening, March 17, confirmed that 12 people had died.', [['The Zarya Health Board', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "..., telling a conference in Sydney that ...": a participle of telling reports for the clause's subject, as "saying" does
  describe('a participle of telling, explaining or stressing after a comma reports for the subject', () => {
    it.each([
      ['Jane Roe sought to calm markets on Monday, telling a conference in Sydney that rates would rise.', [['Jane Roe', 'original']]],
      ['The Zarya Central Bank kept its rate, explaining that inflation had peaked.', [['The Zarya Central Bank', 'original']]],
      ['Acme Motors cut 300 jobs, stressing that demand had fallen.', [['Acme Motors', 'original']]],
      // "a telling sign" is no participle of speech
      ['Acme shares fell, a telling sign of weak demand.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The Senkakus ... are claimed by China and Taiwan": land states claim is no report of theirs
  describe('territory claimed by states is no report of those states', () => {
    it.each([
      ['The islets, administered by Japan, are claimed by China and Taiwan.', []],
      ['The islands are claimed by Japan, China and Taiwan.', []],
      // a claim by anyone else reports as before
      ['The attack was claimed by the Zarya Liberation Front.', [['Zarya Liberation Front', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The government's Council for Cultural Affairs recommended": the named body after a described owner's possessive
  describe('a body named after a described owner\'s possessive speaks, not the owner', () => {
    it.each([
      ['The government\'s Council for Cultural Affairs on Friday recommended six people as national treasures.', [['Council for Cultural Affairs', 'original']]],
      ['The ministry\'s Zarya Statistics Office said prices rose.', [['Zarya Statistics Office', 'original']]],
      // a press office or a title is the owner's own voice, as before
      ['Acme said sales rose. The company\'s Chief Executive said output rose.', [['Acme', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 30: patterns that recur across outlets (tuned on set tune30: wire, business, regional, translated agency copy)', () => {
  // "The semiconductor company predicts", "the Sunnyvale, Calif.-based company reported", "After markets closed, the
  // company released": the company the market story is about, however the story first named it
  describe('"the company" means the company a market story is about', () => {
    it.each([
      // a ticker in brackets after the name that opens the story
      ['Norvale Devices (ticker: NDV) slipped 4% on Tuesday. The semiconductor company expects a profit of 90 cents a share.', [['Norvale Devices', 'original']]],
      ['Acme Robotics (NYSE: ACR) cut its outlook on Monday. The Boston-based company said orders had slowed.', [['Acme Robotics', 'original']]],
      // its shares named anywhere in the sentence, after its home joined to "-based"
      ['A downgrade sent shares of Dallas-based Norvale Online down Thursday. The company reported net earnings of $13 million.', [['Norvale Online', 'original']]],
      ['A weak forecast sent shares of Woodland Hills-based Norvale Online down 12%. The company said revenue fell.', [['Norvale Online', 'original']]],
      // a town and its state's short name before "-based"
      ['Norvale had a rough day with investors on Monday. The Fresno, Calif.-based company reported weak sales.', [['Norvale', 'original']]],
      ['Norvale had a rough day with investors on Monday. The Fresno, Calif.-based company reported weak sales. It forecasts revenue of $9 million.', [['Norvale', 'original']]],
      // "the Internet switch maker": a capitalised trade names no company
      ['Shares of the Internet router maker slid 20% on Monday. The company said sales fell.', []],
      // words in brackets that are no ticker leave the sentence as it was
      ['Norvale Devices (a chipmaker) slipped 4% on Tuesday. The semiconductor company expects a profit of 90 cents a share.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "analysts surveyed by FactSet had expected ...", "According to Thomson Reuters, analysts ... were expecting": the data
  // firm gathering the forecasts is no body the story is about, so a chief executive named next is not its
  describe('a data firm gathering the market\'s forecasts is not whom a later chief executive speaks for', () => {
    it.each([
      ['Acme Devices reported earnings of $2 a share. Analysts surveyed by FactSet had expected $1.91 a share. Chief Executive Jane Roe said sales rose.', [['Acme Devices', 'original']]],
      ['Acme Devices reported earnings of $2 a share. Analysts polled by FactSet had expected $1.91. Chief Executive Jane Roe commented on the results, stating that sales rose.', [['Acme Devices', 'original']]],
      // the data firm itself still reports its figures
      ['Acme Devices reported earnings of $2 a share. Analysts surveyed by FactSet had expected $1.91 a share.', [['FactSet', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // name boundaries: "an analyst at Wedge Partners Corp. in New York", "Public Health England's website said", "Deadly
  // Russian shelling was reported ... he claimed"
  describe('a name stops before where the body sits, at a body\'s field, and before a country\'s adjective describing a noun', () => {
    it.each([
      ['“Sales are weak,” said Jane Roe, an analyst at Norvale Partners Corp. in New York.', [['Norvale Partners Corp.', 'original']]],
      ['“Sales are weak,” said Jane Roe, an analyst at Norvale Partners in London.', [['Norvale Partners', 'original']]],
      // a place that is no state or country may be part of the name
      ['“Sales are weak,” said Jane Roe, an analyst at Norvale Partners in Mayfair.', [['Norvale Partners in Mayfair', 'original']]],
      ['On 3 May, Public Health England’s website said schools could reopen.', [['Public Health England', 'original']]],
      ['Public Health Norvale’s figures show cases rose.', [['Public Health Norvale', 'original']]],
      ['Norvale Devices reported earnings of $2 a share. The company said sales rose.', [['Norvale Devices', 'original']]],
      ['Jane Roe said the port was hit twice. Deadly Russian strikes hit the port overnight. In a later post, he claimed the fires were out.', [['Jane Roe', 'original']]],
      ['Jane Roe said the port was hit twice. Heavy Russian fire was reported near the coast. He claimed the fires were out.', [['Jane Roe', 'original']]],
      // a surname that is a country's adjective, before a verb, is still a name
      ['Jane Roe said sales fell. Judith French said costs rose.', [['Judith French', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The governor of the eastern region of Luhansk, Serhyi Haidai, said": the region's administration, never the place
  describe('a governor of "the eastern region of X" speaks for the region\'s administration', () => {
    it.each([
      ['The governor of the southern region of Norva, Jane Roe, said 12 villages lost power.', [['Norva regional administration', 'original']]],
      ['The governor of the eastern region of Luhansk, Jane Roe, said 12 villages lost power. In a later post, she said repairs had begun.', [['Luhansk regional administration', 'original']]],
      ['The governor of the region of Kharkiv said 12 villages lost power.', [['Kharkiv Regional Military Administration', 'original']]],
      ['The governor of the Kharkiv region, Jane Roe, said 12 villages lost power.', [['Kharkiv Regional Military Administration', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Ukraine's deputy prime minister, Iryna Vereshchuk, appealed to residents to evacuate": an appeal reports, for a
  // known speaker ("appealed the ruling" by an unregistered name is an act)
  describe('"appealed to" reports for a known speaker', () => {
    it.each([
      ["Ukraine's deputy prime minister, Jane Roe, appealed to farmers to register their losses.", [['Cabinet of Ministers of Ukraine', 'original']]],
      ['The mayor of Norvale, Jane Roe, appealed for calm on Monday.', [['Norvale City Council', 'original']]],
      // an appeal against a ruling is a step in a case, by anyone
      ['Jane Roe appealed the ruling on Monday.', []],
      ['Jane Roe said she would fight on. She appealed the verdict on Monday.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // "Yonhap News quoted the Joint Chiefs of Staff of the Republic of Korea (JCS) as saying that", "The JCS said": a
  // country's joint chiefs are its military command, no person "Joint Chiefs", and a quoted body's abbreviation in
  // brackets does not break "quoted ... as saying"
  describe('the Joint Chiefs of Staff are a body of the country, and "X quoted Y (ABC) as saying" relays Y', () => {
    it.each([
      ['Yonhap quoted the Joint Chiefs of Staff of the Republic of Korea (JCS) as saying that two rockets were fired.', [['South Korean Joint Chiefs of Staff', 'original'], ['Yonhap', 'relay']]],
      ['Norva News quoted the Zarya Health Board (ZHB) as saying that two people died.', [['Zarya Health Board', 'original'], ['Norva News', 'relay']]],
      ['SEOUL - North Korea fired a missile on Monday. South Korea said it was a provocation. South Korea and Japan protested. The Joint Chiefs of Staff said the missile flew 400 km.', [['South Korean Joint Chiefs of Staff', 'original']]],
      // with no country to go by, the body as written; a chief of staff is still a person's title
      ['Norva News quoted the Joint Chiefs of Staff as saying that two missiles were fired.', [['Joint Chiefs of Staff', 'original'], ['Norva News', 'relay']]],
      ['White House chief of staff Jane Roe said the missile flew 400 km.', [['White House', 'original']]],
      // the country a story names most may be the one acted on: no "North Korean Joint Chiefs of Staff" the registry lacks
      ['North Korea fired a missile. North Korea said it was a test. North Korea warned Seoul. The Joint Chiefs of Staff said the launch failed.', [['Joint Chiefs of Staff', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 31: patterns that recur across outlets (tuned on set tune31: wire, aggregators of Korean, Russian and Ukrainian copy, business and tech)', () => {
  // "..., his ministry said on Wednesday, according to state-owned news agency TASS": an outlet's describing words,
  // hyphenated or not, lead to its name after "according to", as they do before "reported"
  describe('an outlet described before its name after "according to" is that outlet', () => {
    it.each([
      ['According to state-owned news agency TASS, the plant was ready.', [['TASS', 'original']]],
      ['The plant was ready, the Russian defence ministry said on Wednesday, according to state-owned news agency TASS.', [['Russian Ministry of Defence', 'original'], ['TASS', 'relay']]],
      ['According to the state-run broadcaster Norva TV, the bridge was closed.', [['Norva TV', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Russian Defence Minister Sergei Shoigu has inspected ..., his ministry said": the ministry of the office holder
  // the sentence opens with; "her spokesman said" after a person is that person
  describe('"his ministry", "her office" after a comma is the office the sentence opened with', () => {
    it.each([
      ['Russian Defence Minister Jane Roe has inspected new missiles, her ministry said on Wednesday.', [['Russian Ministry of Defence', 'original']]],
      ['Russian Defence Minister Jane Roe has inspected new missiles, her ministry said, according to news agency TASS.', [['Russian Ministry of Defence', 'original'], ['TASS', 'relay']]],
      ['Jane Roe said the ward was full. She has visited the ward, her spokesman said.', [['Jane Roe', 'original']]],
      // a person alone opens no office
      ['Jane Roe has left the firm, her office said.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "A medical source cited by Anadolu also confirmed", "Jane Roe, cited by Reuters, said": the unnamed speaker's
  // outlet is the source (the claim anonymous); a named speaker is, and the outlet relays her
  describe('a speaker "cited by" or "quoted by" an outlet', () => {
    it.each([
      ['A medical source cited by Anadolu also confirmed the death of a photographer.', [['Anadolu Agency', 'original']]],
      ['The plant was closed, a source cited by Interfax said.', [['Interfax', 'original']]],
      ['Officials quoted by TASS said the plant was closed.', [['TASS', 'original']]],
      ['Jane Roe, cited by Reuters, said the plant was closed.', [['Jane Roe', 'original'], ['Reuters', 'relay']]],
      ['Russian Defence Minister Jane Roe, quoted by TASS, said the plant was closed.', [['Russian Ministry of Defence', 'original'], ['TASS', 'relay']]],
      // the passive still makes its subject the speaker
      ['Jane Roe was quoted by TASS as saying the plant was closed.', [['Jane Roe', 'original'], ['TASS', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "according to the North's official Korean Central News Agency", "Russia's state news agency TASS reported": the
  // outlet an owner's possessive describes, not the owner
  describe('an outlet described after its owner\'s possessive is that outlet', () => {
    it.each([
      ['According to Russia’s state news agency TASS, the drill ended.', [['TASS', 'original']]],
      ['According to China’s official Xinhua news agency, the drill ended.', [['Xinhua', 'original']]],
      ['According to the North’s official Korean Central News Agency (KCNA), it conducted a drill.', [['KCNA', 'original']]],
      // as a subject it was read so before (passes on both)
      ['The drill ended, Russia’s state-run RIA Novosti reported.', [['RIA Novosti', 'original']]],
      // no describing word: the owner's own body, as before (passes on both)
      ['According to Ukraine’s General Staff, the drill ended.', [['General Staff of the Armed Forces of Ukraine', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Latest numbers from Counterpoint Research claim": whose numbers they are, as "figures from" says
  describe('"numbers from" a body are its report', () => {
    it.each([
      ['Latest numbers from Norvale Research claim shipments slipped 3%.', [['Norvale Research', 'original']]],
      // after "according to" it was read so before (passes on both)
      ['Shipments slipped 3%, according to numbers from Counterpoint Research.', [['Counterpoint Research', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Gerasimov thanked the soldiers ..., Reuters and TASS reported": outlets joined in a closing report clause both
  // relay the speaker the sentence opened with
  describe('outlets joined in a closing report clause all relay the speaker', () => {
    it.each([
      ['Jane Roe thanked the soldiers, Reuters and TASS reported.', [['Jane Roe', 'original'], ['Reuters', 'relay'], ['TASS', 'relay']]],
      ['The Russian defence ministry said the drill ended, Reuters and Interfax reported.', [['Russian Ministry of Defence', 'original'], ['Reuters', 'relay'], ['Interfax', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The German FM said", "Iran's FM": the foreign minister's short form speaks for the foreign ministry; a radio
  // station's "FM" after its name stays the station
  describe('"FM" is the foreign minister after a country', () => {
    it.each([
      ['The German FM said the talks failed.', [['German Foreign Office', 'original']]],
      ['Iran’s FM said the talks failed.', [['Iranian Foreign Ministry', 'original']]],
      // passes on both
      ['The talks failed, Zarya FM reported.', [['Zarya FM', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "... a 9.3% loss as of 12:35 p.m. EDT -- given that the company just reported": a clock time's zone is no company
  describe('a time zone after a clock time is no name "the company" looks back for', () => {
    it.each([
      ['Acme Devices stock lost 9% as of 12:35 p.m. EDT, a day after the company reported weak sales.', [['Acme Devices', 'original']]],
      ['On Friday, Acme Devices lost 9% by 0900 GMT before the company reported weak sales.', [['Acme Devices', 'original']]],
      // the shares are no part of the company's name (guards the strip; passes on both)
      ['Shares of Acme Devices lost 9% as of 12:35 p.m. EDT, a day after the company reported weak sales.', [['Acme Devices', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 32: patterns that recur across outlets (tuned on set tune32: wire, Gaza and election copy from South Asian and Turkish outlets, live pages, business)', () => {
  // "... is not correct,” tweeted Ozkan on Monday": the day after an inverted speaker says when he spoke
  describe('a day closes the speaker after an inverted verb', () => {
    it.each([
      ['The plan failed, said Jane Roe on Monday.', [['Jane Roe', 'original']]],
      ['“The plan failed,” tweeted Roe on Tuesday.', [['Roe', 'original']]],
      ['The plan failed, said Jane Roe late on Friday.', [['Jane Roe', 'original']]],
      ['The plan failed, said Jane Roe Monday.', [['Jane Roe', 'original']]],
      // a registered body was read so before (passes on both)
      ['“The plan failed,” said the Kremlin on Friday.', [['Kremlin', 'original']]],
      // a name that is no day stays whole (passes on both)
      ['The plan failed, said Jane Monday-Roe.', [['Jane Monday-Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The health ministry in Hamas-run Gaza said": the place after "in" is whose office it is, as "Gaza's health ministry"
  describe('an office "in" a place is that place\'s office', () => {
    it.each([
      ['The health ministry in Hamas-run Gaza said 14 people were killed.', [['Gaza Health Ministry', 'original']]],
      ['The foreign ministry in Kyiv said the talks had failed.', [['Ministry of Foreign Affairs of Ukraine', 'original']]],
      ['The ministry of health in Lebanon said 14 people were killed.', [['Lebanese Ministry of Health', 'original']]],
      // people in a place are no office (passes on both)
      ['Anglers in Poland said the river was dry.', []],
      // a place the lexicon and the registry do not know keeps the office as written (passes on both)
      ['The health ministry in Norvia said 14 people were killed.', [['health ministry', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "BlackBerry had a weak quarter, reporting Friday that revenue fell": the participle reports for the subject
  describe('"reporting that" after a clause reports for its subject', () => {
    it.each([
      ['Acme Devices had a strong quarter, reporting Tuesday that sales rose 5%.', [['Acme Devices', 'original']]],
      ['Acme Devices raised prices, reporting that demand rose.', [['Acme Devices', 'original']]],
      // a reporter "reporting from" a place reports nothing for the sentence (passes on both)
      ['Jane Roe, reporting from Kyiv, said the bridge was hit.', [['Jane Roe', 'original']]],
      ['The bridge was hit on Monday, with residents reporting heavy damage.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // '"...," the Joint Chiefs of Staff said, as cited by Yonhap news agency. ..., it added.': "it" is who spoke, not the
  // agency relaying it
  describe('a bare "it" after a relayed report is the original, not the relay', () => {
    it.each([
      ['“Norvia launched a missile at dawn,” the Joint Chiefs of Staff said, as cited by Yonhap news agency. South Korea and the US were analysing the flight, it added.', [['Joint Chiefs of Staff', 'original']]],
      ['The plant was closed, the Russian defence ministry said, TASS reported. It added that nobody was hurt.', [['Russian Ministry of Defence', 'original']]],
      // an outlet reporting on its own stays what "it" means (passes on both)
      ['Reuters reported that the plant was closed. It added that nobody was hurt.', [['Reuters', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Yonhap cited South Korea's Joint Chiefs of Staff as the source of the information": as "cited X as saying"
  describe('"cited X as the source" makes X the original and the citer its relay', () => {
    it.each([
      ['Yonhap cited the Joint Chiefs of Staff as the source of the information.', [['Joint Chiefs of Staff', 'original'], ['Yonhap', 'relay']]],
      ['Reuters cited the Kremlin as its source.', [['Kremlin', 'original'], ['Reuters', 'relay']]],
      // a cause named "as the source" of something is no speaker (passes on both)
      ['The report cited drought as the source of the losses.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "As Censor.NET reports with reference to RBC-Ukraine": the site's name holds its domain's stop
  describe('a site named with its domain is one name, no sentence end', () => {
    it.each([
      ['As Zarya.NET reports with reference to Norva-News, the bridge was hit.', [['Norva-News', 'original'], ['Zarya.NET', 'relay']]],
      ['The bridge was hit, Zarya.COM reported.', [['Zarya.COM', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "This is stated in the report of the Institute for the Study of War": whose report it is
  describe('"in the report of X", "in a study by X" name the document\'s publisher', () => {
    it.each([
      ['This is stated in the report of the Institute for the Study of War.', [['Institute for the Study of War', 'original']]],
      ['This is stated in a study by Norvale Institute.', [['Norvale Institute', 'original']]],
      // a report of an event is no publisher's (passes on both)
      ['Officials were named in the report of the committee.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The Kremlin issued a statement on Monday. ..., the statement said": the statement released is its issuer's
  describe('"the statement said" after a body released one is that body', () => {
    it.each([
      ['The Kremlin issued a statement on Monday. The talks failed, the statement said.', [['Kremlin', 'original']]],
      ['Norvale Labs released a statement. The bridge was intact, says the statement.', [['Norvale Labs', 'original']]],
      // a statement quoted since is the quoted body's (passes on both)
      ['The Kremlin said in a statement that talks failed. The statement added that more would come.', [['Kremlin', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "X's assessment claimed", "X issued an assessment claiming", "A report by X claims": a document and its publisher
  describe('an assessment or report and its publisher', () => {
    it.each([
      ['Norvale Institute’s assessment claimed that the bridge was intact.', [['Norvale Institute', 'original']]],
      ['Norvale Institute issued an assessment claiming the bridge was intact.', [['Norvale Institute', 'original']]],
      ['A report by Norvale Institute claims the bridge was intact.', [['Norvale Institute', 'original']]],
      ['A new report from the Institute for the Study of War claims the bridge was intact.', [['Institute for the Study of War', 'original']]],
      // "says" was read so before (passes on both)
      ['A report by Norvale Institute says the bridge was intact.', [['Norvale Institute', 'original']]],
      // an assessment of something is no report of anyone's (passes on both)
      ['The assessment of the damage was slow.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Tokyo has also expressed a “strong protest” over the launch", "Russia expressed its deep concern": a country
  // expressing a stance speaks, as it does when it condemns
  describe('a country or capital expressing a stance speaks', () => {
    it.each([
      ['Tokyo has also expressed a “strong protest” over the launch.', [['Tokyo', 'original']]],
      ['Russia expressed its deep concern over the launch.', [['Russia', 'original']]],
      ['The Kremlin expressed its concern over the launch.', [['Kremlin', 'original']]],
      // a country acting is no source (passes on both)
      ['Japan demanded the release of the crew.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // "However the exact turnout will be officially announced by ECP on Friday": a report still to come names no source
  describe('a report still to come names no source', () => {
    it.each([
      ['The exact turnout will be officially announced by the Kremlin on Friday.', []],
      ['The results will be announced by the Joint Chiefs of Staff on Friday.', []],
      ['The figures are expected to be released by Eurostat next week.', []],
      // a report made is read as before (passes on both)
      ['The results were announced by the Joint Chiefs of Staff on Friday.', [['Joint Chiefs of Staff', 'original']]],
      ['The figures have been released by Eurostat.', [['Eurostat', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // "Analysts had expected revenue of $3.9 billion, according to FactSet. ..., the company said": the data firm gathering
  // the forecasts is no body the story is about, as "analysts surveyed by FactSet" was not
  describe('a data firm closing a sentence of analysts\' forecasts is not "the company"', () => {
    it.each([
      ['Acme Devices beat forecasts. Analysts had expected revenue of $3.9 billion, according to FactSet. Demand in Asia drove the growth, the company said.', [['Acme Devices', 'original']]],
      // a data firm's own report is remembered as before (passes on both)
      ['Acme Devices beat forecasts. Sales rose, according to FactSet. Demand in Asia drove the growth, the company said.', [['FactSet', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // "A team of researchers from the University of Oxford ... According to the researchers, ...": the team introduced
  describe('"according to the researchers" after a team was introduced is that team', () => {
    it.each([
      ['A team of researchers from the University of Oxford has studied 600 people. According to the researchers, risk rose.', [['University of Oxford', 'original']]],
      // with no team introduced, nobody named (passes on both)
      ['According to the researchers, risk rose.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // translated copy's "Jane Roe, deputy leader of the opposition CHP, expressed that the results are not correct"
  describe('"expressed that" states what follows', () => {
    it.each([
      ['Jane Roe, a Norvale Party lawmaker, expressed that the results were wrong.', [['Jane Roe', 'original']]],
      // "that" opening a time is no statement (passes on both)
      ['The hope he expressed that day was real.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 33: patterns that recur across outlets (tuned on set tune33: the 36 articles of round 32, Gaza, Congo, science and election copy)', () => {
  // "The study, published in the prestigious journal The Lancet, involved ...": where a study appeared is no report
  describe('a journal a study appeared in speaks only as the subject of a report', () => {
    it.each([
      ['The study, published in the journal Nature, involved 600 people.', []],
      ['Three projects have found low rates in studies published in Nature and Science, two top journals.', []],
      ['The findings were published in Science.', []],
      // the study's journal reporting it is read as before (passes on both)
      ['A 2024 study published in The Lancet Infectious Diseases found that risk rose.', [['The Lancet Infectious Diseases', 'original']]],
      ['The study, published in Nature, found that risk rose.', [['Nature', 'original']]],
      ['A study by Harvard researchers, published in The BMJ, found that risk rose.', [['Harvard', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "the recent announcement by Congo’s health ministry", "Congo’s Health Minister, Dr. Jane Roe,": a country the
  // lexicon lacked gave the country, or a countryless "Ministry of Health"
  describe('Congo\'s offices are the Congolese bodies', () => {
    it.each([
      ['This follows the announcement by Congo’s health ministry, confirming 32 cases.', [['Ministry of Health of the Democratic Republic of the Congo', 'original']]],
      ['Congo’s Health Minister, Dr. Jane Roe, emphasized the risks.', [['Ministry of Health of the Democratic Republic of the Congo', 'original']]],
      ['Congolese President Jane Roe said the talks failed.', [['Congolese presidency', 'original']]],
      // a river named after the country is no body (passes on both)
      ['The Congo River flooded, residents said.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "the Hamas health ministry spokesman told AFP", "Hamas health minister Jane Roe warned": the movement's ministry
  // is Gaza's, and a registered ministry's words with its holder's title ("... health minister") are that ministry
  describe('a ministry named by who runs it, and its minister', () => {
    it.each([
      ['Four people were killed, the Hamas health ministry spokesman told AFP.', [['Gaza Health Ministry', 'original'], ['Agence France-Presse', 'relay']]],
      ['Hamas health minister Jane Roe warned that the hospitals were full.', [['Gaza Health Ministry', 'original']]],
      ['Gaza health minister Jane Roe said 13 people were killed.', [['Gaza Health Ministry', 'original']]],
      // the movement's own leader speaks for the movement (passes on both)
      ['The Hamas leader said the talks failed.', [['Hamas', 'original']]],
      // an unregistered party's minister is the person, as before (passes on both)
      ['Norvale Party health minister Jane Roe said the plan failed.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The Gaza Civil Defence Agency had earlier said" gave "Agency"; "Gaza's civil defense agency said" gave nothing
  describe('Gaza\'s civil defence agency, however written', () => {
    it.each([
      ['The Gaza Civil Defence Agency had earlier said 21 people were killed.', [['Gaza Civil Defence', 'original']]],
      ['Gaza’s civil defense agency said 13 people were killed.', [['Gaza Civil Defence', 'original']]],
      // the name written whole was read so before (passes on both)
      ['Gaza Civil Defence said 13 people were killed.', [['Gaza Civil Defence', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "An AFP journalist saw air strikes hit ...", "AFPTV footage from Deir el-Balah showed ...": the outlet's own reporting
  describe('an outlet\'s journalist and footage report for the outlet', () => {
    it.each([
      ['An AFP journalist saw air strikes hit the city.', [['Agence France-Presse', 'original']]],
      ['An AFP journalist said air strikes hit the city.', [['Agence France-Presse', 'original']]],
      ['A Reuters journalist witnessed the arrest.', [['Reuters', 'original']]],
      ['AFPTV footage showed three vehicles.', [['Agence France-Presse', 'original']]],
      ['AFPTV footage from Deir el-Balah showed three vehicles.', [['Agence France-Presse', 'original']]],
      // pictures nobody's outlet took, and a security camera's, name no source (pass on both)
      ['Drone footage showed three vehicles.', []],
      ['Footage from Deir el-Balah showed three vehicles.', []],
      ['CCTV footage showed three vehicles.', []],
      // seeing is no report but an outlet's journalist's (passes on both)
      ['Jane Roe saw the strike.', []],
      ['A local journalist saw the strike.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Member for New England, Barnaby Joyce, said" gave "for New England": what a title is for is no name
  describe('a title\'s "for" names a seat or an employer, no person', () => {
    it.each([
      ['Member for New England, Barnaby Joyce, said the plan worked.', [['Barnaby Joyce', 'original']]],
      // the holder written straight after the title was read so before (passes on both)
      ['Member for New England Barnaby Joyce said the plan worked.', [['Barnaby Joyce', 'original']]],
      ['The Member for New England said the plan worked.', []],
      ['Spokesman for Acme, Jane Roe, said the plan worked.', [['Acme', 'original']]],
      // a title of a ministry or a state's office is read as before (pass on both)
      ['Minister for Digital Affairs, Jane Roe, said the plan worked.', [['Ministry of Digital Affairs', 'original']]],
      ['Secretary of State Rex Tillerson said the plan worked.', [['U.S. Department of State', 'original']]],
      ['Head of Norvale Bank, Jane Roe, said the plan worked.', [['Norvale Bank', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "... 41.85 percent ... as compared to 42.5 percent announced by Turkey’s state-run Anadolu News agency" made
  // Anadolu a relay of the electoral council: a number an outlet gave is its own report
  describe('a figure "announced by" an outlet is the outlet\'s own', () => {
    it.each([
      ['Acme Polling said the party won 41.85 percent as compared to 42.5 percent announced by Anadolu.', [['Acme Polling', 'original'], ['Anadolu Agency', 'original']]],
      ['The ministry said turnout was 41%, against 38% reported by Reuters.', [['ministry', 'original'], ['Reuters', 'original']]],
      // the outlet passing on the report or a figure the sentence gave still relays it (pass on both)
      ['The ministry said the vote was valid, as reported by Reuters.', [['ministry', 'original'], ['Reuters', 'relay']]],
      ['The ministry said 40 people died, a figure reported by Reuters.', [['ministry', 'original'], ['Reuters', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "..., CNN Türk news reported." named nobody: the broadcaster was missing from the registry
  describe('CNN Türk is a broadcaster', () => {
    it.each([
      ['The parties want a recount, CNN Türk news reported.', [['CNN Türk', 'original']]],
      ['The parties want a recount, CNN Turk reported.', [['CNN Türk', 'original']]],
      // CNN stays CNN (passes on both)
      ['The parties want a recount, CNN reported.', [['CNN', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "It prompted Ukrainian foreign minister Dmytro Kuleba to warn: ..." named nobody: "to warn" read as a purpose
  describe('the one a causing verb moves to speak is the speaker', () => {
    it.each([
      ['It prompted Ukrainian foreign minister Dmytro Kuleba to warn: “Stay away.”', [['Ministry of Foreign Affairs of Ukraine', 'original']]],
      ['It prompted Jane Roe to warn that prices would rise.', [['Jane Roe', 'original']]],
      ['The decision led Acme to announce that prices would rise.', [['Acme', 'original']]],
      // a purpose after "to" reports nothing (pass on both)
      ['Acme hired Jane Roe to inform staff.', []],
      ['The decision led to calls for a recount.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "European agriculture official Jane Roe said" gave the person: a country's adjective and a domain before
  // "official" name that domain's body, the EU's being the Commission
  describe('a country\'s domain official speaks for the body of the domain', () => {
    it.each([
      ['European agriculture official Jane Roe said the scheme worked.', [['European Commission', 'original']]],
      ['Russian defence official Jane Roe said the scheme worked.', [['Russian Ministry of Defence', 'original']]],
      ['Ukrainian foreign affairs official Jane Roe said the scheme worked.', [['Ministry of Foreign Affairs of Ukraine', 'original']]],
      // no domain, or one no government has, keeps the person (pass on both)
      ['Russian official Jane Roe said the scheme worked.', [['Jane Roe', 'original']]],
      ['Russian football official Jane Roe said the scheme worked.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "However, CEC Awal said" gave "CEC Awal": South Asian copy abbreviates the Chief Election Commissioner's title
  describe('"CEC" before a surname is a title', () => {
    it.each([
      ['However, CEC Awal said at a briefing that turnout was 40 percent.', [['Awal', 'original']]],
      // the commission's own abbreviation is read as before (pass on both)
      ['The CEC said turnout was 40 percent.', [['The CEC', 'original']]],
      ['Ukraine’s CEC said turnout was 40 percent.', [['CEC', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Israel's army denied ... An army spokesperson told AFP" kept "Israel's army" as written: the registry writes
  // "Israel's military"; "army" is the same body, as "minister" is his ministry's ("Hamas health minister")
  describe('a country\'s army is its registered military', () => {
    it.each([
      ['Israel’s army denied the report.', [['Israel Defense Forces', 'original']]],
      ['North Korea’s army said the town fell.', [['Korean People\'s Army', 'original']]],
      // a body whose own name ends in "Army" stays itself (passes on both)
      ['The Salvation Army said the shelters were full.', [['The Salvation Army', 'original']]],
      // the alias written so was read before (passes on both)
      ['The Israeli army denied the report.', [['Israel Defense Forces', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "..., but the study's findings suggest that ..." named nobody after the team was introduced: a document's
  // findings speak as "the study found" does
  describe('"the study\'s findings" speak as the study does', () => {
    it.each([
      ['Researchers from the University of Oxford studied 600 people. The study’s findings suggest that risk rose.', [['University of Oxford', 'original']]],
      ['Researchers from the University of Oxford studied 600 people. Smoking is known to harm, but the study’s findings suggest that it is worse.', [['University of Oxford', 'original']]],
      // with no study introduced, nobody (passes on both)
      ['The study’s findings suggest that risk rose.', []],
      // "the report's data" was read so before (passes on both)
      ['Acme released a report. The report’s data show that sales rose.', [['Acme', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "A team of researchers from the University of Oxford and the University of Cambridge has made a monumental
  // discovery" named nobody, and "the team" later meant Oxford alone
  describe('a team that made a discovery reports it, and every body it was introduced from is the team', () => {
    it.each([
      ['A team of researchers from the University of Oxford and the University of Cambridge has made a monumental discovery in the field.', [['University of Oxford', 'original'], ['University of Cambridge', 'original']]],
      ['Researchers at Harvard made a breakthrough in battery design.', [['Harvard', 'original']]],
      ['Researchers from the University of Oxford and the University of Cambridge studied 600 people. The team found a link.', [['University of Oxford', 'original'], ['University of Cambridge', 'original']]],
      // an unnamed finder, and a discovery made by someone in a passive, name nobody (pass on both)
      ['Police made a grim discovery on Monday.', []],
      ['The discovery was made by Acme engineers.', []],
      // what follows "and" that is no body leaves the team as it was (passes on both)
      ['Researchers from the University of Oxford and their families studied 600 people. The team found a link.', [['University of Oxford', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Putin is said to be “furious” ..., with Ukrainian intelligence reportedly claiming that ..." named nobody: the
  // one after "with" says what the gerund reports; "Ukrainian intelligence" is the defence intelligence directorate
  describe('"with X claiming that" makes X the speaker', () => {
    it.each([
      ['Putin is said to be furious, with Ukrainian intelligence reportedly claiming that he fired a general.', [['Defence Intelligence of Ukraine', 'original']]],
      ['Putin is furious, with the Kremlin claiming that he fired a general.', [['Kremlin', 'original']]],
      ['Ukrainian intelligence said that he fired a general.', [['Defence Intelligence of Ukraine', 'original']]],
      // nobody named after "with", or no report, names no source (pass on both)
      ['Prices rose, with analysts saying that demand was strong.', []],
      ['The plant closed, with workers warning of layoffs.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 34: patterns that recur across outlets (tuned on set tune34: 13 articles of wire, aggregator, business, tech, health, live-blog and press-release copy)', () => {
  function lastClaim(text: string): { sources: Array<[string, string]>; anonymous: boolean } {
    const claims = analyze(text, registry).claims;
    const claim = claims[claims.length - 1];
    return { sources: claim.sources.map((s) => [s.name, s.role]), anonymous: claim.anonymous === true };
  }

  // "On Monday, Saudi Arabia, Bahrain, Egypt and the United Arab Emirates announced": the list's last name with its
  // article, or a phrase the sentence opens with, gave the last two names only
  describe('every name of a comma list speaks, the last with its article, after an opening phrase', () => {
    it.each([
      ['Saudi Arabia, Bahrain, Egypt and the United Arab Emirates said they had cut ties with Qatar.', [['Saudi Arabia', 'original'], ['Bahrain', 'original'], ['Egypt', 'original'], ['United Arab Emirates', 'original']]],
      ['On Monday, Egypt, Bahrain, Jordan and Oman announced that they had cut ties with Qatar.', [['Egypt', 'original'], ['Bahrain', 'original'], ['Jordan', 'original'], ['Oman', 'original']]],
      // a list without the article, and two names joined by "and", were read so before (pass on both)
      ['Target, Costco and Kroger said prices would rise.', [['Target', 'original'], ['Costco', 'original'], ['Kroger', 'original']]],
      ['On Monday, Jordan and Oman announced that they had cut ties with Qatar.', [['Jordan', 'original'], ['Oman', 'original']]],
      ['Johnson and Johnson said prices would rise.', [['Johnson and Johnson', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Spokesman of Foreign Ministry of Iran Bahram Ghasemi also reacted to the measure, voicing concern over ..."
  // named nobody: a participle of a stated stance after a comma reports, as "voiced concern" does
  describe('"..., voicing concern", "..., expressing hope that" report for the subject', () => {
    it.each([
      ['The Kremlin reacted to the measure, voicing concern over the developments.', [['Kremlin', 'original']]],
      ['Spokesman of Foreign Ministry of Iran Jane Roe also reacted to the measure, voicing concern over the developments.', [['Iranian Foreign Ministry', 'original']]],
      // a participle without its stance reports nothing (passes on both)
      ['Jane Roe left the room, voicing nothing.', []],
      // "voiced concern" was read so before (passes on both)
      ['The Kremlin voiced concern over the developments.', [['Kremlin', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "the Kyodo news agency quoted one of the Japanese ship's crew members as saying" made Kyodo a relay of nobody;
  // "Yonhap News Agency cited an unnamed source as saying ..., Reuters reported" made Reuters the original
  describe('a quoter of someone it does not name is the original, and the claim anonymous', () => {
    it.each([
      ['Kyodo quoted one of the ship’s crew members as saying that the ship sank.', [['Kyodo News', 'original']], true],
      ['Kyodo quoted a crew member as saying that the ship sank.', [['Kyodo News', 'original']], true],
      ['Yonhap News Agency cited an unnamed source as saying that Choe was executed, Reuters reported.', [['Yonhap', 'original'], ['Reuters', 'relay']], true],
      // a named speaker quoted is the original, the quoter relays (pass on both)
      ['Kyodo quoted the Japan Coast Guard as saying that the ship sank.', [['Japan Coast Guard', 'original'], ['Kyodo News', 'relay']], false],
      ['TASS quoted Sergei Ryabkov as saying that talks failed.', [['Sergei Ryabkov', 'original'], ['TASS', 'relay']], false],
    ] as Array<[string, Array<[string, string]>, boolean]>)('%s', (text, sources, anonymous) => {
      expect(lastClaim(text)).toEqual({ sources, anonymous });
    });
  });

  // "..., the semi-official Mehr news agency reported on Wednesday" kept Mehr an original beside the minister
  describe('an outlet described as semi-official, state-controlled or pro-government relays what it closes', () => {
    it.each([
      ['Iran’s foreign minister said ties were the top priority, the semi-official Mehr news agency reported on Wednesday.', [['Iranian Foreign Ministry', 'original'], ['Mehr News Agency', 'relay']]],
      ['The ministry said 3 envoys were summoned, the state-controlled IRNA news agency reported.', [['ministry', 'original'], ['IRNA', 'relay']]],
      // "state-run" was read so before (passes on both)
      ['The ministry said 3 envoys were summoned, the state-run IRNA news agency reported.', [['ministry', 'original'], ['IRNA', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "the Japanese fishing boat, called the No. 7 Daitokumaru, were hit" made the boat's name a speaker
  describe('"X, called the Name," is what X is called, no speech act', () => {
    it.each([
      ['Jane Roe said the mast of the boat, called the No. 7 Daitokumaru, was hit.', [['Jane Roe', 'original']]],
      ['The boat, called the Daitokumaru, was hit.', []],
      // a speech act after a relative clause still reports (pass on both)
      ['Jane Roe, who arrived on Monday, called the move illegal.', [['Jane Roe', 'original']]],
      ['Jane Roe, who arrived on Monday, called on NATO to act.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Yuko Kumagai, a spokeswoman for the Japan coast guard, said" gave "Japan"; "The Japan coast guard said" nobody
  describe('a country\'s name before a state body\'s lower-case words names the body', () => {
    it.each([
      ['Jane Roe, a spokeswoman for the Japan coast guard, said the mast was hit.', [['Japan coast guard', 'original']]],
      ['The Japan coast guard said the mast was hit.', [['Japan coast guard', 'original']]],
      // the country alone, the name capitalised and the possessive were read so before (pass on both)
      ['Jane Roe, a spokeswoman for Japan, said the mast was hit.', [['Japan', 'original']]],
      ['Jane Roe, a spokeswoman for the Japan Coast Guard, said the mast was hit.', [['Japan Coast Guard', 'original']]],
      ['Japan’s coast guard said the mast was hit.', [['Japan’s coast guard', 'original']]],
      ['Japan Airlines said the flight was cancelled.', [['Japan Airlines', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Japan demanded ..., a Foreign Ministry official said on condition of anonymity. Japan has not received a reply
  // from Moscow, he said." gave the coast guard's spokeswoman quoted two sentences before
  describe('"he" after an unnamed person spoke is no person named before', () => {
    it.each([
      ['Jane Roe said the boat was hit. Japan demanded an explanation, a Foreign Ministry official said on condition of anonymity. Japan has not received a reply, he said.', []],
      ['Jane Roe said the boat was hit. Japan demanded an explanation, an official said. Japan has not received a reply, he said.', []],
      // unnamed people ("officials") and a surname still point back as before (pass on both)
      ['Jane Roe said the boat was hit. Officials said Japan demanded an explanation. Japan has not received a reply, she said.', [['Jane Roe', 'original']]],
      ['Jane Roe said the boat was hit. An official said Japan demanded an explanation. Japan has not received a reply, Roe said.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "..., the country’s maritime safety department told TASS" named only TASS: "the country's" body is the state's
  describe('"the country\'s" body is that of the country named before', () => {
    it.each([
      ['The authorities of Japan are looking into the collision, the country’s foreign ministry told TASS.', [['Japanese Foreign Ministry', 'original'], ['TASS', 'relay']]],
      ['The authorities of Japan are looking into the collision, the country’s maritime safety department told TASS.', [['maritime safety department', 'original'], ['TASS', 'relay']]],
      ['The ships collided, the country’s health ministry said.', [['health ministry', 'original']]],
      // what is no state body names nobody, as before (passes on both)
      ['The country’s largest bank said profits rose.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Chairman of the Iranian Parliament's National Security and Foreign Policy Committee Alaeddin Boroujerdi said"
  // gave the magazine Foreign Policy, with "Committee Alaeddin Boroujerdi" as its person
  describe('a registered name followed by a body\'s head word is part of a longer body\'s name', () => {
    it.each([
      ['Chairman of the National Security and Foreign Policy Committee Jane Roe said the visit caused tension.', [['National Security and Foreign Policy Committee', 'original']]],
      // the outlet alone, and the name before a committee with no person after it, are read as before (pass on both)
      ['Foreign Policy reported that the visit caused tension.', [['Foreign Policy', 'original']]],
      ['Chairman of the Foreign Policy Committee said the visit caused tension.', [['Foreign Policy Committee', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The General Staff of the Armed Forces of Ukraine also did not rule out that ..." named nobody: "did" and "does"
  // stand between a subject and its verb as "has" does
  describe('"did not rule out", "does not rule out" state a position', () => {
    it.each([
      ['The Kremlin did not rule out that talks could resume.', [['Kremlin', 'original']]],
      ['The Kremlin does not rule out talks.', [['Kremlin', 'original']]],
      ['The Kremlin did say that talks could resume.', [['Kremlin', 'original']]],
      // a report denied is none, and "has not ruled out" was read so before (pass on both)
      ['The Kremlin did not say whether talks could resume.', []],
      ['The Kremlin has not ruled out talks.', [['Kremlin', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "“The suspects are now in custody,” Kamçı said to TGRT" left the outlet out: "said to" an outlet is "told" it
  describe('"said to" an outlet makes the outlet a relay', () => {
    it.each([
      ['Jane Roe said to Reuters that the suspects were in custody.', [['Jane Roe', 'original'], ['Reuters', 'relay']]],
      ['“The suspects are in custody,” Jane Roe said to the Kyiv Post.', [['Jane Roe', 'original'], ['Kyiv Post', 'relay']]],
      // an audience that is no outlet relays nothing (pass on both)
      ['Jane Roe said to reporters that the suspects were in custody.', [['Jane Roe', 'original']]],
      ['The plan, Jane Roe said to applause, would work.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "a new study published today in JAMA Network Open estimated that ..." named nobody: the day between the verb
  // and the journal broke "published in"
  describe('"published today in", "published on Monday in" name the journal as "published in" does', () => {
    it.each([
      ['A new study published today in JAMA Network Open estimated that millions of people had dementia.', [['JAMA Network Open', 'original']]],
      ['A study published on Monday in The Lancet found that risk rose.', [['The Lancet', 'original']]],
      // the journal a study appeared in reports nothing but as the subject's, a team's study stays the team's, and
      // "published in" was read so before (pass on both)
      ['The study, published today in Nature, involved 600 people.', []],
      ['A study by Harvard researchers, published today in The BMJ, found that risk rose.', [['Harvard', 'original']]],
      ['A study published in The Lancet found that risk rose.', [['The Lancet', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Chinese President Xi Jinping called for all-out search and rescue efforts, said the agency." left Xinhua out:
  // "the agency" took the president's government, named in the same sentence
  describe('"the agency" is never a whole government', () => {
    it.each([
      ['The official Xinhua News Agency reported the quake. Chinese President Xi Jinping called for all-out rescue efforts, said the agency.', [['Chinese government', 'original'], ['Xinhua', 'relay']]],
      ['The official Xinhua News Agency reported the quake. Chinese President Xi Jinping called for all-out rescue efforts, the agency said.', [['Chinese government', 'original'], ['Xinhua', 'relay']]],
      // a government agency named before is still "the agency" (passes on both)
      ['The Environmental Protection Agency said the river was polluted. Three fish died, the agency said.', [['The Environmental Protection Agency', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The earthquake, which was logged as magnitude 5.9 by the US Geological Survey and magnitude 6.2 by Xinhua,"
  // named nobody: who measured a figure reports it, each "by" of the clause one
  describe('who logged, recorded or measured a figure reports it', () => {
    it.each([
      ['The earthquake, which was logged as magnitude 5.9 by the US Geological Survey and magnitude 6.2 by Xinhua, struck in Gansu province.', [['U.S. Geological Survey', 'original'], ['Xinhua', 'original']]],
      ['The earthquake was recorded at magnitude 5.9 by the US Geological Survey.', [['U.S. Geological Survey', 'original']]],
      ['The company was rated B by Moody’s.', [['Moody\'s', 'original']]],
      // a recording that is no figure, and a manner after "by", name nobody (pass on both)
      ['The song was recorded in 1999 by the Beatles.', []],
      ['The vote was recorded by hand.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "the country’s maritime safety department told TASS. ... According to its information, survivors ..." named
  // nobody: "its" before a body's data speaks for the body quoted before, as "according to it" does
  describe('"according to its information", "according to its data" recall the body quoted before', () => {
    it.each([
      ['The Japan Coast Guard said the ships collided. According to its information, survivors have been taken to the shore.', [['The Japan Coast Guard', 'original']]],
      ['Acme said the ships collided. Survivors have been taken to the shore, according to its latest estimates.', [['Acme', 'original']]],
      // what a body owns that is no report, and "its" with nobody quoted, name nobody (pass on both)
      ['The Japan Coast Guard said the ships collided. According to its rules, survivors must be taken to the shore.', []],
      ['According to its information, survivors have been taken to the shore.', []],
      // "according to it" was read so before (passes on both)
      ['The Japan Coast Guard said the ships collided. According to it, survivors have been taken to the shore.', [['The Japan Coast Guard', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "According to the firm's monthly smartphone tracker, it was the highest ..." named nobody: a market researcher's
  // tracker is its data
  describe('a market researcher\'s tracker is its data', () => {
    it.each([
      ['Counterpoint Research said sales grew. According to the firm’s monthly smartphone tracker, growth was the highest in three years.', [['Counterpoint Research', 'original']]],
      ['Acme Corp said sales grew. According to the company’s tracker, growth was the highest in three years.', [['Acme Corp', 'original']]],
      // "the company's data" was read so before (passes on both)
      ['Acme Corp said sales grew. According to the company’s data, growth was the highest in three years.', [['Acme Corp', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 35: patterns that recur across outlets (tuned on set tune35: 12 articles of wire, aggregator, business, broadsheet, tabloid and science copy)', () => {
  // "The Armed Forces Philippines (AFP) announced ..." and "AFP chief of staff General Jane Roe" gave Agence
  // France-Presse: a sentence-opening "The" hid the definition, and a name spelled out before the abbreviation is
  // what the abbreviation means in that article
  describe('an abbreviation the article defines or spells out is that body, not the registered one', () => {
    it.each([
      ['The Armed Forces Philippines (AFP) announced there is no ceasefire with the rebels.', [['The Armed Forces Philippines', 'original']]],
      ['The Armed Forces Philippines (AFP) said the rebels attacked. “There is no ceasefire,” AFP spokesman Jane Roe said.', [['The Armed Forces Philippines', 'original']]],
      ['The Armed Forces of the Philippines said on Sunday that the rebels attacked. “There is no ceasefire,” AFP spokesman Jane Roe said.', [['Armed Forces of the Philippines', 'original']]],
      // the registered body's own name spelled out, or none, keeps the registry's meaning (pass on both)
      ['Agence France-Presse reported the strike. AFP said 3 people died.', [['Agence France-Presse', 'original']]],
      ['The Associated Press reported the strike. AP said 3 people died.', [['Associated Press', 'original']]],
      ['Police said 3 people died, AFP reported.', [['Agence France-Presse', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Thomson Reuters said it intends to purchase ..." credited the news agency, and "according to Thomson Reuters
  // I/B/E/S." gave "Thomson Reuters I" and took the wire's sign-off after it into the claim
  describe('Thomson Reuters is the company, not the agency, and its slashed product name ends the name and the sentence', () => {
    it.each([
      ['Thomson Reuters said it would buy back up to 10 million shares.', [['Thomson Reuters', 'original']]],
      ['Analysts had expected $3.11 a share, according to Thomson Reuters I/B/E/S.', [['Thomson Reuters', 'original']]],
      // the agency's own copy is still the agency's (passes on both)
      ['Russia launched drones on Monday, Reuters reported.', [['Reuters', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
    it('cuts a sign-off glued after a slashed abbreviation off the claim', () => {
      const claims = analyze('Analysts had expected $3.11 a share, according to Thomson Reuters I/B/E/S. (Reporting by Jane Roe; Editing by John Doe)', registry).claims;
      expect(claims.map((c) => c.text)).toEqual(['Analysts had expected $3.11 a share, according to Thomson Reuters I/B/E/S.']);
    });
  });

  // "A Chinese Foreign Ministry spokesperson on Monday said ... He said it is hoped ..." named nobody: the body's
  // unnamed holder is whom "he" means next
  describe('"he" after a body\'s unnamed spokesperson is that body', () => {
    it.each([
      ['A Chinese Foreign Ministry spokesperson said on Monday that talks will go on. He said the sides were close.', [['Chinese Foreign Ministry', 'original']]],
      ['A Pentagon spokesman said on Monday that talks will go on. He said the sides were close.', [['U.S. Department of Defense', 'original']]],
      // a named holder, another speaker, or a body with no holder (pass on both)
      ['Pentagon spokesman John Kirby said on Monday that talks will go on. He said the sides were close.', [['U.S. Department of Defense', 'original']]],
      ['Jane Roe said on Monday that a Pentagon spokesman agreed. He said the sides were close.', [['Jane Roe', 'original']]],
      ['The Pentagon said on Monday that talks will go on. He said the sides were close.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Kyiv Oblast Governor Oleksiy Kuleba wrote" gave an unregistered "Kyiv regional administration"; "near Mariupol,
  // the city's mayor has said" and "in Russia's Belgorod region, said regional governor Jane Roe" named nobody
  describe('a governor or mayor speaks for the registered administration of the region or city the sentence names', () => {
    it.each([
      ['Kyiv Oblast Governor Oleksiy Kuleba wrote on Telegram that air defenses were operating.', [['Kyiv Regional Military Administration', 'original']]],
      ['A third mass grave has been found near Mariupol, the city’s mayor has said.', [['Mariupol City Council', 'original']]],
      ['An ammunition depot is on fire in a village in Russia’s Belgorod region, said regional governor Jane Roe on her Telegram.', [['Belgorod regional administration', 'original']]],
      ['Shelling hit the Kharkiv region on Monday, the region’s governor, Oleh Synehubov, said.', [['Kharkiv Regional Military Administration', 'original']]],
      ['Two men were killed in the southern city of Kherson, the regional governor said.', [['Kherson Regional Military Administration', 'original']]],
      // a governor or mayor of no place named, a state's governor, and a mayor with the city named (pass on both)
      ['The governor said 3 people died.', []],
      ['In Texas, the governor said 3 people died.', []],
      ['Kyiv Mayor Vitali Klitschko said 3 people died.', [['Kyiv City Council', 'original']]],
      ['The mayor of Mariupol said 3 people died.', [['Mariupol City Council', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
    it('keeps the holder named after the title', () => {
      expect(lastPerson('An ammunition depot is on fire in a village in Russia’s Belgorod region, said regional governor Jane Roe on her Telegram.')).toBe('Jane Roe');
      expect(lastPerson('Shelling hit the Kharkiv region on Monday, the region’s governor, Oleh Synehubov, said.')).toBe('Oleh Synehubov');
    });
  });

  // "the UN health agency said" gave the United Nations
  describe('the UN\'s health and food agencies are WHO and WFP', () => {
    it.each([
      ['The UN health agency said 3 people died.', [['World Health Organization', 'original']]],
      ['The U.N. health agency said 3 people died.', [['World Health Organization', 'original']]],
      ['The UN food agency said 3 million people need aid.', [['World Food Programme', 'original']]],
      // the refugee agency was registered before (passes on both)
      ['The UN refugee agency said 3 people died.', [['UNHCR', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // a page's breadcrumb repeating the headline ("1. Home 2. War 3. <headline>"), and a notice that the site is closed
  // to the reader's country, were reported as claims
  describe('page furniture: a breadcrumb repeating the headline, a site closed to the reader\'s country', () => {
    it.each([
      ['Klitschko: Kyiv is under drone attack\n\n  1. Home\n  2. War\n  3. Klitschko: Kyiv is under drone attack\n\nThe General Staff said 11 drones were shot down over the capital.\n', ['The General Staff said 11 drones were shot down over the capital.']],
      ['Our website is temporarily unavailable in your location.\n\nThe General Staff said 11 drones were shot down over the capital.\n', ['The General Staff said 11 drones were shot down over the capital.']],
      // a numbered item that is no headline stays (passes on both)
      ['Klitschko: Kyiv is under drone attack\n\n3. The General Staff said 11 drones were shot down over the capital.\n', ['3. The General Staff said 11 drones were shot down over the capital.']],
    ] as Array<[string, string[]]>)('%s', (text, expected) => {
      expect(analyze(text, registry).claims.map((c) => c.text)).toEqual(expected);
    });
  });
  // "Following the incident, Essex Police issued a statement ... A police spokesperson said:" named nobody: a force
  // named by its own name ("Essex Police", "Thames Valley Police") is whom a bare "police" means next
  describe('"a police spokesperson" after a force named by its own name is that force', () => {
    it.each([
      ['Following the incident in court, Essex Police issued a statement. A police spokesperson said a 28-year-old man had been arrested.', [['Essex Police', 'original']]],
      ['Officers from Thames Valley Police attended the scene. A police spokesman said two people were hurt.', [['Thames Valley Police', 'original']]],
      // a police station's name is no force (passes on both)
      ['The man was taken to Mayfair Police Station. A police spokesman said two people were hurt.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Wolfe, who has a rating of attractive with a 12-month price target of $64 a share on UPS, said" named nobody:
  // a relative clause between commas may run longer than an appositive
  describe('a long relative clause between a speaker and the verb leaves the speaker', () => {
    it.each([
      ['Jane Roe, an analyst at Norvale Capital, said sales rose. Roe, who has a rating of attractive with a 12-month price target of $64 a share on UPS, said the stock would rise.', [['Norvale Capital', 'original']]],
      // a short one was read so before (passes on both)
      ['Jane Roe, an analyst at Norvale Capital, said sales rose. Roe, who has a rating of attractive, said the stock would rise.', [['Norvale Capital', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // "Kyiv's military administration confirmed ..." gave "Kyiv's military administration": a place's possessive and a
  // body's lower-case words are the body the registry names with them
  describe('"<Place>\'s military administration" is the registered "<Place> Military Administration"', () => {
    it.each([
      ['Kyiv’s military administration said 3 people died.', [['Kyiv City Military Administration', 'original']]],
      // a company's department is none (passes on both)
      ['Acme’s sales department said 3 stores closed.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "IDC listed Xiaomi's year-over-year growth at 27.4 percent" named nobody: a name putting a figure on something
  describe('a name that "listed" or "pegged" something at a figure reports it', () => {
    it.each([
      ['IDC listed Xiaomi’s year-over-year growth at 27.4 percent.', [['International Data Corporation', 'original']]],
      ['The IMF pegged global growth at 3.1 percent for next year.', [['International Monetary Fund', 'original']]],
      // a listing, and a participle, report nothing (pass on both)
      ['Acme listed its shares in London on Monday.', []],
      ['Shares listed at $5 rose on Monday.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Kamçı said to TGRT" named no relay: the Turkish broadcaster registered
  describe('TGRT (TGRT Haber) is a registered outlet', () => {
    it.each([
      ['“The suspects are now in custody,” Jane Roe said to TGRT.', [['Jane Roe', 'original'], ['TGRT', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // "[SEOUL] ... on Saturday and were found in the Yellow Sea, Seoul-based news agency Yonhap reported" named nobody:
  // the comma before "Seoul-based" was read as the one inside "Sunnyvale, Calif.-based"
  describe('a place\'s "-based" after a comma opens a new phrase unless a state follows the comma', () => {
    it.each([
      ['Two men defected on Saturday, Seoul-based news agency Yonhap reported.', [['Yonhap', 'original']]],
      ['Two men defected and were found in the Yellow Sea, Seoul-based news agency Yonhap reported.', [['Yonhap', 'original']]],
      // a descriptor with "the" was read so before (passes on both)
      ['Two men defected on Saturday, the Seoul-based Yonhap news agency reported.', [['Yonhap', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "said in a text message received by Reuters that ..." named no relay
  describe('"in a text message received by X", "in a statement seen by X": the outlet relays the speaker', () => {
    it.each([
      ['South Korea’s Unification Ministry said in a text message received by Reuters that the envoy had not been seen.', [['South Korean Ministry of Unification', 'original'], ['Reuters', 'relay']]],
      ['Acme said in a statement seen by Bloomberg that prices would rise.', [['Acme', 'original'], ['Bloomberg', 'relay']]],
      // "carried by" was read so before, and an email received by customers relays nothing (pass on both)
      ['The Pentagon said in a statement carried by Reuters that 3 ships sailed.', [['U.S. Department of Defense', 'original'], ['Reuters', 'relay']]],
      ['Acme said in an email received by customers that prices would rise.', [['Acme', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 36: patterns that recur across outlets (tuned on set tune36: 10 articles of wire, broadsheet, health, tech and aggregator copy)', () => {
  // "Sussex Police said ... Superintendent Marc Clothier said:" gave "Superintendent Marc Clothier": a police rank is
  // no part of a name, and its holder speaks for the force the story named
  describe('a police rank before a name speaks for the force the story named', () => {
    it.each([
      ['Sussex Police said a man had been arrested. Superintendent Marc Clothier said the girl was safe.', [['Sussex Police', 'original']]],
      ['Officers from Thames Valley Police attended the scene. Detective Chief Inspector Jane Roe said two people were hurt.', [['Thames Valley Police', 'original']]],
      ['Superintendent Jane Roe said the girl was safe.', [['Jane Roe', 'original']]],
      ['Detective Jane Roe said the girl was safe.', [['Jane Roe', 'original']]],
      // another office after the rank's word is no rank (passes on both)
      ['Sussex Police said a man had been arrested. Inspector General Jane Roe said the audit would go on.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
    it('keeps the holder without the rank', () => {
      expect(lastPerson('Sussex Police said a man had been arrested. Superintendent Marc Clothier said the girl was safe.')).toBe('Marc Clothier');
    });
  });

  // "The Ministry of Health and Wellness says" gave "Ministry of Health" and "Wellness"; "the Ministry of Agriculture and
  // Forestry" lost its second domain
  describe('a ministry named by two domains joined by "and" is one body, named whole', () => {
    it.each([
      ['The Ministry of Health and Wellness says the first two cases were detected on April 12.', [['Ministry of Health and Wellness', 'original']]],
      ['The Ministry of Agriculture and Forestry said 3 farms closed.', [['Ministry of Agriculture and Forestry', 'original']]],
      ["Egypt's Ministry of Culture and Sports said 3 museums closed.", [['Egyptian Ministry of Culture and Sports', 'original']]],
      // one domain, a second speaker after "and", and a registered body (pass on both)
      ['The Ministry of Health said the first two cases were detected on April 12.', [['Ministry of Health', 'original']]],
      ['The Ministry of Defence and Ukraine said 3 bases would close.', [['Ministry of Defence', 'original'], ['Ukraine', 'original']]],
      ['The Department of Health and Human Services said 3 clinics closed.', [['U.S. Department of Health and Human Services', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "HEALTH Minister Sylvia Masebo has announced" gave "HEALTH": a lead's first word set in capitals is no abbreviation
  describe('a lead\'s first word set in capitals is read as the word, not as an abbreviation', () => {
    it.each([
      ['HEALTH Minister Jane Roe has announced that the country has a cholera outbreak.', [['Jane Roe', 'original']]],
      ["POLICE Commissioner Jane Roe said 3 people were arrested.", [['Jane Roe', 'original']]],
      // an abbreviation, a short word and a dateline keep their capitals (pass on both)
      ['NATO Secretary General Mark Rutte said 3 allies would send troops.', [['NATO', 'original']]],
      ['UNICEF Executive Director Jane Roe said 3 schools closed.', [['UNICEF', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "According to the Chief Medical Officer of Liberia, Dr. Francis Kateh," gave "Liberia"; "the Foreign Minister of
  // Liberia" was a name of its own: states the country list lacked, and a chief medical officer's office
  describe('an office "of" a state of Africa, the Americas or Asia-Pacific is that state\'s body', () => {
    it.each([
      ['According to the Chief Medical Officer of Liberia, Dr. Francis Kateh, the ministry is investigating the disease.', [['Liberian Ministry of Health', 'original']]],
      ['The Foreign Minister of Liberia said the talks failed.', [['Liberian Ministry of Foreign Affairs', 'original']]],
      ["Belize's health ministry said 7 cases were confirmed.", [['Belizean Health Ministry', 'original']]],
      ['Haitian Prime Minister Jane Roe said 3 roads reopened.', [['Haitian government', 'original']]],
      // a state listed before (passes on both)
      ['The Foreign Minister of Zambia said the talks failed.', [['Zambian Ministry of Foreign Affairs', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "... has been informed" closing the article without its stop, over a blog's comment form, was set aside as a heading
  describe('a sentence that lost its final stop under the last prose is the article\'s, not a heading', () => {
    it.each([
      [
        'The Scotland Yard spokesman said two people were arrested.\n\nThe Independent Police Complaints Commission, which supervises the investigation, has been informed\n\nNo hay comentarios:\n',
        ['The Scotland Yard spokesman said two people were arrested.', 'The Independent Police Complaints Commission, which supervises the investigation, has been informed'],
      ],
      // other stories' headlines under the article, and a subheading over prose, stay aside (pass on both)
      [
        'The Scotland Yard spokesman said two people were arrested.\n\nRelated\n\nBird flu detected in dairy herd in Stearns County\n',
        ['The Scotland Yard spokesman said two people were arrested.'],
      ],
      [
        'The Scotland Yard spokesman said two people were arrested.\n\nWhat the commission has said about the arrests so far\n\nThe commission said it was informed.\n',
        ['The Scotland Yard spokesman said two people were arrested.', 'The commission said it was informed.'],
      ],
    ] as Array<[string, string[]]>)('%s', (text, expected) => {
      expect(analyze(text, registry).claims.map((c) => c.text)).toEqual(expected);
    });
  });

  // '"I'm pleased," said CEO Lino Saputo during a conference call' named nobody: the inverted speaker ran on into the
  // occasion ("during a call", "in a statement", "at a briefing"), and an executive's title before a name, or "the chief
  // executive" alone, speaks for the company the sentences before were about even when nobody quoted it yet
  describe('an inverted speaker ends before the occasion it spoke at; an executive speaks for the company named before', () => {
    it.each([
      ['"Sales rose," said Jane Roe during a conference call with analysts on Thursday.', [['Jane Roe', 'original']]],
      ['"Sales rose," said Jane Roe in a statement.', [['Jane Roe', 'original']]],
      ['"Sales rose," said Acme Corp. in a statement.', [['Acme Corp.', 'original']]],
      ['Norvale Dairy Inc. beat expectations. "I am pleased," said CEO Jane Roe during a call.', [['Norvale Dairy Inc.', 'original']]],
      ['Norvale Dairy Inc. beat expectations. The rise came from higher prices, said the chief executive.', [['Norvale Dairy Inc.', 'original']]],
      // a name with a preposition in it, an appositive's "at", a day, and a company quoted before (pass on both)
      ['"Sales rose," said the Institute for Security Studies in Pretoria.', [['Institute for Security Studies in Pretoria', 'original']]],
      ['"Sales rose," said Jane Roe, chief scientist at the Blue Basin Alliance.', [['Blue Basin Alliance', 'original']]],
      ['"Sales rose," said Jane Roe on Monday.', [['Jane Roe', 'original']]],
      ['Gazprom said exports fell. Chief executive Alexei Miller said prices would rise.', [['Gazprom', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
    it('keeps the executive as the person', () => {
      expect(lastPerson('Norvale Dairy Inc. beat expectations. "I am pleased," said CEO Jane Roe during a call.')).toBe('Jane Roe');
    });
  });

  // "..., News.Az reports citing Ukrainian media" gave "Az" (the sentence was cut at the site's stop) and "Sales rose,
  // Amazon.com said" named nobody: a site's name keeps its domain ending, in title case or lower case
  describe('a site\'s name keeps its domain ending ("News.Az", "Amazon.com")', () => {
    it.each([
      ['Drones hit the region on Thursday, News.Az reports.', [['News.Az', 'original']]],
      ['Sales rose 3% in May, Amazon.com said.', [['Amazon.com', 'original']]],
      ['Amazon.com said sales rose 3% in May.', [['Amazon.com', 'original']]],
      // a registered site, and two sentences glued at a stop (pass on both)
      ['Sales rose 3% in May, Lenta.ru reported.', [['Lenta.ru', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
    it('keeps the site\'s sentence whole, and still cuts two sentences glued at a stop', () => {
      expect(analyze('Drones hit the region on Thursday, News.Az reports.', registry).claims.map((c) => c.text)).toEqual(['Drones hit the region on Thursday, News.Az reports.']);
      expect(analyze('Prices fell 3% on Monday.The ministry said 3 shops closed.', registry).claims.map((c) => c.text)).toEqual(['Prices fell 3% on Monday.', 'The ministry said 3 shops closed.']);
    });
  });

  // "Drones hit the Kyiv region, the head of the regional military administration, Oleksiy Kuleba, said" named nobody:
  // the region's administration in lower case, or its head, is the administration of the region named before (and a
  // capital names its own region: "the Kyiv region" was read as the state "Kyiv", so "the regional governor" named nobody)
  describe('"the regional (military) administration" and its head speak for the region the sentence named', () => {
    it.each([
      ['Drones hit the Kyiv region on Thursday, the head of the regional military administration, Oleksiy Kuleba, said.', [['Kyiv Regional Military Administration', 'original']]],
      ['Drones hit the Kyiv region on Thursday, the regional military administration said.', [['Kyiv Regional Military Administration', 'original']]],
      ['Drones hit the Kyiv region on Thursday, the regional governor said.', [['Kyiv Regional Military Administration', 'original']]],
      // a region named before was read so already, and no region named names nobody (pass on both)
      ['Drones hit the Kharkiv region on Thursday, the regional administration said.', [['Kharkiv Regional Military Administration', 'original']]],
      ['Drones hit Texas on Thursday, the regional administration said.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
    it('keeps the head named in apposition', () => {
      expect(lastPerson('Drones hit the Kyiv region on Thursday, the head of the regional military administration, Oleksiy Kuleba, said.')).toBe('Oleksiy Kuleba');
    });
  });
});

describe('round 37: patterns that recur across outlets (tuned on set tune37: 10 articles of wire, broadsheet, health, business and aggregator copy)', () => {
  // "Derbyshire Constabulary said ... Supt Paul Markham said" gave "Supt Paul Markham": British copy shortens the ranks
  // ("Supt", "Det Supt", "Det Ch Insp", "Sgt"), and a force may be named "Constabulary" as well as "Police"
  describe('a shortened police rank speaks for the force the story named, a constabulary too', () => {
    it.each([
      ['Essex Police said a man was held. Supt Jane Roe said the girl was safe.', [['Essex Police', 'original']]],
      ['Derbyshire Constabulary said a man was held. Det Supt Jane Roe said the girl was safe.', [['Derbyshire Constabulary', 'original']]],
      ['Derbyshire Constabulary said a man was held. Det Ch Insp Jane Roe said the girl was safe.', [['Derbyshire Constabulary', 'original']]],
      ['Derbyshire Constabulary said a man was held. A police spokesman said the girl was safe.', [['Derbyshire Constabulary', 'original']]],
      ['Sussex Police said a man was held. Sgt Jane Roe said the girl was safe.', [['Sussex Police', 'original']]],
      // no force named before: the holder, without the rank
      ['Supt Jane Roe said the girl was safe.', [['Jane Roe', 'original']]],
      // a lower-case "constabulary" names no force (passes on both)
      ['The constabulary said 3 people were hurt.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
    it('keeps the holder without the rank', () => {
      expect(lastPerson('Derbyshire Constabulary said a man was held. Supt Paul Markham said the girl was safe.')).toBe('Paul Markham');
    });
  });

  // "Heilongjiang province reported ..., the provincial Health Commission said" gave "Health Commission"; "the regional
  // health commission said" named nobody; "director of the Urumqi health commission" gave "Urumqi"
  describe('a local health body named by its level, or by its place in lower case, is the body of the place named', () => {
    it.each([
      ['Heilongjiang province reported 56 new cases on Friday, the provincial Health Commission said.', [['Heilongjiang Provincial Health Commission', 'original']]],
      ['Jilin province reported 13 cases on Friday, according to the provincial health commission.', [['Jilin Provincial Health Commission', 'original']]],
      ['Neighbouring Jilin province reported 13 cases, the provincial health commission said.', [['Jilin Provincial Health Commission', 'original']]],
      ['A total of 138 patients in China’s Xinjiang Uygur Autonomous Region were discharged, the regional health commission said.', [['Health Commission of Xinjiang Uygur Autonomous Region', 'original']]],
      ['Thirty patients left hospital, said Zhang Wei, director of the Urumqi health commission.', [['Urumqi Health Commission', 'original']]],
      ['The Wuhan health commission said 3 people died.', [['Wuhan Health Commission', 'original']]],
      // no region named: the body as written, a level's office, never Texas's (round 41; it named nobody before)
      ['Three people died in Texas, the regional health commission said.', [['regional health commission', 'original']]],
      // a country's adjective, and a body named whole (pass on both)
      ['The state health department said 3 people died.', []],
      ['The Health Commission said 3 people died.', [['The Health Commission', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
    it('keeps the official named in apposition', () => {
      expect(lastPerson('Thirty patients left hospital, said Zhang Wei, director of the Urumqi health commission.')).toBe('Zhang Wei');
    });
  });

  // '"...," Mujahid said during an interview with Pakistan-based ARY News' missed the relay: "during an interview with"
  // is an occasion as "in an interview with" is
  describe('"during an interview with X" relays the speaker as "in an interview with X" does', () => {
    it.each([
      ['"We want good ties," Jane Roe said during an interview with Pakistan-based ARY News.', [['Jane Roe', 'original'], ['ARY News', 'relay']]],
      ['Jane Roe said during a phone interview with CNN that the talks failed.', [['Jane Roe', 'original'], ['CNN', 'relay']]],
      ['Jane Roe said during an interview with Norvale Radio that the talks failed.', [['Jane Roe', 'original'], ['Norvale Radio', 'relay']]],
      // "in an interview with" and an outlet's own report (pass on both)
      ['Jane Roe said in an interview with CNN that the talks failed.', [['Jane Roe', 'original'], ['CNN', 'relay']]],
      ['The talks failed during an interview with the minister, CNN reported.', [['CNN', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // '"The West is spreading propaganda," the insurgents said in a statement' after "The Taliban said" named nobody: an
  // armed group's members described after "the" are the group the article named
  describe('"the insurgents", "the militants", "the rebels" are the armed group the article named', () => {
    it.each([
      ['The Taliban said they had not held talks. "The West is spreading propaganda," the insurgents said in a statement.', [['The Taliban', 'original']]],
      ['Al-Shabaab said it carried out the attack. The militants said 10 soldiers died.', [['Al-Shabaab', 'original']]],
      // a state or its army named before is no armed group, and nobody named names nobody (pass on both)
      ['Russia said 3 soldiers died. The rebels said they had taken the town.', []],
      ['The army said 3 soldiers died. The militants said they had killed 10.', []],
      ['The militants said they had killed 10.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Japan's Defense Agency said" gave "Agency", "the Defense Logistics Agency" "Logistics Agency" (rounds 35 and 36's
  // lists): a title's domain word before "Agency" is part of the body's name, as before "Command" or "Ministry"
  describe('a body\'s name ending in "Agency" keeps the domain word before it', () => {
    it.each([
      ["Japan's Defense Agency said the missile fell into the sea.", [['Defense Agency', 'original']]],
      ['The Defense Logistics Agency said 3 contracts were signed.', [['The Defense Logistics Agency', 'original']]],
      // a registered agency, and a title before a person (pass on both)
      ['The Defense Intelligence Agency said 3 missiles were fired.', [['Defense Intelligence Agency', 'original']]],
      ['Defense Minister Jane Roe said the missile fell into the sea.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "HOUSTON, March 4 /PRNewswire-FirstCall/ -- ICO, Inc. (NASDAQ:ICOC), global producer of ..., today announced" gave
  // "Inc." or nobody: a legal suffix after a comma ends the company's name, and what a release writes between commas
  // after the ticker describes the company however it opens
  describe('a company written "X, Inc." is named whole; a ticker\'s description opens an aside', () => {
    it.each([
      ['Acme, Inc. said sales rose 3%.', [['Acme, Inc.', 'original']]],
      ['Norvale Foods, LLC announced a buyback of 3 million shares.', [['Norvale Foods, LLC', 'original']]],
      ['Sales rose 3%, Acme, Inc. said.', [['Acme, Inc.', 'original']]],
      ['HOUSTON, March 4 /PRNewswire/ -- Norvale Foods, Inc. (NASDAQ:NVF), global producer of snacks and frozen meals, today announced a buyback.', [['Norvale Foods, Inc.', 'original']]],
      ['Google, Inc. said sales rose.', [['Google', 'original']]],
      // a suffix without a comma, and a description opened by "a" (pass on both)
      ['Acme Corp. said sales rose 3%.', [['Acme Corp.', 'original']]],
      ['Norvale Foods (NASDAQ:NVF), a producer of snacks and frozen meals, today announced a buyback.', [['Norvale Foods', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Raziq Kakar, the district governor of Gorzaiwan, confirmed the attack" gave the region's administration: a
  // district's governor heads the district's
  describe('"the district governor of X" speaks for the district\'s administration', () => {
    it.each([
      ['Raziq Kakar, the district governor of Gorzaiwan, confirmed the attack.', [['Gorzaiwan district administration', 'original']]],
      ['The district governor of Gorzaiwan, Raziq Kakar, said 3 people died.', [['Gorzaiwan district administration', 'original']]],
      // a region's governor (passes on both)
      ['Jane Roe, the governor of the Kharkiv region, said 3 people died.', [['Kharkiv Regional Military Administration', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 38: relay forms that recur across outlets (tuned on set tune38: 10 articles of aggregator, translated, wire and business copy relaying Russian, Japanese, Saudi, Turkish and Ukrainian sources)', () => {
  // '"The prime minister asked ...," one source told Reuters' gave the speaker the sentence before named, relayed by
  // Reuters: a quotation closed by an unnamed speaker holds that speaker's words, as one closed by a named one does
  describe('an unnamed speaker outside a quotation speaks alone: the names inside are its words', () => {
    it.each([
      ['Daily Planet editor Jane Roe said she had been approached. "The prime minister asked the cabinet secretary to handle it, that is true," one source told Reuters.', [['Reuters', 'original']]],
      ['Acme chief executive Jane Roe said she had been approached. "The prime minister asked the regulator to deal with this, that is true," an aide told the BBC.', [['BBC', 'original']]],
      // a named speaker outside, as before (pass on both)
      ['"The minister asked us to wait," Jane Roe told Reuters.', [['Jane Roe', 'original'], ['Reuters', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
    it('marks the claim anonymous', () => {
      expect(lastClaim('Daily Planet editor Jane Roe said she had been approached. "The prime minister asked the cabinet secretary to handle it, that is true," one source told Reuters.').anonymous).toBe(true);
    });
  });

  // "As RuNet Echo previously reported, Alexey Navalny has appealed ..." gave two originals: an outlet in an "as"
  // clause credits its report for what the sentence's other speaker said, and passes that speaker on
  describe('"as X reported" credits the outlet\'s report for the speaker the sentence names: the outlet relays', () => {
    it.each([
      ['As TASS reported earlier, Kremlin spokesman Dmitry Peskov said the talks were over.', [['Kremlin', 'original'], ['TASS', 'relay']]],
      ['Peskov said, as TASS reported, that the talks were over.', [['Peskov', 'original'], ['TASS', 'relay']]],
      ['As the BBC reported on Monday, the ministry has confirmed the deaths.', [['ministry', 'original'], ['BBC', 'relay']]],
      // nobody else speaks, and the passive form read so already (pass on both)
      ['As TASS reported, two drones were downed.', [['TASS', 'original']]],
      ['As reported by Ukrinform, Zelensky said the talks were over.', [['Zelensky', 'original'], ['Ukrinform', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "X, in an exclusive VOA interview, says" and "said during an interview with ARY News" named no outlet
  describe('an outlet naming the interview relays the speaker ("in a BBC interview", "during an interview with", "aired by")', () => {
    it.each([
      ['Jane Roe said in a BBC interview that the talks were over.', [['Jane Roe', 'original'], ['BBC', 'relay']]],
      ['In a CNN interview on Sunday, Jane Roe said the talks were over.', [['Jane Roe', 'original'], ['CNN', 'relay']]],
      ['Jane Roe, in an exclusive VOA interview, says the talks were over.', [['Jane Roe', 'original'], ['Voice of America', 'relay']]],
      ['In an RBC-Ukraine interview, Oleh Zhdanov said the front was stable.', [['Oleh Zhdanov', 'original'], ['RBC-Ukraine', 'relay']]],
      ['Jane Roe said during an interview with ARY News that the talks were over.', [['Jane Roe', 'original'], ['ARY News', 'relay']]],
      ['Jane Roe said in an interview aired by NHK that the talks were over.', [['Jane Roe', 'original'], ['NHK', 'relay']]],
      // a platform and an occasion are no outlet (pass on both)
      ['Jane Roe said in a Facebook interview that the talks were over.', [['Jane Roe', 'original']]],
      ['Jane Roe said during a press conference that the talks were over.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "According to Axios, which cited two White House officials, President Donald Trump has told aides" made Trump a
  // relay (the relay cue waited for a later subject): after "which cited" the relay is the antecedent, never a later name
  describe('"which cited" unnamed people leaves the outlet before it the original', () => {
    it.each([
      ['According to Axios, which cited two White House officials, President Donald Trump has told aides he is prepared to act.', [['Axios', 'original'], ['Donald Trump', 'original']]],
      // nobody else in the sentence, and a named one cited (pass on both)
      ['According to Politico, which cited two diplomats, the plan was shelved on Monday.', [['Politico', 'original']]],
      ['According to the Times, which cited the ministry, 3 soldiers died.', [['ministry', 'original'], ['The Times', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Two drones were downed, a spokesman for the ministry told TASS" after the ministry spoke gave a relay of nobody
  describe('"a spokesman for the ministry" is the ministry named before, as "a ministry spokesman" is', () => {
    it.each([
      ['The Defence Ministry reported the attack. Two drones were downed, a spokesman for the ministry told TASS.', [['Defence Ministry', 'original'], ['TASS', 'relay']]],
      ['Acme Corp reported results. Sales fell, a spokesman for the company said.', [['Acme Corp', 'original']]],
      // the title after the description (pass on both)
      ['The Defence Ministry reported the attack. Two drones were downed, a ministry spokesman told TASS.', [['Defence Ministry', 'original'], ['TASS', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The IPO price was reported earlier by Dow Jones." named nobody
  describe('an adverb of time between a passive report and its agent ("was reported earlier by X")', () => {
    it.each([
      ['The IPO price was reported earlier by Dow Jones.', [['Dow Jones', 'original']]],
      ['The plan was announced previously by the ministry.', [['ministry', 'original']]],
      // the adverb before the participle, and a report still to come (pass on both)
      ['The IPO price was first reported by Dow Jones.', [['Dow Jones', 'original']]],
      ['The results will be announced earlier by the commission.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The daily notes that ..." after Kommersant named nobody: the tagger read "daily" as an adjective, "notes" as a noun
  describe('"The daily notes that": the paper named before', () => {
    it.each([
      ['Kommersant reported the attack. The daily notes that the losses were individual.', [['Kommersant', 'original']]],
      // "the paper", and notes that are a noun (pass on both)
      ['Kommersant reported the attack. The paper notes that the losses were individual.', [['Kommersant', 'original']]],
      ['The daily notes that she wrote were lost.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // translated Ukrainian and Russian copy: "said on the air of Radio Liberty", "In a conversation with RBC-Ukraine",
  // "said in a commentary to Ukrinform" named no relay
  describe('translated copy\'s audiences: "on the air of X", "in a conversation with X", "in a commentary to X"', () => {
    it.each([
      ['Oleh Zhdanov said this on the air of Radio Liberty.', [['Oleh Zhdanov', 'original'], ['Radio Free Europe/Radio Liberty', 'relay']]],
      ['Oleh Zhdanov said this on the air of the Espreso TV channel.', [['Oleh Zhdanov', 'original'], ['Espreso TV', 'relay']]],
      ['In a conversation with RBC-Ukraine, Oleh Zhdanov noted that the front was stable.', [['Oleh Zhdanov', 'original'], ['RBC-Ukraine', 'relay']]],
      ['The front is stable, Oleh Zhdanov said in a commentary to Ukrinform.', [['Oleh Zhdanov', 'original'], ['Ukrinform', 'relay']]],
      // a conversation with a person, and a telethon that names no outlet (pass on both)
      ['In a conversation with Putin, Jane Roe noted that the front was stable.', [['Jane Roe', 'original']]],
      ['Oleh Zhdanov said on the air of the national telethon that the front was stable.', [['Oleh Zhdanov', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "..., Vitaliy Kim wrote on Telegram, Suspilne reports" read the official as an outlet ("wrote") that Suspilne passed on
  describe('a name posting on its own channel is no outlet: the closing outlet relays it', () => {
    it.each([
      ['The front is stable, Vitaliy Kim wrote on Telegram, Suspilne reports.', [['Vitaliy Kim', 'original'], ['Suspilne', 'relay']]],
      ['The front is stable, Zhdanov wrote on his Telegram channel, UNN reports.', [['Zhdanov', 'original'], ['Ukrainian National News', 'relay']]],
      // a site that writes (pass on both)
      ['The front is stable, Meduza writes.', [['Meduza', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "..., Yonhap said, AFP reported" gave AFP as the original relaying Yonhap: of two closing report clauses the last
  // passes on the one before, and names sharing one cue ("Reuters and TASS reported") report side by side
  describe('closing reports in a chain: the last outlet relays the one before; names of one cue report side by side', () => {
    it.each([
      ['Two missiles were fired, Yonhap said, AFP reported.', [['Yonhap', 'original'], ['Agence France-Presse', 'relay']]],
      ['Two missiles were fired, the Yonhap news agency reported, Reuters said.', [['Yonhap', 'original'], ['Reuters', 'relay']]],
      ['Two missiles were fired, according to Yonhap, Reuters reported.', [['Yonhap', 'original'], ['Reuters', 'relay']]],
      ['The front is stable, Meduza wrote, Reuters reports.', [['Meduza', 'original'], ['Reuters', 'relay']]],
      ['Two missiles were fired, Reuters and TASS reported.', [['Reuters', 'original'], ['TASS', 'original']]],
      ['According to Reuters and TASS, two missiles were fired.', [['Reuters', 'original'], ['TASS', 'original']]],
      // a body before the outlets, and an outlet closing a body's report (pass on both)
      ['Two missiles were fired, the JCS said, Reuters and TASS reported.', [['South Korean Joint Chiefs of Staff', 'original'], ['Reuters', 'relay'], ['TASS', 'relay']]],
      ['KCTV said two missiles were fired, according to Yonhap.', [['Korean Central Television', 'original'], ['Yonhap', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "South Korea's top national security official, in an exclusive VOA interview, says" made VOA the original of an
  // unnamed source: a possessive's "top" or "chief" official is one office's holder, whom the outlet relays
  describe('"X\'s top official" is one office\'s holder, not an unnamed source', () => {
    it.each([
      ["South Korea's top national security official, in an exclusive VOA interview, says the talks failed.", [['Voice of America', 'relay']]],
      ["The country's top health official told Reuters that 12 people died.", [['Reuters', 'relay']]],
      // unnamed officials (pass on both)
      ['A senior South Korean official told VOA the talks failed.', [['Voice of America', 'original']]],
      ['A top official told Reuters that 12 people died.', [['Reuters', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
    it('keeps the unnamed ones anonymous and the office holder not', () => {
      expect(lastClaim('A top official told Reuters that 12 people died.').anonymous).toBe(true);
      expect(lastClaim("The country's top health official told Reuters that 12 people died.").anonymous).toBeFalsy();
    });
  });

  // "Two drones were downed, Kommersant's sources said" named nobody: an outlet's own unnamed sources make it the
  // original of an anonymous claim, as "citing people familiar with the matter" does
  describe('an outlet\'s own sources ("Kommersant\'s sources said", "Interfax sources said") make it the original, anonymous', () => {
    it.each([
      ["Two drones were downed, Kommersant's sources said.", [['Kommersant', 'original']]],
      ['Two drones were downed, Interfax sources said.', [['Interfax', 'original']]],
      ["Kommersant reported the attack. Two drones were downed, the newspaper's sources said.", [['Kommersant', 'original']]],
      // a body's sources name no outlet, and the outlet alone is no anonymous claim (pass on both)
      ['Two drones were downed, Kremlin sources said.', []],
      ['According to Kommersant, two drones were downed.', [['Kommersant', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
    it.each([
      ["Two drones were downed, Kommersant's sources said.", true],
      ["According to Kommersant's sources, two drones were downed.", true],
      ['According to Kommersant, two drones were downed.', false],
    ] as Array<[string, boolean]>)('%s is anonymous: %s', (text, anonymous) => {
      expect(lastClaim(text).anonymous === true).toBe(anonymous);
    });
  });

  // "Oleh Zhdanov told journalists, a correspondent of Ukrinform reports" gave two originals
  describe('"a correspondent of X reports" closes the sentence as "an X correspondent reports" does: X relays', () => {
    it.each([
      ['Oleh Zhdanov told journalists, a correspondent of Ukrinform reports.', [['Oleh Zhdanov', 'original'], ['Ukrinform', 'relay']]],
      // nobody else speaks (pass on both)
      ['Two drones were downed, a correspondent of Ukrinform reports.', [['Ukrinform', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Two drones were downed, TASS learned from a source in the Defence Ministry" was not anonymous
  describe('"learned from a source", "from two informed sources": unnamed people behind the outlet\'s report', () => {
    it.each([
      ['Two drones were downed, TASS learned from a source in the Defence Ministry.', true],
      ['Two drones were downed, Interfax learned from two informed sources.', true],
      ['Kommersant learned from sources that two drones were downed.', true],
      // its own sources, and an outlet's report with nobody behind it (pass on both)
      ['Ukrainska Pravda found out from its own sources that the minister will resign.', true],
      ['Two drones were downed, TASS learned.', false],
    ] as Array<[string, boolean]>)('%s is anonymous: %s', (text, anonymous) => {
      expect(lastClaim(text).anonymous === true).toBe(anonymous);
    });
    it('keeps the outlet the original', () => {
      expect(lastSources('Two drones were downed, TASS learned from a source in the Defence Ministry.')).toEqual([['TASS', 'original']]);
    });
  });
});

describe('a probe of the fourth session of 2026-12-01', () => {
  // "Secretary of State Marco Rubio said ... The Sichuan authorities said 14 people had died" gave the State
  // Department: a place named before the description says whose authorities they are, as a country's adjective does
  describe('"the <place> authorities" are that place\'s, never the government body quoted before', () => {
    it.each([
      ['Secretary of State Marco Rubio said the talks would resume. The Sichuan authorities said 14 people had died in the landslide.', [['Sichuan authorities', 'original']]],
      ['The foreign ministry said the talks would resume. The Gansu authorities said rescue teams had reached the village.', [['Gansu authorities', 'original']]],
      ['The foreign ministry said the talks would resume. The Sichuan provincial government said rescue teams had arrived.', [['Sichuan provincial government', 'original']]],
      ['The Gansu provincial authorities said 14 people had died in the landslide.', [['Gansu provincial authorities', 'original']]],
      // a description with no place still means the body quoted before (pass on both)
      ['The foreign ministry said the talks would resume. The authorities said the border was closed.', [['foreign ministry', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('a probe of the fourth session of 2026-12-01: unnamed authorities', () => {
  // "Local authorities said" and ", authorities said" were unsourced, where "Local officials said" and "Authorities
  // said" opening a sentence are unnamed sources (the corpus's gold: no source, anonymous)
  describe('"authorities" with no country, place or body named are unnamed sources, as "officials" are', () => {
    it.each([
      'Local authorities said the road would remain closed until Friday.',
      'Provincial authorities said 30 homes were destroyed.',
      'The road would remain closed until Friday, local authorities said.',
      'The road would remain closed until Friday, authorities said.',
      'Regional authorities reported 12 new cases on Monday.',
      // as before (pass on both)
      'Authorities said the road would remain closed until Friday.',
      'Local officials said the power would be restored by evening.',
    ])('%s', (text) => {
      const claim = lastClaim(text);
      expect([claim.sources.map((s) => s.name), claim.anonymous === true]).toEqual([[], true]);
    });
    it('leaves a country\'s authorities its government (pass on both)', () => {
      expect(lastSources('Ukrainian authorities said 12 people were hurt.')).toEqual([['Ukrainian authorities', 'original']]);
    });
  });
});

describe('a probe of round 41 (2026-12-01): patterns that recur across outlets', () => {
  // "the State Department said ... the ministry's press service said" gave the State Department: a ministry is no
  // department, agency or office of another government, nor a government as a whole
  describe('"the ministry" never means a body whose name says it is a department, an agency or an office', () => {
    it.each([
      ['The State Department said it was watching closely. "We are confirming the figures," the ministry\'s press service said.', [['ministry', 'original']]],
      ['The State Department said it was watching closely. The ministry said 12 people were hurt.', [['ministry', 'original']]],
      ['The U.S. Department of Defense said it was watching closely. The ministry said 12 people were hurt.', [['ministry', 'original']]],
      // a ministry named before, and a department recalled as "the department", as before (pass on both)
      ['Russia\'s defence ministry said depots were hit. "We are confirming the figures," the ministry\'s press service said.', [['Russian Ministry of Defence', 'original']]],
      ['The State Department said it was watching closely. The department said 12 people were hurt.', [['U.S. Department of State', 'original']]],
      ['The Russian Defence Ministry said depots were hit. The State Department said it was watching closely. The ministry said 12 people were hurt.', [['Russian Ministry of Defence', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "the provincial health commission said", "The Gansu provincial emergency office said" (Chinese, Philippine,
  // Indonesian disaster and health copy) were unsourced: a level of government's office is a government source,
  // named as written with its place
  describe('a level of government\'s office ("the provincial health commission", "the Gansu provincial emergency office")', () => {
    it.each([
      ['The Gansu provincial emergency office said 30 homes were destroyed.', [['Gansu provincial emergency office', 'original']]],
      ['The provincial emergency office said 30 homes were destroyed.', [['provincial emergency office', 'original']]],
      ['The Sichuan provincial health commission said two new cases were found.', [['Sichuan provincial health commission', 'original']]],
      ['The Henan provincial emergency management department said 40 people were evacuated.', [['Henan provincial emergency management department', 'original']]],
      ['The county emergency management bureau said the road was closed.', [['county emergency management bureau', 'original']]],
      ['Two new cases were found on Sunday, the provincial health commission said.', [['provincial health commission', 'original']]],
      ['The foreign ministry said the talks would resume. The Gansu provincial emergency office said 30 homes were destroyed.', [['Gansu provincial emergency office', 'original']]],
      ['The National Health Commission said 12 cases were found. The provincial health commission said two were in Hefei.', [['provincial health commission', 'original']]],
      // a city's body named before that the description fits, an office of a named body, and a level's authorities,
      // as before (pass on both)
      ['The Chicago Police Department said two men were arrested. The city police department said the men were released.', [['The Chicago Police Department', 'original']]],
      ['The regional office of Acme said 30 jobs would go.', [['Acme', 'original']]],
      ['The Gansu provincial authorities said 14 people had died in the landslide.', [['Gansu provincial authorities', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "according to RBC sources", "according to sources of Ukrainska Pravda" (Ukrainian and Russian copy translated
  // into English) named nobody: the outlet before or after its "sources" is the original of an anonymous claim, as
  // "according to Kommersant's sources" was
  describe('an outlet\'s own sources in an "according to" object: the outlet, anonymous', () => {
    it.each([
      ['The strike hit a depot, according to RBC sources.', [['RBC', 'original']], true],
      ['According to Interfax sources, the strike hit a depot.', [['Interfax', 'original']], true],
      ['The minister will resign, according to sources of Ukrainska Pravda.', [['Ukrainska Pravda', 'original']], true],
      ['According to sources of RBC-Ukraine, the minister will resign.', [['RBC-Ukraine', 'original']], true],
      // a body's sources, the possessive, and the outlet alone, as before (pass on both)
      ['The strike hit a depot, according to Kremlin sources.', [], true],
      ['The minister will resign, according to sources of the ministry.', [], true],
      ["The strike hit a depot, according to Kommersant's sources.", [['Kommersant', 'original']], true],
      ['The strike hit a depot, according to RBC.', [['RBC', 'original']], false],
    ] as Array<[string, Array<[string, string]>, boolean]>)('%s', (text, expected, anonymous) => {
      const claim = lastClaim(text);
      expect([claim.sources.map((s) => [s.name, s.role]), claim.anonymous === true]).toEqual([expected, anonymous]);
    });
  });

  // "Interfax reported, citing the ministry's press service" gave Interfax as the original: a body's press service or
  // spokesman is the body speaking, no reason given ("citing the firm's weak forecast" is one)
  describe('"citing the ministry\'s press service", "citing the agency\'s spokesman": the body named before, relayed', () => {
    it.each([
      ["Russia's defence ministry said depots were hit. The toll rose to 12, Interfax reported, citing the ministry's press service.", [['Russian Ministry of Defence', 'original'], ['Interfax', 'relay']]],
      ["Russia's defence ministry said depots were hit. Citing the ministry's press service, TASS reported that the toll rose to 12.", [['Russian Ministry of Defence', 'original'], ['TASS', 'relay']]],
      ["The toll rose to 12, Interfax reported, citing the ministry's spokesman.", [['ministry', 'original'], ['Interfax', 'relay']]],
      // the press service named after "of", and a reason given, as before (pass on both)
      ['The toll rose to 12, Interfax reported, citing the press service of the ministry.', [['ministry', 'original'], ['Interfax', 'relay']]],
      ["Analysts cut the stock, citing the firm's weak forecast.", []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "according to a statement carried by SPA" (Gulf, Korean and Syrian state media copy) named nobody: the outlet that
  // carried the words is the only one named, as "said in a statement carried by SPA" makes it the relay of a speaker
  describe('"according to a statement carried by X", "according to remarks published by X": the outlet', () => {
    it.each([
      ['The kingdom rejects the accusations, according to a statement carried by SPA.', [['Saudi Press Agency', 'original']]],
      ['According to a statement carried by KCNA, the drills were a provocation.', [['KCNA', 'original']]],
      ['The drills were a provocation, according to remarks published by Xinhua.', [['Xinhua', 'original']]],
      // a speaker named with the carrying outlet, and a statement by its issuer, as before (pass on both)
      ['The Saudi foreign ministry said in a statement carried by SPA that the kingdom rejects the accusations.', [['Saudi Ministry of Foreign Affairs', 'original'], ['Saudi Press Agency', 'relay']]],
      ['The kingdom rejects the accusations, according to a statement by the Saudi foreign ministry.', [['Saudi Ministry of Foreign Affairs', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The spy agency said" after the National Intelligence Service (Korean and Israeli copy: Yonhap, AP, Reuters)
  // named nobody: a description's word may say what the body's name says in other words ("spy" for "intelligence")
  describe('a description in other words than the name ("the spy agency", "the weather agency"): the body named before', () => {
    it.each([
      ["South Korea's National Intelligence Service said the North sent troops. The spy agency said 1,500 soldiers had arrived.", [['National Intelligence Service', 'original']]],
      ['The NIS said the North sent troops. About 1,500 soldiers had arrived, the spy agency said.', [['National Intelligence Service', 'original']]],
      ['The Defense Intelligence Agency said the North sent troops. The spy agency said 1,500 soldiers had arrived.', [['Defense Intelligence Agency', 'original']]],
      // the name's own word, other words the tagger reads as no noun, and a word the name does not say in any words
      // (pass on both)
      ['The Japan Meteorological Agency said a tsunami was possible. The weather agency said waves could reach 1 metre.', [['Japan Meteorological Agency', 'original']]],
      ['The International Atomic Energy Agency said inspectors had left. The nuclear watchdog said the site was sealed.', [['International Atomic Energy Agency', 'original']]],
      ["South Korea's National Intelligence Service said the North sent troops. The intelligence agency said 1,500 soldiers had arrived.", [['National Intelligence Service', 'original']]],
      ['The Defense Intelligence Agency said the North sent troops. The space agency said a satellite was launched.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "the joint chiefs said" after South Korea's Joint Chiefs of Staff (AP and Yonhap copy) named nobody: words of a
  // body's name written in lower case, with "the", are that body once the article named it
  describe('a body\'s name shortened in lower case ("the joint chiefs", "the armed forces"): the body named before', () => {
    it.each([
      ["South Korea's Joint Chiefs of Staff said a missile was fired. The missile flew 400 km, the joint chiefs said.", [['South Korean Joint Chiefs of Staff', 'original']]],
      ["South Korea's Joint Chiefs of Staff said a missile was fired. The joint chiefs said it flew 400 km.", [['South Korean Joint Chiefs of Staff', 'original']]],
      ['The Armed Forces of Ukraine said two drones were downed. The armed forces said a third was lost.', [['Armed Forces of Ukraine', 'original']]],
      // no body named with those words, and a title, as before (pass on both)
      ['The missile flew 400 km, the joint chiefs said.', []],
      ["The Prime Minister's Office said the talks would resume. The prime minister said a deal was close.", []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Defense Minister Shin Won-sik, when asked about the report during a parliamentary session, said" (AP, Yonhap,
  // Reuters copy of answers at briefings and hearings) named nobody: an aside opened by "when", "while" or an "asked"
  // participle between the subject and its verb, as ", speaking at a briefing," is
  describe('an aside opened by "when", "while" or "asked about" between the subject and its verb', () => {
    it.each([
      ['Defense Minister Jane Roe, when asked about the report during a parliamentary session, said the North had fired.', [['Jane Roe', 'original']]],
      ['The Kremlin, when asked about the report, said the talks had stalled.', [['Kremlin', 'original']]],
      ['Jane Roe, asked about the report by reporters, said the North had fired.', [['Jane Roe', 'original']]],
      ['Jane Roe, while visiting the border on Monday, said the North had fired.', [['Jane Roe', 'original']]],
      ['Jane Roe, pressed on whether talks would resume, said no date was set.', [['Jane Roe', 'original']]],
      // a relative clause and a participle opening the aside, as before (pass on both)
      ['Jane Roe, who heads the agency, said the North had fired.', [['Jane Roe', 'original']]],
      ['Jane Roe, speaking at a briefing on Monday, said the North had fired.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "RIYADH, Jul 30 (NNN-SPA) – The Organisation of Islamic Cooperation (OIC), has strongly condemned" gave RIYADH:
  // the dateline's comma was read as opening an appositive that the stray comma after "(OIC)" closed. A dateline's
  // dash ends any aside, and a comma right after a name's bracketed abbreviation, opening nothing, is a stray one
  describe('a dateline is never the subject; a stray comma after a name\'s abbreviation ("X (OIC), has condemned")', () => {
    it.each([
      ['RIYADH, Jul 30 (NNN-SPA) – The Organisation of Islamic Cooperation (OIC), has strongly condemned the attack.', [['The Organisation of Islamic Cooperation', 'original']]],
      ['KYIV, Ukraine (AP) — The Gulf Cooperation Council (GCC), has condemned the attack.', [['Gulf Cooperation Council', 'original']]],
      ['The Gulf Cooperation Council (GCC), has condemned the attack.', [['Gulf Cooperation Council', 'original']]],
      ['RIYADH, July 30 (SPA) - The Gulf Cooperation Council, which met on Monday, has condemned the attack.', [['Gulf Cooperation Council', 'original']]],
      // no stray comma, and an appositive after the dateline, as before (pass on both)
      ['RIYADH, Jul 30 (NNN-SPA) – The Organisation of Islamic Cooperation (OIC) has strongly condemned the attack.', [['The Organisation of Islamic Cooperation', 'original']]],
      ['KYIV, Ukraine (AP) — Jane Roe, a spokeswoman for Acme, said the plant was closed.', [['Acme', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Health Minister Yolanda Awel Deng ... Awel said" gave "Awel": South Sudanese, Spanish and Portuguese names are
  // written again by a middle word ("López" of "Andrés Manuel López Obrador"), which finds the person named before
  describe('a middle word of a person\'s name written alone finds that person', () => {
    it.each([
      ['Health Minister Yolanda Awel Deng said 20 cases were confirmed. Awel said the outbreak was contained.', [['Yolanda Awel Deng', 'original']]],
      ['Jane Maria Roe, a doctor at the clinic, said 20 cases were confirmed. Maria said the outbreak was contained.', [['Jane Maria Roe', 'original']]],
      ['Mexican President Andrés Manuel López Obrador said the border was open. López said trade would grow.', [['Mexican presidency', 'original']]],
      // the last word, as before (pass on both)
      ['Health Minister Yolanda Awel Deng said 20 cases were confirmed. Deng said the outbreak was contained.', [['Yolanda Awel Deng', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The Kremlin, in a statement on Monday, said" named nobody (", in a statement," alone was read): the comma after
  // the day was taken for a date's, so the aside swallowed the subject
  describe('an aside naming the day ("X, in a statement on Monday, said")', () => {
    it.each([
      ['The Kremlin, in a statement on Monday, said the talks had stalled.', [['Kremlin', 'original']]],
      ['Jane Roe, in a post on Telegram on Friday, said the North had fired.', [['Jane Roe', 'original']]],
      ['Acme, in a filing with regulators on Tuesday, said sales fell.', [['Acme', 'original']]],
      // without the day, and a date's own commas, as before (pass on both)
      ['The ministry, in a statement, said exports fell.', [['ministry', 'original']]],
      ['The board on late Tuesday evening, March 17, confirmed that Acme would be sold, Reuters reported.', [['Reuters', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The Saudi-led coalition said it intercepted a missile" (Reuters, AP, Xinhua and Gulf copy on Yemen; "the U.S.-led
  // coalition" on Iraq and Syria) named nobody: a coalition or alliance a country leads is a source of its own, as
  // written, never the country's government
  describe('"the Saudi-led coalition", "the U.S.-led coalition": a coalition a country leads, named as written', () => {
    it.each([
      ['The Saudi-led coalition said it had intercepted a missile.', [['Saudi-led coalition', 'original']]],
      ['The missile was intercepted, the Saudi-led Arab coalition said.', [['Saudi-led Arab coalition', 'original']]],
      ['The U.S.-led coalition said it had struck 12 targets.', [['U.S.-led coalition', 'original']]],
      ['The Saudi-led coalition said it had intercepted a missile. The coalition said a second one fell in the sea.', [['Saudi-led coalition', 'original']]],
      ["The Saudi-led coalition said it had intercepted a missile. The coalition's spokesman said a second one fell in the sea.", [['Saudi-led coalition', 'original']]],
      // the country itself, and "the coalition" with no coalition named (a company or a party is none), as before
      // (pass on both)
      ['Saudi Arabia said it had intercepted a missile.', [['Saudi Arabia', 'original']]],
      ['Acme said sales rose. The coalition said talks would resume.', []],
      ['The Social Democrats said taxes would rise. The ruling coalition said talks would resume.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // Round 42: "The IMF put global growth at 3%", "a report by the Syrian Observatory that put the death toll at
  // 45,000", "Its housing outlook put the shortfall in the millions" (AP and wire copy on death tolls, economics
  // and opinion pieces on forecasts) were unsourced: a body or its document putting a figure on something
  // estimates it, as "pegged growth at" does; "put" with no figure after it reports nothing
  describe('round 42: "X put the toll at <figure>", "its report put the cost in the millions"', () => {
    it.each([
      ['The IMF put global growth at 3.1% this year.', [['International Monetary Fund', 'original']]],
      ['A separate report by the Social Affairs Ministry put the toll at 114,978.', [['Social Affairs Ministry', 'original']]],
      ['The OECD has warned that supply lags demand. Its latest housing outlook put the shortfall in the millions of homes.', [['OECD', 'original']]],
      ['The OECD has warned that supply lags demand. Its 2023 outlook put the shortfall at about 4 million homes.', [['OECD', 'original']]],
      ['Acme warned of weak demand. The report put the cost of the recall at $2 billion.', [['Acme', 'original']]],
      // "put" placing a thing, at no figure or at a place, reports nothing (pass on both)
      ['The IMF put its staff on alert after the storm.', []],
      ['Acme put the plant at risk by cutting maintenance.', []],
      ['Acme put its shares on sale at the exchange.', []],
      ['Jane Roe put the box at the door.', []],
      ['Acme put the keys in the drawer.', []],
      // a document with no determiner or owner names nobody, as "Western estimates put" did not (pass on both)
      ['Western reports put Russian deaths at 7,000.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // Round 42: "OMB's Fiscal Year 2020 Action Plan for managing government data states" (a GAO report), "TBS's DSDS
  // for 2017 to 2020 describes" (a Canadian department's report): the topic after a body's document ("for managing
  // data", "for the banking sector", "on reducing smog") hid the owner, and the sentence was unsourced
  describe('round 42: a body\'s document with its topic before the verb ("X\'s plan for managing data states")', () => {
    it.each([
      ["OMB's plan for managing data states that agencies should collect data.", [['Office of Management and Budget', 'original']]],
      ["The EPA's report on reducing smog found that ozone levels fell.", [['U.S. Environmental Protection Agency', 'original']]],
      ["The Fed's report for the banking sector says lending slowed.", [['Federal Reserve', 'original']]],
      ["The Fed's Financial Stability Report for the banking sector says lending slowed.", [['Federal Reserve', 'original']]],
      ["The IMF's outlook for 2025 to 2027 says growth will slow.", [['International Monetary Fund', 'original']]],
      // a topic already read, no owner named, and a topic naming a body of its own, as before (pass on both)
      ["The EPA's report on air quality found that ozone levels fell.", [['U.S. Environmental Protection Agency', 'original']]],
      ["The IMF's latest report on global financial stability said risks had risen.", [['International Monetary Fund', 'original']]],
      ['The plan for managing data states that agencies should collect data.', []],
      ['Rules for managing data say agencies should collect data.', []],
      ["Acme's report on Norvale Mining said output fell.", [['Acme', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('a probe of the fourth session of 2026-12-01: polls and surveys released', () => {
  // "A Gallup poll released Monday found" was unsourced where "A Gallup poll found" names Gallup: the participle
  // saying when or how the document came out stands between it and its verb
  describe('a document\'s release ("released Monday", "published on Tuesday", "conducted over three days") before its verb', () => {
    it.each([
      ['A Gallup poll released Monday found that 41% of Americans approve of the president.', [['Gallup', 'original']]],
      ['A Pew Research Center survey released on Tuesday found that most adults use social media daily.', [['Pew Research Center', 'original']]],
      ['A Gallup poll published last week showed support for the measure at 52%.', [['Gallup', 'original']]],
      // the registry's name for the university's poll, as "A Quinnipiac University poll showed" gives
      ['A Quinnipiac University poll conducted over three days showed the senator trailing by six points.', [['Quinnipiac University Poll', 'original']]],
      // as before (pass on both)
      ['A Gallup poll found that 41% of Americans approve of the president.', [['Gallup', 'original']]],
      ['A poll released Monday found that 41% of Americans approve of the president.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 43: forms from held-out wire, aggregator and business copy', () => {
  // "Nineteen patients died after taking a drug from Intercept Pharmaceuticals Inc., the U.S. Food and Drug
  // Administration said" (Bloomberg copy): a capitalised word and a comma before a registered name holding "and"
  // made a list of three ("Intercept Pharmaceuticals Inc.", "U.S. Food", "Drug Administration")
  describe('a registered name holding "and" after a comma is one name, not the end of a list', () => {
    it.each([
      ['Nineteen patients died after taking a drug from Acme Inc., the U.S. Food and Drug Administration said.', [['U.S. Food and Drug Administration', 'original']]],
      ['The recall covers stores in Texas, the Department of Health and Human Services said.', [['U.S. Department of Health and Human Services', 'original']]],
      // lists as before (pass on both)
      ['Target, Costco and Kroger said they would raise wages by 5%.', [['Target', 'original'], ['Costco', 'original'], ['Kroger', 'original']]],
      ['Nineteen patients died, the U.S. Food and Drug Administration said.', [['U.S. Food and Drug Administration', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "South Korea's presidential spokeswoman said" (Reuters), "Russian presidential spokesman Dmitry Peskov"
  // (TASS, Mehr, aggregators), "Presidential spokesperson Kang Yu-jung" (JoongAng): the spokesperson of a
  // country's presidency speaks for it, as "government spokesman" speaks for the government; it named nobody
  describe('"X\'s presidential spokesman": the country\'s presidency', () => {
    it.each([
      ["South Korea's presidential spokeswoman said they were checking the report.", [['Office of the President of South Korea', 'original']]],
      ['South Korea’s presidential spokeswoman said they were checking the report.', [['Office of the President of South Korea', 'original']]],
      ['South Korean presidential spokesman Kang Min-seok said the talks had ended.', [['Office of the President of South Korea', 'original']]],
      ["Russia's presidential spokesman Dmitry Peskov said the talks had ended.", [['Kremlin', 'original']]],
      // as before (pass on both)
      ["South Korea's presidential office said the talks had ended.", [['Office of the President of South Korea', 'original']]],
      ['Kremlin spokesman Dmitry Peskov said the talks had ended.', [['Kremlin', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "..., according to South Korea's military, the official South Korean news agency Yonhap reported" (CNBC),
  // "..., South Korea's Yonhap news agency reported", "China's official Xinhua news agency said" (wire copy of
  // Asian agencies): the country before the closing outlet hid that it closes the sentence, so the outlet stayed an
  // original beside the source it passes on
  describe('a closing outlet described by its country ("South Korea\'s Yonhap news agency reported") relays', () => {
    it.each([
      ["Two people died, according to the Interior Ministry, South Korea's Yonhap news agency reported.", [['Interior Ministry', 'original'], ['Yonhap', 'relay']]],
      ["North Korea fired a missile, according to South Korea's military, the official South Korean news agency Yonhap reported.", [['South Korean Joint Chiefs of Staff', 'original'], ['Yonhap', 'relay']]],
      ["Two people died, the Interior Ministry said, China's official Xinhua news agency reported.", [['Interior Ministry', 'original'], ['Xinhua', 'relay']]],
      // as before (pass on both)
      ['Two people died, according to the Interior Ministry, the official Xinhua news agency reported.', [['Interior Ministry', 'original'], ['Xinhua', 'relay']]],
      ["North Korea fired a missile, according to South Korea's military, Yonhap reported.", [['South Korean Joint Chiefs of Staff', 'original'], ['Yonhap', 'relay']]],
      ["South Korea's Yonhap news agency reported that North Korea fired a missile.", [['Yonhap', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // AP's "The Latest" and other live copy write the agency's report in the present: "The Xinhua news agency reports
  // that 15 people are confirmed dead", "Yonhap news agency reports that" (the tagger reads "reports" as the
  // agency's noun); the past tense was read, the present named nobody
  describe('"The X news agency reports that": the outlet, in the present tense', () => {
    it.each([
      ['The Xinhua news agency reports that 15 people are confirmed dead in a landslide.', [['Xinhua', 'original']]],
      ['Yonhap news agency reports that the missile flew 500 km.', [['Yonhap', 'original']]],
      ["South Korea's Yonhap news agency reports that the missile flew 500 km.", [['Yonhap', 'original']]],
      // as before (pass on both)
      ['The Xinhua news agency reported that 15 people were confirmed dead in a landslide.', [['Xinhua', 'original']]],
      ['Xinhua news agency reports are often delayed by a day.', []],
      ['The agency reports to the ministry every month.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The official Sichuan Daily newspaper said on its microblog" (AP), "the Chosun Ilbo newspaper quoted" (UPI), "the
  // Norvale Gazette newspaper reported": a name the words after it call a newspaper, a daily or a broadcaster is that
  // outlet; a registered one was read, an unregistered one named nobody
  describe('an unregistered name called an outlet by the words after it ("the X newspaper said")', () => {
    it.each([
      ['The official Sichuan Daily newspaper said on its microblog that rescuers pulled out three people.', [['Sichuan Daily', 'original']]],
      ['The Norvale Gazette newspaper reported that the mine would close.', [['The Norvale Gazette', 'original']]],
      ['Two people died, the local Norvale Gazette newspaper said.', [['Norvale Gazette', 'original']]],
      // as before (pass on both)
      ['The Chosun Ilbo newspaper said that a train carried a missile.', [['The Chosun Ilbo', 'original']]],
      ['The Norvale Gazette said the mine would close.', [['The Norvale Gazette', 'original']]],
      ['The South Korean newspaper said the launch was a success.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('a probe of the fifth session of 2026-12-01', () => {
  // "Government spokesperson Hirokazu Matsuno said" (wire copy from Tokyo), "Presidential spokesman Dmitry Peskov
  // said" (TASS, aggregators), "Presidential spokesperson Harry Roque said" (Manila copy): a government's or a
  // presidency's voice whose country the title leaves out gave "Government" or "Presidential" as a body, an
  // adjective taken for a company before a spokesman's title. It is the article's country's body, and with no
  // country known the person alone, as for "Energy Minister Jane Roe".
  const tokyo = "TOKYO (Reuters) - Japan's economy shrank in the third quarter. Japan's exports fell, and Japan will act. ";
  const moscow = 'MOSCOW (Reuters) - Russia will not extend the grain deal, Russia said. Russia also said more would follow. ';
  describe('"Government spokesperson X", "Presidential spokesman X": the country\'s government or presidency', () => {
    it.each([
      [`${tokyo}Government spokesperson Hirokazu Matsuno said the cabinet would approve a package on Friday.`, [['Japanese government', 'original']], 'Hirokazu Matsuno'],
      [`${moscow}Presidential spokesman Dmitry Peskov said the decision was final.`, [['Kremlin', 'original']], 'Dmitry Peskov'],
      ['Presidential spokesman Dmitry Peskov said the decision was final.', [['Dmitry Peskov', 'original']], undefined],
      ['Government spokesperson Hirokazu Matsuno said the cabinet would approve a package on Friday.', [['Hirokazu Matsuno', 'original']], undefined],
      // as before (pass on both)
      [`${moscow}Kremlin spokesman Dmitry Peskov said the decision was final.`, [['Kremlin', 'original']], 'Dmitry Peskov'],
      ['GitHub CEO Thomas Dohmke said the service would grow.', [['GitHub', 'original']], 'Thomas Dohmke'],
    ] as Array<[string, Array<[string, string]>, string | undefined]>)('%s', (text, expected, person) => {
      expect(lastSources(text)).toEqual(expected);
      expect(lastPerson(text)).toBe(person);
    });
  });

  // "The government said" in a story about one country (Wikinews on a Paris police station, Reuters copy datelined
  // in one capital): that country's government, as "the foreign ministry said" is its foreign ministry; it gave an
  // unregistered "government"
  describe('"the government said", "the presidency said": the article\'s country\'s', () => {
    it.each([
      [`${tokyo}The government said it would act.`, [['Japanese government', 'original']]],
      ["KYIV (Reuters) - Ukraine said on Monday that it had repelled attacks. Ukraine's army held the line, and Ukraine will hold. The presidency said talks would resume.", [['Office of the President of Ukraine', 'original']]],
      // as before (pass on both): no country known
      ['The government said it would act.', [['government', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Taro Kono told reporters Japan would respond": what a speaker says someone would do ("would respond",
  // "would comment", "would announce") is no report of theirs, as "will announce" is none; "respond" is a
  // reporting verb, so the clause's subject came out as a second original ("Japan?")
  describe('"X would respond": a report still to come is no report', () => {
    it.each([
      ['Taro Kono told reporters Japan would respond.', [['Taro Kono', 'original']]],
      ['Jane Roe said Acme would comment on the results later.', [['Jane Roe', 'original']]],
      ['The minister said the ministry would announce the figures on Friday.', []],
      // as before (pass on both)
      ['Taro Kono told reporters Japan would act.', [['Taro Kono', 'original']]],
      ['Acme responded that the figures were wrong.', [['Acme', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "a foreign ministry spokesperson said", "the government spokesman said", "a spokeswoman for the foreign
  // ministry said" in a story about one country: the office's body in that country, as "A Foreign Ministry
  // spokesman said" is; lower-case, they named nobody, or "the spokesman" meant whoever spoke last
  describe('"a foreign ministry spokesperson said": the article\'s country\'s office', () => {
    it.each([
      [`${tokyo}A foreign ministry spokesperson said the figures were wrong.`, [['Japanese Foreign Ministry', 'original']]],
      [`${tokyo}A Treasury spokeswoman said rates would rise. The foreign ministry spokesperson said the figures were wrong.`, [['Japanese Foreign Ministry', 'original']]],
      [`${tokyo}A government spokesman said the figures were wrong.`, [['Japanese government', 'original']]],
      [`${tokyo}The foreign ministry's spokesperson said the figures were wrong.`, [['Japanese Foreign Ministry', 'original']]],
      [`${tokyo}A spokeswoman for the foreign ministry said the figures were wrong.`, [['Japanese Foreign Ministry', 'original']]],
      // as before (pass on both)
      [`${tokyo}A Foreign Ministry spokesman said the figures were wrong.`, [['Japanese Foreign Ministry', 'original']]],
      ['A foreign ministry spokesperson said the figures were wrong.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Premier Li Qiang told a meeting", "Ontario Premier Doug Ford said": "Premier" is a title like "Prime Minister",
  // not a word of the holder's name ("Premier Li Qiang", "Ontario Premier Doug Ford" came out as names)
  describe('"Premier X": a title, not part of the name', () => {
    it.each([
      ['Premier Li Qiang told a meeting of the State Council that the economy was recovering.', [['Li Qiang', 'original']]],
      ['Ontario Premier Doug Ford said the plan was ready.', [['Doug Ford', 'original']]],
      // as before (pass on both)
      ['Chinese Premier Li Qiang said the economy was recovering.', [['Chinese government', 'original']]],
      ['Prime Minister Fumio Kishida said the plan was ready.', [['Fumio Kishida', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The Ukrainian Air Force said ... the Air Force said" (Ukrainian and wire copy): the name without its country's
  // adjective is the body named before, as "the General Staff" after "the Ukrainian General Staff"; it gave "Air Force?"
  describe('"the Air Force" after "the Ukrainian Air Force": the body named before', () => {
    it.each([
      ['The Ukrainian Air Force said 40 drones were downed.\n\nRussia launched 52 drones overnight, the Air Force said.', [['Ukrainian Air Force', 'original']]],
      // as before (pass on both)
      ['The Russian Defence Ministry said 40 drones were downed.\n\nThe Defence Ministry said more would follow.', [['Russian Ministry of Defence', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 44: forms from held-out Gulf, South Asian, East Asian and aggregator copy', () => {
  // "Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani said ... “...,” he said." (Al Jazeera), "Saudi
  // Arabian Foreign Minister Prince Faisal bin Farhan has said ... bin Farhan told the FT" (Reuters, Business
  // Recorder), "Saudi Arabia's Foreign Minister Faisal bin Farhan said ... He also said" (Iran Press): the lower-case
  // particle of an Arabic name ("bin", "ibn", "bint", "el-") after an office title lost the holder, so the body came
  // with no person and "he said" next named nobody
  describe('a holder whose name has a lower-case particle ("Faisal bin Farhan") after an office title', () => {
    it.each([
      ['Qatari Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani said he had no idea.\n\n“It’s not about Iran,” he said.', 'Sheikh Mohammed bin Abdulrahman Al Thani'],
      ['Saudi Foreign Minister Faisal bin Farhan said the talks were cordial.\n\n“We are serious,” he said.', 'Faisal bin Farhan'],
      ['Saudi Crown Prince Mohammed bin Salman said the plan was ready.\n\n“It is ready,” he said.', 'Mohammed bin Salman'],
      ['Egyptian President Abdel Fattah el-Sisi said the plan was ready.\n\n“It is ready,” he said.', 'Abdel Fattah el-Sisi'],
      // as before (pass on both)
      ['Saudi Foreign Minister Prince Faisal said the talks were cordial.\n\n“We are serious,” he said.', 'Prince Faisal'],
      ['Dutch Prime Minister Dick Schoof said the plan was ready.\n\n“It is ready,” he said.', 'Dick Schoof'],
      ['European Commission President Ursula von der Leyen said the plan was ready.\n\n“It is ready,” she said.', 'Ursula von der Leyen'],
    ] as Array<[string, string]>)('%s', (text, person) => {
      expect(lastPerson(text)).toBe(person);
    });
    it.each([
      ['Saudi Foreign Minister Faisal bin Farhan said the talks were cordial.\n\n“We are serious,” he said.', [['Saudi Ministry of Foreign Affairs', 'original']]],
      // an office whose words hold no name: nobody (pass on both)
      ['The Saudi Foreign Minister said the talks were cordial.', [['Saudi Ministry of Foreign Affairs', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Ri Son-kwon, chairman of the North's Committee for the Peaceful Reunification of the Fatherland, said" (UPI), "Kim
  // Yong Ju, chairman of the Central Standing Committee of the Korean Youth League in Japan" (KCNA), "the Committee for
  // the Peaceful Reunification of the Country" (Al Jazeera): an unregistered body whose name goes on after its head with
  // "for the" was cut to the words after it ("Peaceful Reunification", "Study of Democracy")
  describe('"X, chairman of the Committee for the Y of the Z": the whole name after the title', () => {
    it.each([
      ["Ri Son-kwon, chairman of the North's Committee for the Peaceful Reunification of the Fatherland, said the hotline would be used.", [['Committee for the Peaceful Reunification of the Fatherland', 'original']]],
      ['Jane Roe, director of the Centre for the Study of Democracy, said the vote was fair.', [['Centre for the Study of Democracy', 'original']]],
      ['The vote was fair, said Jane Roe, chair of the Committee for the Protection of Voters.', [['Committee for the Protection of Voters', 'original']]],
      ['Jane Roe, director of the Centre for the Study of Democracy at Oxford University, said the vote was fair.', [['Centre for the Study of Democracy', 'original']]],
      // as before (pass on both)
      ['Jane Roe, Director of Public Health for the Nebraska DHHS, said the vote was fair.', [['Nebraska DHHS', 'original']]],
      ['Jane Roe, director of the Institute for Democracy, said the vote was fair.', [['Institute for Democracy', 'original']]],
      ['Jane Roe, chairman of the Union of Lawyers, said the vote was fair.', [['Union of Lawyers', 'original']]],
      ['Jane Roe of the Centre for the Study of Democracy said the vote was fair.', [['Centre for the Study of Democracy', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "As per the statement, PNB's ability to sustain its buffers is important" (IANS), "As per the Union Health
  // Ministry data analysed by NW18" (News18), "As per data released by the Ministry" (The Hindu): South Asian
  // English's "as per" is "according to"; it named nobody
  describe('"as per X": according to X', () => {
    it.each([
      ['As per the Union Health Ministry, 12 states reported a drop in cases.', [['Ministry of Health and Family Welfare of India', 'original']]],
      ['Twelve states reported a drop in cases, as per Reuters.', [['Reuters', 'original']]],
      ['Fitch said the bank was weak.\n\nAs per the statement, the bank needs more capital.', [['Fitch Ratings', 'original']]],
      // as before (pass on both)
      ['According to the Union Health Ministry, 12 states reported a drop in cases.', [['Ministry of Health and Family Welfare of India', 'original']]],
      ['The trains will run as per schedule.', []],
      ['As per reports, 12 people died.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "should carry out its duties according to the spirit of the Constitution" (KBS), "considered as per the provisions
  // of the Act" (Lokmat), "according to the terms of the agreement" (wire copy): a law, a treaty or the terms of one is
  // what something accords with, not who said it; it came out as a source ("Constitution", "Act", "Agreement")
  describe('"according to the Constitution", "according to the terms of the Agreement": no source', () => {
    it.each([
      ['Yoon said the ministry should carry out its duties according to the spirit of the Constitution.', [['Yoon', 'original']]],
      ['The cuts were made according to the provisions of the Act.', []],
      ['The plan was drawn up according to the terms of the Agreement.', []],
      ['The cuts were made according to the Constitution.', []],
      // as before (pass on both; "as per" named nobody before, and the Act is still no source with it as a cue)
      ['Hamas is banned as per the provisions of the Unlawful Activities Act.', []],
      ['The cuts were made according to the plan.', []],
      ['The cuts were unlawful, according to the Constitutional Court.', [['Constitutional Court', 'original']]],
      ['The cuts were unlawful, according to the Law Society.', [['Law Society', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Such a quake could ... cause up to 320,000 deaths, according to a government estimate in 2012" (CGTN, in a story
  // from Tokyo), "Growth in US consumer prices slowed in March, government data showed" (Reuters via RTÉ), "New
  // government data shows grocery prices climbed" (CNN): a government's figures in a story about one country are that
  // country's government's, as "the government said" is; they named nobody
  describe('"government data showed", "according to a government estimate": the article country\'s government', () => {
    const tokyo = 'TOKYO (AP) — Japan braced for a quake on Friday.\n\n';
    it.each([
      [`${tokyo}Such a quake could cause up to 320,000 deaths, according to a government estimate in 2012.`, [['Japanese government', 'original']]],
      [`${tokyo}Exports fell 3% in March, government data showed.`, [['Japanese government', 'original']]],
      [`${tokyo}Exports fell 3% in March, according to government figures released on Monday.`, [['Japanese government', 'original']]],
      [`${tokyo}Government data released on Monday showed that exports fell 3%.`, [['Japanese government', 'original']]],
      // as before (pass on both)
      [`${tokyo}Exports fell 3% in March, the government said.`, [['Japanese government', 'original']]],
      ['Exports fell 3% in March, government data showed.', []],
      [`${tokyo}Exports fell 3% in March, according to the government's critics.`, []],
      [`${tokyo}Exports fell 3% in March, according to data from Eurostat.`, [['Eurostat', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The Massachusetts Department of Public Health is urging residents to get vaccinated" (CapeCod.com), "The
  // Connecticut Department of Public Health is urging residents" (NBC Connecticut), "the CDC is urging people to get
  // vaccinated" (Health), "Dr. Fong is once again calling on Fijians" (FBC News), "Kim has been calling for" (KBS): a
  // reporting verb in the progressive was read as a passive ("is" before it), and "been" broke the subject's link
  describe('the progressive of a reporting verb ("is urging", "has been calling for"): its subject speaks', () => {
    it.each([
      ['The CDC is urging people to get vaccinated before the holidays.', [['Centers for Disease Control and Prevention', 'original']]],
      ['The CDC is warning that cases are rising.', [['Centers for Disease Control and Prevention', 'original']]],
      ['The CDC has been saying that cases are rising.', [['Centers for Disease Control and Prevention', 'original']]],
      ['Kim Young-ho was named minister.\n\nKim has been calling for a ban on the leaflets.', [['Kim Young-ho', 'original']]],
      ['Russia is warning that it will respond.', [['Russia', 'original']]],
      // as before (pass on both)
      ['The CDC urges people to get vaccinated before the holidays.', [['Centers for Disease Control and Prevention', 'original']]],
      ['The CDC has been tracking cases since March.', []],
      ['Roe has been reported missing.', []],
      ['Rescuers are calling the area a disaster zone.', []],
      ['Acme sued Roe, calling for damages.', []],
      ['The CDC is being told that cases are rising.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 45: forms from held-out European, African, Ukrainian and science copy', () => {
  // "Public broadcasters ARD, ZDF and Deutschlandradio all condemned the closure" (DW), "The UN and NATO have both
  // condemned", "Boeing and Airbus have both said": a quantifier between a list of speakers and the verb broke the
  // subject's link, so nobody was named (countries and capitals, "Russia and China both said", were read already)
  describe('"X, Y and Z all said", "X and Y both said": the quantifier after the speakers', () => {
    it.each([
      ['Public broadcasters ARD, ZDF and Deutschlandradio all condemned the closure.', [['ARD', 'original'], ['ZDF', 'original'], ['Deutschlandradio', 'original']]],
      ['The UN and NATO have both condemned the attack.', [['United Nations', 'original'], ['NATO', 'original']]],
      ['Amnesty International and Human Rights Watch both condemned the verdict.', [['Amnesty International', 'original'], ['Human Rights Watch', 'original']]],
      ['Boeing and Airbus have both said they would cut output.', [['Boeing', 'original'], ['Airbus', 'original']]],
      // as before (pass on both): countries and capitals were read already, as was a list with no quantifier
      ['Russia and China both said they would veto the resolution.', [['Russia', 'original'], ['China', 'original']]],
      ['Seoul and Tokyo all said the launch was a provocation.', [['Seoul', 'original'], ['Tokyo', 'original']]],
      ['ARD, ZDF and Deutschlandradio condemned the closure.', [['ARD', 'original'], ['ZDF', 'original'], ['Deutschlandradio', 'original']]],
      ['The UN and NATO jointly condemned the attack.', [['United Nations', 'original'], ['NATO', 'original']]],
      ['Reuters reported that all said it was fine.', [['Reuters', 'original']]],
      ['Both sides said the talks were useful.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "..., Director General for Health Patrick Amoth said in a statement" (Anadolu from Nairobi), "Minister for Health
  // Simon Harris has said" (RTÉ; the title written so on merrionstreet.ie and Midwest Radio too): "Health" after a
  // title's "for" or "of" was read as a body's field ("Public Health England"), so "Health Patrick Amoth" came out as
  // an unregistered body, and "Director General" as its person
  describe('"<Title> for Health <Name>": the portfolio is no part of the name', () => {
    it.each([
      ['In Dublin, Minister for Health Stephen Donnelly said the hospital would reopen.', [['Stephen Donnelly', 'original']]],
      ['Minister for Health Jane Roe said the law would pass.', [['Jane Roe', 'original']]],
      ['Minister for Health Simon Harris has said he did not want to engage in personalised attacks.', [['Simon Harris', 'original']]],
      ['The disease was found in two schools, Director General for Health Patrick Amoth said in a statement.', [['Patrick Amoth', 'original']]],
      ['Director General for Health Patrick Amoth said the outbreak was over.', [['Patrick Amoth', 'original']]],
      // as before (pass on both)
      ['Minister for Energy Jane Roe said the plant would close.', [['Jane Roe', 'original']]],
      ['Chairman of Partners In Health Jane Roe said the clinic would open.', [['Partners In Health', 'original']]],
      ['Tomasz Wisniewski of the Polish Angling Association said the fish died.', [['Polish Angling Association', 'original']]],
      ['Chief Executive of Acme Corp Jane Roe said sales rose.', [['Acme Corp', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // "Health experts told Anadolu that ..." after "Director General for Health" (Anadolu from Nairobi), "Health experts
  // warned" in stories that name "the Ministry of Health" (Cyprus News Agency, Qatar's MoPH copy, Xinhua from Dar es
  // Salaam), "Energy analysts said" after "the Ministry of Energy": a capitalised field word opening the sentence
  // before "experts" or "analysts" was taken for their employer once a ministry's name had written it capitalised
  // mid-sentence, giving "Health" as a body (and "told Anadolu" a relay of it)
  describe('"Health experts said" in a story naming the Ministry of Health: unnamed experts', () => {
    it.each([
      ['The Ministry of Health said 627 patients were ill.\n\nHealth experts warned that the virus could spread.', [], true],
      ['The Ministry of Health said 627 patients were ill.\n\nHealth experts told Reuters that the outbreak was waterborne.', [['Reuters', 'original']], true],
      ['The Ministry of Energy cut output.\n\nEnergy analysts said prices would rise.', [], true],
      // as before (pass on both)
      ['Health experts say the virus could spread.', [], true],
      ['Security experts told Reuters that the attack was planned.', [['Reuters', 'original']], true],
      ['The Ministry of Health said 627 patients were ill.\n\nGoldman Sachs analysts said drug prices would rise.', [['Goldman Sachs', 'original']], undefined],
      ['Capital Economics analysts said prices would rise.', [['Capital Economics', 'original']], undefined],
    ] as Array<[string, Array<[string, string]>, boolean | undefined]>)('%s', (text, expected, anonymous) => {
      expect(lastSources(text)).toEqual(expected);
      expect(lastClaim(text).anonymous).toBe(anonymous);
    });
  });
  // '"...," says study lead author Dr. Stanley Hazen, Chair of ... at Cleveland Clinic’s Lerner Research Institute, in a
  // media release' (Study Finds), '"...," said lead author Rebecca Fuoco, the director of science communications at the
  // Green Science Policy Institute' (Press-News.org): the tagger reads "lead" as a verb, which ended the inverted
  // speaker before it began, so nobody was named
  describe('"said lead author X": "lead" before an expert\'s noun is no verb', () => {
    it.each([
      ['“This is big,” said lead author Jane Roe.', [['Jane Roe', 'original']]],
      ['“This is big,” says study lead author Dr. Stanley Hazen, Chair of Cardiovascular Sciences at Cleveland Clinic’s Lerner Research Institute, in a media release.', [['Stanley Hazen', 'original']]],
      ['“It’s a shame,” said lead author Rebecca Fuoco, the director of science communications at the Green Science Policy Institute.', [['Green Science Policy Institute', 'original']]],
      ['“This is big,” says lead researcher Jane Roe of Oxford University.', [['Oxford University', 'original']]],
      // as before (pass on both)
      ['“This is big,” said study author Jane Roe.', [['Jane Roe', 'original']]],
      ['“This is big,” said co-author Jane Roe.', [['Jane Roe', 'original']]],
      ['“We will lead,” said Jane Roe.', [['Jane Roe', 'original']]],
      ['Cases will rise, said the report, which could lead researchers to act.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // "The police spokesperson, Jimoh Moshood, disclosed the probe in a statement" (Premium Times running NAN), "Speaking
  // on the reported arrest, the police spokesperson, Jimoh Moshood, said" (Nigerian Eye), "..., the command
  // spokesperson, ASP Lawan Shiisu, has said" (Wazup Naija): a spokesperson described in lower case with the name in
  // apposition named nobody (or the spokesperson quoted before, by recall); the person named speaks
  describe('"the police spokesperson, Jimoh Moshood, said": the spokesperson in apposition', () => {
    it.each([
      ['The police spokesperson, Jimoh Moshood, disclosed the probe in a statement in Abuja on Wednesday.', [['Jimoh Moshood', 'original']]],
      ['Speaking on the reported arrest, the police spokesperson, Jimoh Moshood, said he was not aware of the details.', [['Jimoh Moshood', 'original']]],
      ['The Police Command in Jigawa has arrested three suspects, the command spokesperson, ASP Lawan Shiisu, has said.', [['Lawan Shiisu', 'original']]],
      ['The spokesperson, Jane Roe, said the officer had been suspended.', [['Jane Roe', 'original']]],
      ['The police spokesperson, Jimoh Moshood, said the officer was suspended.\n\nThe command spokesperson, Jane Roe, said the suspects were held.', [['Jane Roe', 'original']]],
      // as before (pass on both)
      ["Gazprom said supplies would fall.\n\nThe company's spokesman, Jane Roe, said supplies would fall.", [['Gazprom', 'original']]],
      ['A spokesman, speaking on condition of anonymity, said supplies would fall.', []],
      ['The spokesman said supplies would fall.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 46: forms from held-out British, Australian, Israeli and Russian copy', () => {
  // "The work and pensions secretary, Mel Stride, has conceded ... He told the BBC's The World At One programme: ..."
  // (The Guardian's live blog on inkl), "the new prime minister, Rishi Sunak, has restored", "the chancellor, Jeremy
  // Hunt," (Guardian, gal-dem), "the home secretary Suella Braverman" (indy100): a lower-case title with its holder in
  // apposition named nobody unless the text named Britain three times, "work and pensions" was no portfolio, and the
  // holder was not whom "he" and "Mr Stride" meant next (the body alone was remembered)
  describe('"The home secretary, Suella Braverman, said": a lower-case British title and its holder', () => {
    it.each([
      ['The work and pensions secretary, Mel Stride, said that Brexit delivered a blow.', [['Department for Work and Pensions', 'original']]],
      ['Work and Pensions Secretary Mel Stride said that Brexit delivered a blow.', [['Department for Work and Pensions', 'original']]],
      ['The home secretary, Suella Braverman, said that the system was broken.', [['Home Office', 'original']]],
      ['The foreign secretary, James Cleverly, said the talks were useful.', [['Foreign, Commonwealth and Development Office', 'original']]],
      ['Britain cut rates. UK growth slowed. The UK economy shrank.\n\nThe health secretary, Matt Hancock, said the NHS was ready.\n\nHe told the BBC that more beds would open.', [['Department of Health and Social Care', 'original'], ['BBC', 'relay']]],
      ['Britain cut rates. UK growth slowed. The UK economy shrank.\n\nThe health secretary, Matt Hancock, said the NHS was ready.\n\nMr Hancock told Sky News that more beds would open.', [['Department of Health and Social Care', 'original'], ['Sky News', 'relay']]],
      // as before (pass on both)
      ['Home Secretary Suella Braverman said that the system was broken.', [['Home Office', 'original']]],
      ['Britain cut rates. UK growth slowed. The UK economy shrank.\n\nThe health secretary, Matt Hancock, said the NHS was ready.', [['Department of Health and Social Care', 'original']]],
      ['The health secretary said the hospitals were ready.', []],
      ['The club secretary, Jane Roe, said the ground would close.', []],
      ['Acme Corp said sales rose.\n\nThe company secretary, Jane Roe, said the board would meet.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Sunak is being urged by his backbench MPs to be just as hawkish" (The Guardian's live blog on inkl), "as Tory MPs
  // warned they could support a vote of no confidence" (The Telegraph), "Furious Tory MPs have called for the Prime
  // Minister to step down" (Express & Star), "Conservative MPs have given a lukewarm reaction" (The Scotsman): the
  // capitalised plural abbreviation was read as a body's name ("MPs", "Tory MPs"); members of a legislature left
  // unnamed are anonymous, as "Republican lawmakers said" is
  describe('"Tory MPs said", "urged by his backbench MPs": unnamed members of a legislature', () => {
    it.each([
      ['Theresa May has faced renewed pressure to resign as Tory MPs warned they could support a vote of no confidence.', [], true],
      ['Furious Tory MPs have called for the Prime Minister to step down.', [], true],
      ['Sunak is being urged by his backbench MPs to be just as hawkish.', [], true],
      ['Senior MEPs said the plan would fail.', [], true],
      ['MPs said the plan would fail.', [], true],
      ['Several MPs told the BBC the plan would fail.', [['BBC', 'original']], true],
      // as before (pass on both)
      ['Republican lawmakers said the plan would fail.', [], undefined],
      ['Sunak was urged by Acme Corp to resign.', [['Acme Corp', 'original']], undefined],
      ['Two officials told the BBC the plan would fail.', [['BBC', 'original']], true],
    ] as Array<[string, Array<[string, string]>, boolean | undefined]>)('%s', (text, expected, anonymous) => {
      expect(lastSources(text)).toEqual(expected);
      expect(lastClaim(text).anonymous).toBe(anonymous);
    });
  });
});

describe('round 47: forms from held-out American, Indian, Philippine, Chinese-state and sports copy', () => {
  // "Former British prime minister David Cameron also responded to the news: ... Cameron said" (Update America),
  // "Former British Prime Minister Tony Blair has said the U.S.-led invasion ..." and "The former British Prime Minister
  // Tony Blair has acknowledged" (RT and others, collected by endtime.com): "former" before a country's adjective did
  // not retire the holder ("Russia's former president" did), so he spoke for Downing Street; sentence-initial "Former
  // US President Barack Obama" gave a body "Former US"
  describe('"Former British Prime Minister Tony Blair said": a former holder speaks for himself', () => {
    it.each([
      ['Former British prime minister David Cameron said the vote was lost.', [['David Cameron', 'original']]],
      ['The vote was lost, former British prime minister David Cameron said.', [['David Cameron', 'original']]],
      ['Former British Prime Minister Tony Blair has said the invasion played a role.', [['Tony Blair', 'original']]],
      ['The former British Prime Minister Tony Blair has acknowledged that the group stemmed from the invasion.', [['Tony Blair', 'original']]],
      ['Former US President Barack Obama said the vote was close.', [['Barack Obama', 'original']]],
      ['Former Russian President Dmitry Medvedev said the talks failed.', [['Dmitry Medvedev', 'original']]],
      ['Former British prime minister David Cameron also responded.\n\n"I feel sorry for her," Cameron said.', [['David Cameron', 'original']]],
      // as before (pass on both)
      ['British Prime Minister Theresa May said the deal was done.', [['Downing Street', 'original']]],
      ['Former President Barack Obama said the vote was close.', [['Barack Obama', 'original']]],
      ['Former Foreign Minister Jane Roe said the vote was close.', [['Jane Roe', 'original']]],
      ['Acme Corp CEO Jane Roe said sales rose.', [['Acme Corp', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "NCRPO chief Police Brigadier General Jonnel Estomo said" (GMA News), "Police Colonel Robert Daculan, Lanao del Sur
  // police director, said" and "Police Brigadier General Prexy Tanggawohn ... commended" (SunStar Zamboanga), "PNP
  // Spokesperson Police Brigadier General Jean Fajardo said" (PNA on maharlika.tv): the Philippine police write the
  // army's ranks after "Police"; "Police Brigadier" was read as a body, and "the police" later meant it
  describe('"Police Brigadier General Jane Roe said": a Philippine police rank', () => {
    it.each([
      ['Police Brigadier General Jane Roe said two suspects were arrested.', [['Jane Roe', 'original']]],
      ['NCRPO chief Police Brigadier General Jonnel Estomo said the case was solved.', [['Jonnel Estomo', 'original']]],
      ['The Philippine National Police said it was ready.\n\nNCRPO chief Police Brigadier General Jonnel Estomo said the case was solved.', [['Philippine National Police', 'original']]],
      ['The Philippine National Police said it was ready.\n\nPolice Lieutenant Colonel Jane Roe said two suspects were arrested.', [['Philippine National Police', 'original']]],
      ['The Philippine National Police said it was ready.\n\nNCRPO chief Police Brigadier General Jonnel Estomo said the case was solved.\n\nThe police also denied that the video was taken in the country.', [['Philippine National Police', 'original']]],
      // as before (pass on both)
      ['Police Chief Jane Roe said two suspects were arrested.', [['Jane Roe', 'original']]],
      ['Police Commissioner John Doe said the force was ready.', [['John Doe', 'original']]],
      ['Police Colonel Jane Roe said two suspects were arrested.', [['Jane Roe', 'original']]],
      ['Essex Police said a man was arrested.\n\nDetective Inspector Jane Roe said the inquiry continued.', [['Essex Police', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 48: forms from held-out business, wire and broadsheet copy', () => {
  // "Mr Price rose 0.79% to R159.05. The retailer said earlier that ..." (TimesLIVE), "MTN's share price
  // dropped 3.84%, to close at R86.50" (ITWeb), "Metair ... close at R16.85" (Fin24): a figure with a currency's letters
  // glued before it was cut at its decimal point, and the cue after it stood in a sentence of its own
  describe('"gained 3.77% to R2.75 after it said": a rand figure does not end the sentence', () => {
    it.each([
      ['Acme Corp said its shares rose to R159.05 on Thursday.', [['Acme Corp', 'original']]],
      ['Acme Corp said its shares fell to Rs86.50 on the BSE.', [['Acme Corp', 'original']]],
      // as before (pass on both)
      ['Shares closed at $86.50, Acme Corp said.', [['Acme Corp', 'original']]],
      ['Acme Corp said its shares rose to 275c on Thursday.', [['Acme Corp', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 49: recurring misses across held-out sets', () => {
  // Misses rounds 35 to 48 left on their held-out sets, grouped by class and kept where the class recurs across
  // rounds and outlets; each class was also seen on at least two other outlets' pages among the stored pages.

  // "Alpha MOS shares fell ... The company said" (CercleFinance, round 48), "Apple shares fell after the company
  // reported" (probed after round 43), "The Irish software company CBT ... The company eventually released" (The Irish
  // Times, round 48), "UPS said ... The package deliverer also said" (round 35): a company the story opened with as the
  // subject of its share price, or after words describing its trade, was no company "the company" or "it" could mean
  describe('"Norvale Devices shares fell. The company said": a company named by its shares', () => {
    it.each([
      ['Norvale Devices shares fell 20% on Monday. The company said its sales would be lower than expected.', [['Norvale Devices', 'original']]],
      ["Norvale Devices' shares fell 20% on Monday. The company said its sales would be lower than expected.", [['Norvale Devices', 'original']]],
      ["Norvale Devices's shares fell 20% on Monday. The company said its sales would be lower than expected.", [['Norvale Devices', 'original']]],
      ['Norvale Devices shares fell 20% on Monday. It said its sales would be lower than expected.', [['Norvale Devices', 'original']]],
      ['Norvale Devices stock rose 4% on Tuesday. The company said demand was strong.', [['Norvale Devices', 'original']]],
      ['The Irish software company Norvale Systems fell 20% on Monday. The company said its sales would be lower.', [['Norvale Systems', 'original']]],
      ['MTN shares fell 3% on Tuesday. The company said the decline was due to currency losses.', [['MTN', 'original']]],
      // as before (pass on both)
      ['Shares of Norvale Devices fell 20% on Monday. The company said its sales would be lower than expected.', [['Norvale Devices', 'original']]],
      ['European shares fell 2% on Monday. The company said its sales would be lower than expected.', []],
      ['Asian shares rose on Monday. It said its sales would be lower than expected.', []],
      ['Bank shares fell 3% on Monday. The company said its sales would be lower than expected.', []],
      ['US shares fell 3% on Monday. The company said its sales would be lower than expected.', []],
      ['The Irish software company said its sales would be lower than expected.', []],
      ['Norvale Devices shares fell 20% on Monday. Analysts said the economy would slow.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Eros Now is owned by ..., the filing said" (The Hindu BusinessLine, round 48; PTI via The Economic Times, round 47),
  // "Sales in Europe fell 3%, the release said" (probed in round 48): a company's filing or release speaks for the
  // company as its statement does; it named nobody, or made the clause's subject a body ("Sales in Europe")
  describe('"..., the filing said": a company\'s filing or release speaks for it', () => {
    it.each([
      ['Norvale Devices said its profit rose. Sales in Europe fell 3%, the filing said.', [['Norvale Devices', 'original']]],
      ['Norvale Devices said its profit rose. Sales in Europe fell 3%, the release said.', [['Norvale Devices', 'original']]],
      ['Norvale Devices said its profit rose. Sales in Europe fell 3%, the press release said.', [['Norvale Devices', 'original']]],
      ['Norvale Devices said its profit rose. Sales in Europe fell 3%, the regulatory filing said.', [['Norvale Devices', 'original']]],
      ["Norvale Devices said its profit rose. Sales in Europe fell 3%, the company's filing said.", [['Norvale Devices', 'original']]],
      ['Norvale Devices said its loans were repaid. Norvale Now is owned by the group, the filing said.', [['Norvale Devices', 'original']]],
      // no company before it: nobody, and never the clause's subject
      ['Sales in Europe fell 3%, the filing said.', []],
      // as before (pass on both)
      ['Norvale Devices said its profit rose. Sales in Europe fell 3%, the statement said.', [['Norvale Devices', 'original']]],
      ['Norvale Devices said in a filing that sales in Europe fell 3%.', [['Norvale Devices', 'original']]],
      ['The release of the hostages was delayed on Monday.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The Kenyan Health Ministry issued an alert" (Anadolu, round 45), "The advisory ... calls for" and "the alert
  // said" (Gulf News, round 44), probed "The Met Office issued a warning that" (round 45): a body issuing a warning,
  // an alert or an advisory with what it says after "that" is reporting it, as "issued a statement saying" is
  describe('"X issued an alert that ...": an issued warning, alert or advisory reports', () => {
    it.each([
      ['The Met Office has issued a warning that heavy rain would hit the region on Friday.', [['Met Office', 'original']]],
      ['The Met Office issued an alert on Monday that the storm had spread to three counties.', [['Met Office', 'original']]],
      ['The Met Office issued an advisory that roads would flood.', [['Met Office', 'original']]],
      ['The Met Office issued a statement that the storm had passed.', [['Met Office', 'original']]],
      // "The MET Office has issued a yellow weather warning for heavy rain over the weekend saying there is a risk of
      // flooding" (Ipswich Star): what the warning is about between it and the participle
      ['The Met Office issued a yellow weather warning for heavy rain over the weekend saying there is a risk of flooding.', [['Met Office', 'original']]],
      ['The Met Office issued a yellow weather warning for rain, saying flooding was likely.', [['Met Office', 'original']]],
      // as before (pass on both)
      ['The Met Office issued a statement saying the storm had passed.', [['Met Office', 'original']]],
      ['The Met Office issued a warning for heavy rain on Friday.', []],
      ['The Met Office issued a warning for Wales, saying flooding was likely.', [['Met Office', 'original']]],
      ['Engineers checked the warning for heavy rain, saying nothing.', []],
      ['Residents ignored the warning that roads would flood.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "the central bank said" after "The Pakistan Bureau of Statistics said" (Dawn and Aaj English TV, round 44's H2), "The
  // central bank said recalls the last body quoted, whatever it is" (probed after round 43; a premier's government):
  // the description recalled the body quoted last even when its name says it is no bank
  describe('"The central bank said": only a body whose name says it is a bank', () => {
    it.each([
      ['The Pakistan Bureau of Statistics said inflation rose to 12%. The central bank said it would keep a close watch.', []],
      ['The Norvale Bureau of Statistics said inflation rose. The central bank said it would keep a close watch.', []],
      // as before (pass on both)
      ['The Federal Reserve said inflation rose. The central bank said it would keep a close watch.', [['Federal Reserve', 'original']]],
      ['The Reserve Bank of India said inflation rose. The bank said it would keep a close watch.', [['Reserve Bank of India', 'original']]],
      ['The Bundesbank said inflation rose. The central bank said it would keep a close watch.', [['Bundesbank', 'original']]],
      ['The Bank of England held rates. The bank said inflation would fall.', [['Bank of England', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 50: forms from held-out Canadian, Bangladeshi and Kenyan copy', () => {
  // "said Ward 6 Councillor Blake Edwards" (CTV News Saskatoon, round 50's H), "Councillor John Scott intervened",
  // "Alderman John Blair" (Newtownabbey Today), "Councillor Phipps reported that" (BCP Council's minutes), "Cr David
  // Lamond later told the newspaper" (The Northern Argus): a local councillor's title was kept as part of the name
  // ("Councillor Blake Edwards"), where a mayor's, a senator's or a commissioner's is not
  describe('"Councillor Jane Roe said": a council title is no part of the name', () => {
    it.each([
      ['Councillor Jane Roe said the budget was too high.', [['Jane Roe', 'original']]],
      ['Councilor Jane Roe said the budget was too high.', [['Jane Roe', 'original']]],
      ['"It was very disappointing," said Ward 6 Councillor Blake Edwards.', [['Blake Edwards', 'original']]],
      ['Councillor Phipps reported that she would abstain from the vote.', [['Phipps', 'original']]],
      ['Alderman John Blair said he had every right to question the spending.', [['John Blair', 'original']]],
      ['Cr David Lamond said the recording of meetings was a waste of time.', [['David Lamond', 'original']]],
      ['Councillor Jane Roe said the budget was too high. Roe said the city would act.', [['Jane Roe', 'original']]],
      ['Councillor Jane Roe said the budget was too high. The councillor said the city would act.', [['Jane Roe', 'original']]],
      ['Toronto Councillor Jane Roe said the budget was too high.', [['Jane Roe', 'original']]],
      // as before (pass on both)
      ['City councillor Blake Edwards said the city was unsafe.', [['Blake Edwards', 'original']]],
      ['Mayor Jane Roe said the budget was too high.', [['Jane Roe', 'original']]],
      ['Councillors said the budget was too high.', []],
      ['Crude oil prices rose 3%, traders said.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The Chief of Montreal Lake Cree Nation says" (CTV News Saskatoon, round 50's H) gave a body "Cree Nation"; "the Chief
  // of the Blueberry River First Nation" (the nation's own statement), "the Chief and Council of Sandy Lake First
  // Nation" (the nation's own notice): an unregistered body's name after "<title> of" was read as a one-word body and
  // its holder's name ("Norvale" and "City Council", "Attawapiskat" and "First Nation"), as "the head of the OVA Oleh
  // Kiper" is; a council or a nation is no person
  describe('"The chief of Norvale Lake First Nation said": a council or nation is no person', () => {
    it.each([
      ['The Chief of Montreal Lake Cree Nation says the comments are racist.', [['Montreal Lake Cree Nation', 'original']]],
      ['The chief of Norvale First Nation said the roads were closed.', [['Norvale First Nation', 'original']]],
      ['The head of Norvale Lake Council said the roads were closed.', [['Norvale Lake Council', 'original']]],
      ['The head of Norvale City Council said the roads were closed.', [['Norvale City Council', 'original']]],
      // as before (pass on both)
      ['The chief of the Blueberry River First Nation said the meeting was illegal.', [['Blueberry River First Nation', 'original']]],
      ['Norvale First Nation said the roads were closed.', [['Norvale First Nation', 'original']]],
      ['The head of the OVA Oleh Kiper said the roads were closed.', [['OVA', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 51: forms from held-out British, Nigerian and American business copy', () => {
  // '"... I don\'t think so," Mohammed said in a wide-ranging interview with Reuters' (Reuters copy on NewsScroll
  // Nigeria, round 51's H), "who stated this in London during an interview session with Reuters News Agency" (Ripples
  // Nigeria, round 51's H), "In a live interview with the private A Haber TV channel" (round 49's H): a word saying
  // what kind of interview it was, or "session" after it, hid the outlet the speaker gave it to
  describe('"in a wide-ranging interview with X", "during an interview session with X": the outlet relays', () => {
    it.each([
      ['Jane Roe said in a wide-ranging interview with Reuters that the plan had failed.', [['Jane Roe', 'original'], ['Reuters', 'relay']]],
      ['Jane Roe said in a live interview with the BBC that the plan had failed.', [['Jane Roe', 'original'], ['BBC', 'relay']]],
      ['Jane Roe said in a lengthy interview with Reuters that the plan had failed.', [['Jane Roe', 'original'], ['Reuters', 'relay']]],
      ['Jane Roe said during a wide-ranging interview with Reuters that the plan had failed.', [['Jane Roe', 'original'], ['Reuters', 'relay']]],
      ['Jane Roe, who stated this during an interview session with Reuters, said the plan had failed.', [['Jane Roe', 'original'], ['Reuters', 'relay']]],
      ['Jane Roe said in an interview session with the BBC that the plan had failed.', [['Jane Roe', 'original'], ['BBC', 'relay']]],
      // as before (pass on both)
      ['Jane Roe said in an exclusive interview with the BBC that the plan had failed.', [['Jane Roe', 'original'], ['BBC', 'relay']]],
      ['Jane Roe said in a live broadcast that the plan had failed.', [['Jane Roe', 'original']]],
      ['Jane Roe said the wide-ranging review of the plan had failed.', [['Jane Roe', 'original']]],
      ['Jane Roe said the session with the lenders had failed.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "As a result, ReShape Lifesciences said it does not plan to offer any shares ..., according to an SEC filing."
  // (MassDevice, round 51's H) and "According to SEC filings, Ardelyx submitted an automatic mixed securities shelf
  // registration." (TTM Financial, round 51's H) gave the SEC as a source: a filing made with a regulator is the
  // filer's document (the guidelines' "a document: its publisher"), not the regulator's
  describe('"according to an SEC filing": the filer speaks, not the regulator it filed with', () => {
    it.each([
      ['Norvale Devices said it does not plan to offer any shares, according to an SEC filing.', [['Norvale Devices', 'original']]],
      ['Norvale Devices shares fell 5%. According to SEC filings, Norvale Devices submitted a shelf registration.', [['Norvale Devices', 'original']]],
      ['Norvale Devices shares fell 5%. According to an SEC filing, the company plans to sell 3 million shares.', [['Norvale Devices', 'original']]],
      ['Norvale Devices shares fell 5%. The company plans to sell 3 million shares, according to a filing with the SEC.', [['Norvale Devices', 'original']]],
      // the regulator spelled out and defined by the article ("the Securities and Exchange Commission (SEC)"), unregistered
      ['Shares of Norvale Devices fell 5% after a filing with the Securities and Exchange Commission (SEC). According to SEC filings, Norvale Devices submitted a shelf registration.', [['Norvale Devices', 'original']]],
      ['Shares of Norvale Devices fell 5% after a filing with the Norvale Securities Commission (NSC). According to NSC filings, the company plans to sell 3 million shares.', [['Norvale Devices', 'original']]],
      // no company before it: nobody, and never the regulator
      ['According to an SEC filing, 3 million shares will be sold.', []],
      // as before (pass on both)
      ['According to the SEC, Norvale Devices misled investors.', [['U.S. Securities and Exchange Commission', 'original']]],
      ['The SEC said in a filing that Norvale Devices misled investors.', [['U.S. Securities and Exchange Commission', 'original']]],
      ['According to an SEC complaint, Norvale Devices misled investors.', [['U.S. Securities and Exchange Commission', 'original']]],
      ['According to the Norvale Securities Commission, the bank misled investors.', [['Norvale Securities Commission', 'original']]],
      ['Norvale Devices said its profit rose. Sales in Europe fell 3%, the filing said.', [['Norvale Devices', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // "an investigator told Channel 9" (WSOC-TV, round 50's H2) gave a relay "Channel": the starting list of round 51 has
  // it from two outlets' unseen copy; a broadcaster's number after "Channel", "TV" or "Radio" is part of its name
  describe('"told Channel 9": the number is part of the broadcaster\'s name', () => {
    it.each([
      ['Jane Roe told Channel 9 that the house was empty.', [['Jane Roe', 'original'], ['Channel 9', 'relay']]],
      ['Jane Roe told Norvale TV 2 on Monday that the house was empty.', [['Jane Roe', 'original'], ['Norvale TV 2', 'relay']]],
      ['Jane Roe said in an interview with Channel 7 that the house was empty.', [['Jane Roe', 'original'], ['Channel 7', 'relay']]],
      ['Channel 9 reported that the house was empty.', [['Channel 9', 'original']]],
      // as before (pass on both)
      ['Jane Roe told Channel 4 News that the house was empty.', [['Jane Roe', 'original'], ['Channel 4 News', 'relay']]],
      ['Jane Roe told the BBC 3 times that the house was empty.', [['Jane Roe', 'original'], ['BBC', 'relay']]],
      ['Jane Roe told Radio Norvale on Monday that the house was empty.', [['Jane Roe', 'original'], ['Radio Norvale', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // "In an email to CTV News, SIRT said" (CTV News Saskatoon, round 50's H; on round 51's starting list from two
  // outlets' unseen copy): an email sent to an outlet is what the guidelines' "told X" is, the outlet relays the sender
  describe('"in an email to X": the outlet the email went to relays the sender', () => {
    it.each([
      ['In an email to CTV News, the Norvale Police Service said the officer was charged.', [['Norvale Police Service', 'original'], ['CTV News', 'relay']]],
      ['Jane Roe said in an email to Reuters that the plan had failed.', [['Jane Roe', 'original'], ['Reuters', 'relay']]],
      ['Jane Roe said in an e-mail to Reuters that the plan had failed.', [['Jane Roe', 'original'], ['Reuters', 'relay']]],
      ['Jane Roe said in her email to the BBC that the plan had failed.', [['Jane Roe', 'original'], ['BBC', 'relay']]],
      // as before (pass on both)
      ['Jane Roe said in an emailed statement to Reuters that the plan had failed.', [['Jane Roe', 'original'], ['Reuters', 'relay']]],
      ['Jane Roe said in an email that the plan had failed.', [['Jane Roe', 'original']]],
      ['Jane Roe said in an email to colleagues that the plan had failed.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 52: forms from held-out American, Gulf and Russian banking copy', () => {
  // "The Federal Reserve Board on Tuesday fined Birmingham-based Regions Bank ... according to American Banker. In a
  // statement, the Board said it fined Regions" (mentonealabama.org, round 52's H) gave a source "Board"; "FDIC slapped
  // Apple Bank with the fine ... The watchdog said" (Retail Banker International, round 52's H) gave the Wall Street
  // Journal quoted before it, and "The regulator said" there a source "regulator"; "the regulator said" and "the Bank
  // said" after "the Board of the Central Bank" acted (Tashkent Times, round 51's H) and "The FCA found ... the
  // regulator said" (GRIP, round 51's H) the same: a body that only acted, subject of a sentence quoting nobody, is what
  // a later "the regulator", "the watchdog" or a word of its own name means when no body quoted since fits
  describe('"The Fed fined X. ... The Board said": the body that acted, when no body quoted since fits', () => {
    it.each([
      ['The Federal Reserve Board on Tuesday fined Norvale Bank. It is the largest such penalty, according to American Banker. In a statement, the Board said it fined Norvale.', [['Federal Reserve', 'original']]],
      ['The penalty was imposed by the Norvale Deposit Agency, The Wall Street Journal reported. The Norvale Deposit Agency slapped Acme Bank with the fine. The watchdog said that Acme Bank violated the act.', [['The Norvale Deposit Agency', 'original']]],
      ['The Norvale Deposit Agency slapped Acme Bank with the fine. Acme Bank has several branches. The regulator said that the bank failed to comply.', [['The Norvale Deposit Agency', 'original']]],
      ['The Financial Conduct Authority fined HSBC. The regulator said the bank failed its customers.', [['The Financial Conduct Authority', 'original']]],
      ['The Board of the Central Bank of Norvale kept the rate at 14%. Inflation was 9%, the statistics office said. The regulator said inflation would slow.', [['Central Bank of Norvale', 'original']]],
      ['The Board of the Central Bank of Norvale kept the rate at 14%. Inflation was 9%, the statistics office said. The Bank said it would act.', [['Central Bank of Norvale', 'original']]],
      ['The Norvale Securities Commission fined Acme Corp on Monday. Acme shares fell 4%, according to Bloomberg. The watchdog said Acme misled investors.', [['The Norvale Securities Commission', 'original']]],
      // as before (pass on both)
      ['The Federal Reserve Board fined Norvale Bank. Norvale Bank said it would appeal.', [['Norvale Bank', 'original']]],
      ['The Financial Conduct Authority said banks must act. The FCA fined HSBC on Monday. The regulator said the bank failed its customers.', [['The Financial Conduct Authority', 'original']]],
      ['Human Rights Watch said the trial was unfair. The watchdog said the judge ignored the evidence.', [['Human Rights Watch', 'original']]],
      ['The Bank of England held rates. The bank said inflation would fall.', [['Bank of England', 'original']]],
      ['Norvale Devices posted a record loss. Shares fell 4%, according to Bloomberg. The company said it would cut jobs.', []],
      ['Norvale Devices posted a record loss. Shares fell 4%, according to Bloomberg. The regulator said it was looking into the accounts.', [['regulator', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The Ministry extended condolences to the families ... The Ministry called on all members of society"
  // (Welcome Qatar, round 52's H2, read after its one score) gave a source "The Ministry": a body the sentence names only
  // by what it is, one capitalised word after "The", is no name to remember as the body that acted
  describe('"The Ministry acted. The Ministry called on": a description alone is no acting body', () => {
    it.each([
      ['The Ministry extended condolences to the families. The Ministry called on all members of society to follow the rules.', []],
      ['The Agency fined Acme Bank. The regulator said the bank failed its customers.', [['regulator', 'original']]],
      // as before (pass on both)
      ['The Financial Conduct Authority fined HSBC. The regulator said the bank failed its customers.', [['The Financial Conduct Authority', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "“We took corrective action,” Regions Vice President, Media and Public Relations Manager Jeremy King said."
  // (mentonealabama.org, round 52's H) gave "Public Relations Manager Jeremy King", and "Journalist Osman Hashim told
  // Radio Dabanga" (round 51's H2) "Journalist Osman Hashim": on round 52's starting list (job titles left inside
  // names), a manager's title and an occupation written before a name are no part of it
  describe('"Public Relations Manager Jane Roe", "Journalist Jane Roe": the title is no part of the name', () => {
    it.each([
      ['“We took corrective action,” Norvale Bank Public Relations Manager Jane Roe said.', [['Norvale Bank', 'original']]],
      ['Norvale Bank general manager Jane Roe said the branch would close.', [['Norvale Bank', 'original']]],
      ['Journalist Osman Hashim told Radio Dabanga that the roads were closed.', [['Osman Hashim', 'original'], ['Radio Dabanga', 'relay']]],
      ['Photographer Jane Roe said the roads were closed.', [['Jane Roe', 'original']]],
      ['Lawyer Jane Roe said the roads were closed.', [['Jane Roe', 'original']]],
      ['Farmer Jane Roe said the roads were closed.', [['Jane Roe', 'original']]],
      ['“We took corrective action,” Norvale Bank Communications Director Jane Roe said.', [['Norvale Bank', 'original']]],
      ['“We took corrective action,” Norvale Bank Media Relations Director Jane Roe said.', [['Norvale Bank', 'original']]],
      ['Norvale Bank Public Affairs Manager Jane Roe said the branch would close.', [['Norvale Bank', 'original']]],
      // as before (pass on both)
      ['Norvale Media Group Director Jane Roe said the branch would close.', [['Norvale Media Group', 'original']]],
      ['Ukrainian Foreign Affairs Minister Jane Roe said the talks had failed.', [['Ministry of Foreign Affairs of Ukraine', 'original']]],
      ['Reuters journalist Jane Roe said the roads were closed.', [['Reuters', 'original']]],
      ['Activist Jane Roe said the roads were closed.', [['Jane Roe', 'original']]],
      ['“We took corrective action,” Norvale Bank Vice President Jane Roe said.', [['Norvale Bank', 'original']]],
      ['“We took corrective action,” said Jane Roe, Norvale Bank\'s public relations manager.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // From round 52's starting list: "Chipmaker Norvale Devices' shares fell. The company said" kept "Chipmaker" in the
  // company's name (round 51's probe of leftovers seen on two outlets' unseen copy by earlier rounds); the trade
  // written before a name opening a market report is no part of it, as "Chipmaker Norvale Devices posted" already reads
  describe('"Chipmaker Norvale Devices\' shares fell. The company said": the trade is no part of the name', () => {
    it.each([
      ['Chipmaker Norvale Devices\' shares fell 5%. The company said demand was weak.', [['Norvale Devices', 'original']]],
      ['Chipmaker Norvale Devices shares fell 5%. The company said demand was weak.', [['Norvale Devices', 'original']]],
      ['Drugmaker Norvale Pharma\'s shares rose 3%. The company said the trial had succeeded.', [['Norvale Pharma', 'original']]],
      ['Retailer Norvale Stores\' shares fell 5%. The retailer said demand was weak.', [['Norvale Stores', 'original']]],
      // as before (pass on both)
      ['Chipmaker Norvale Devices posted a loss. The company said demand was weak.', [['Norvale Devices', 'original']]],
      ['Norvale Devices\' shares fell 5%. The company said demand was weak.', [['Norvale Devices', 'original']]],
      ['Giant Eagle shares fell 5%. The company said demand was weak.', [['Giant Eagle', 'original']]],
      ['Bank shares fell 5%. The company said demand was weak.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 53: forms from held-out police, airline and business copy', () => {
  // "A man has been arrested after Fayetteville Police say he shot an arrow into one of their police cruisers" (5NEWS,
  // round 53's H) named nobody, as "Shares of Paramount Global fell ... after CNBC reported, citing sources, that"
  // (Wealthy Investor Report, round 52's H) and round 52's probe "Norvale fell 7% after Reuters reported that" did: a
  // name without "The" after "after", "when", "before", "since" or "while" is the subject of the clause it opens, as
  // "after The Wall Street Journal reported" and "after the company said" already were
  describe('"fell 7% after Reuters reported that": the name opening the clause reports', () => {
    it.each([
      ['Norvale Devices fell 7% after Reuters reported that the company would cut jobs.', [['Reuters', 'original']]],
      ['Norvale Devices fell 7% after Bloomberg reported that the company would cut jobs.', [['Bloomberg', 'original']]],
      ['A man has been arrested after Norvale Police say he shot an arrow into a patrol car.', [['Norvale Police', 'original']]],
      ['The talks stalled after North Korea announced it had conducted a test.', [['North Korea', 'original']]],
      // as before (pass on both)
      ['Norvale Devices fell 7% after The Wall Street Journal reported that the company would cut jobs.', [['The Wall Street Journal', 'original']]],
      ['Norvale Devices fell 7% after the company said it would cut jobs.', [['Norvale Devices', 'original']]],
      ['Norvale Devices fell 7% as Reuters reported the company would cut jobs.', [['Reuters', 'original']]],
      ['Acme shares jumped when Jane Roe said the merger would go ahead.', [['Jane Roe', 'original']]],
      ['The tower collapsed after police said it was safe.', []],
      ['Prices rose after Monday’s report showed that demand was strong.', []],
      ['Jane Roe said Norvale would expel diplomats after Germany and France both announced they had expelled theirs.', [['Jane Roe', 'original']]],
      ['It was the ministry’s first comment after Norvale’s government last week dismissed a slew of officials.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The Ministry of Health in Enugu State has announced one new confirmed COVID-19 positive case" (The Sun, Nigeria,
  // round 53's H) named nobody, and "The River Nile state Ministry of Health" (Radio Dabanga, round 51's H2) gave a
  // bare "Ministry of Health", as round 52's probe "The Kano state Ministry of Health said" did: a ministry of a
  // state or province keeps the state it belongs to, written before it in lower case or after it with "in"
  describe('"The Kano state Ministry of Health said", "The Ministry of Health in Enugu State said": the state\'s ministry', () => {
    it.each([
      ['The Kano state Ministry of Health said two cases were confirmed.', [['Kano State Ministry of Health', 'original']]],
      ['The River Nile state Ministry of Health said two cases were confirmed.', [['River Nile State Ministry of Health', 'original']]],
      ['The Ministry of Health in Enugu State has announced one new case.', [['Enugu State Ministry of Health', 'original']]],
      ['The Ministry of Health in Kano state said two cases were confirmed.', [['Kano State Ministry of Health', 'original']]],
      ['The Norvale province Ministry of Education said schools would close.', [['Norvale Province Ministry of Education', 'original']]],
      // as before (pass on both)
      ['The Kano State Ministry of Health said two cases were confirmed.', [['The Kano State Ministry of Health', 'original']]],
      ['The Ministry of Health said two cases were confirmed.', [['Ministry of Health', 'original']]],
      ['The Ministry of Health in Ukraine said two cases were confirmed.', [['Ministry of Health of Ukraine', 'original']]],
      ['The State Ministry of Health said two cases were confirmed.', [['The State Ministry of Health', 'original']]],
      ['Officials in Kano state said two cases were confirmed.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 54: forms recurring across the outlets of rounds 52 and 53', () => {
  // "Assistant Commissioner of Police (ACP) Mr Emmanuel Bossoh" (Graphic Online) gave a source "Commissioner of
  // Police", which "Mr Bossoh said" and "the police said" then recalled; "the Inspector-General of Police" (Citi
  // Newsroom) gave "Inspector-General of Police", and "the Inspector General of Police, Dr George Akuffo Dampare"
  // (Ghana Guardian) a body "Police" with the title as its person (round 53's H2, three outlets): a rank "of
  // Police" is an officer's, no body's name; the officer speaks for the force the story named, else in person
  describe('"The Commissioner of Police, Jane Roe, said": a rank of the police, no body', () => {
    it.each([
      ['Norvale Police said two men were arrested. The Commissioner of Police, Jane Roe, said the suspects were armed.', [['Norvale Police', 'original']], 'Jane Roe'],
      ['Norvale Police said two men were arrested. The Inspector-General of Police said the suspects were armed.', [['Norvale Police', 'original']], undefined],
      ['Norvale Police said two men were arrested. The Inspector General of Police, Dr Jane Roe, said the suspects were armed.', [['Norvale Police', 'original']], 'Jane Roe'],
      ['The Commissioner of Police, Jane Roe, said the suspects were armed.', [['Jane Roe', 'original']], undefined],
      ['Assistant Commissioner of Police Jane Roe said the suspects were armed.', [['Jane Roe', 'original']], undefined],
      ['The Inspector-General of Police said the suspects were armed.', [], undefined],
      // as before (pass on both)
      ['The Commissioner of Lagos State Police Command, Jane Roe, said the suspects were armed.', [['Lagos State Police Command', 'original']], undefined],
      ['Norvale Police said two men were arrested. Superintendent Jane Roe said the suspects were armed.', [['Norvale Police', 'original']], 'Jane Roe'],
      ['The Minister of Health said two cases were confirmed.', [['Ministry of Health', 'original']], undefined],
      ['The Chief of Montreal Lake Cree Nation says the road is closed.', [['Montreal Lake Cree Nation', 'original']], undefined],
    ] as Array<[string, Array<[string, string]>, string | undefined]>)('%s', (text, expected, person) => {
      expect(lastSources(text)).toEqual(expected);
      expect(lastPerson(text)).toBe(person);
    });
  });

  // "Regional Deputy Commander, ACP Osei Ampofo-Duku, ... says" (Modern Ghana) gave a source "Regional Deputy
  // Commander", "the ministries Divisional Police Commander, Assistant Commissioner of Police (ACP) Mr Emmanuel
  // Bossoh, said" (Graphic Online) "Divisional Police Commander" (rounds 53's H2), and "The State Commissioner for
  // Health, Prof. Ikechukwu Obi, announced" (The Sun, round 53's H) "The State Commissioner for Health": a title with
  // no body's name in it names nobody; the holder named in apposition speaks, as an unplaced spokesperson does
  describe('"Regional Deputy Commander, ACP Jane Roe, says": the title alone, the holder in apposition', () => {
    it.each([
      ['Regional Deputy Commander, ACP Jane Roe, says the suspects are being processed.', [['Jane Roe', 'original']]],
      ['Briefing journalists, the Divisional Police Commander, ACP Jane Roe, said the suspects were held.', [['Jane Roe', 'original']]],
      ['The State Commissioner for Health, Prof. Jane Roe, announced two new cases.', [['Jane Roe', 'original']]],
      ['The Deputy Director, Jane Roe, said the flight landed safely.', [['Jane Roe', 'original']]],
      // as before (pass on both)
      ['The police spokesperson, Jane Roe, said the suspects were held.', [['Jane Roe', 'original']]],
      ['The Health Minister, Jane Roe, said two cases were confirmed.', [['Ministry of Health', 'original']]],
      ['The Norvale Police Commander, Jane Roe, said the suspects were held.', [['Jane Roe', 'original']]],
      ['The Norvale Health Authority Director, Jane Roe, said two cases were confirmed.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Police said Saturday he is wanted ... A spokesperson said they chased the armed suspect" (KDVR, round 52's H2) and
  // "Flybe has apologised to customers ... A spokesperson said: “Flybe can confirm that" (Newslanes, round 53's H)
  // named nobody, though the story had just been about one body: a spokesperson with no body named in the phrase
  // speaks for the body the last sentences were about, else the last body quoted
  describe('"Norvale Airlines cancelled ten flights. A spokesperson said": the body the story is about', () => {
    it.each([
      ['Norvale Airlines cancelled ten flights on Monday. A spokesperson said the crew was sick.', [['Norvale Airlines', 'original']]],
      ['Norvale Airlines said it cancelled ten flights. A spokesperson said the crew was sick.', [['Norvale Airlines', 'original']]],
      ['Norvale Police said they arrested a man. A spokesperson said they chased the suspect.', [['Norvale Police', 'original']]],
      ['Norvale Airlines said it cancelled ten flights. A spokeswoman said the crew was sick.', [['Norvale Airlines', 'original']]],
      // as before (pass on both)
      ['A spokesperson said 3 nurses were hired.', []],
      ['Jane Roe said ten flights were cancelled. A spokesperson said the crew was sick.', []],
      ['Norvale Airlines said it cancelled ten flights. A spokesperson for Acme Airports said the runway was closed.', [['Acme Airports', 'original']]],
      ['Norvale Airlines said it cancelled ten flights. A company spokesperson said the crew was sick.', [['Norvale Airlines', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 55: a description for a body named earlier', () => {
  // "Abu Dhabi-based Etihad Airways said ... In a statement to Khaleej Times, the airline said", "The airline urged
  // customers" (Khaleej Times, round 52's H2): a carrier's name ending in "Airways" was guessed a person's (two
  // capitalised words), so no organisation was remembered for "the airline", "the carrier" or "the company" to mean;
  // "Airways" and "Airports" are a company's words as "Airlines" is
  describe('"Norvale Airways said ... The airline urged": a name ending in "Airways" is a company\'s', () => {
    it.each([
      ['Norvale Airways said on Monday it would resume flights. The airline urged customers to check the status of their flight.', [['Norvale Airways', 'original']]],
      ['Norvale Airways said on Monday it would resume flights. The carrier said customers should check the status of their flight.', [['Norvale Airways', 'original']]],
      ['Norvale Airways said on Monday it would resume flights. The company warned customers to check the status of their flight.', [['Norvale Airways', 'original']]],
      ['Norvale Airports said on Monday it would reopen the runway. The company said passengers should check the status of their flight.', [['Norvale Airports', 'original']]],
      // as before (pass on both)
      ['Norvale Airlines said on Monday it would resume flights. The airline urged customers to check the status of their flight.', [['Norvale Airlines', 'original']]],
      ['Norvale Airways cancelled ten flights on Monday. The airline said customers should check the status of their flight.', [['Norvale Airways', 'original']]],
      ['Jane Roe said on Monday she would resume flights. The airline urged customers to check the status of their flight.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Dubai-based Emirates had to cancel some flights ... “Safety is always our top priority,” a spokesperson for the
  // airline said" (Khaleej Times, round 52's H2): the body the last sentences were about fitted "the airline" only if
  // its name said "airline"; a company's trade ("airline", "carrier", "lender", "chipmaker") fits a body the story
  // was about that is a company or of unknown kind, never a country, an outlet or a person
  describe('"Emirates had to cancel ... a spokesperson for the airline said": a trade fits the company the story was about', () => {
    it.each([
      ['Dubai-based Emirates had to cancel some flights on Sunday. “Safety is always our top priority,” a spokesperson for the airline said.', [['Emirates', 'original']]],
      ['Norvale Corp. cut 200 jobs on Monday. A spokesperson for the chipmaker said the cuts were final.', [['Norvale Corp.', 'original']]],
      ['Norvale Airlines cancelled ten flights on Monday. A spokesperson for the airline said the flights would resume.', [['Norvale Airlines', 'original']]],
      // as before (pass on both)
      ['The Norvale Times published the schedule on Monday. A spokesperson for the airline said the flights would resume.', []],
      ['France closed its airspace on Monday. A spokesperson for the airline said the flights would resume.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 56: forms recurring across outlets of held-out wire, police and business copy', () => {
  // "The Ministry of Interior (MoI) denied", "Interior Minister Barmak informed", "A Taliban-appointed spokesman for the
  // Interior Ministry" (The Frontier Post, Afghanistan Times, KION's AP copy): an unregistered country's interior ministry
  // was renamed "Ministry of Internal Affairs", a name only some countries give it and no annotator wrote
  describe('"The Ministry of Interior said": an interior ministry keeps the name the text gives it', () => {
    it.each([
      ['The Ministry of Interior said 12 people were killed in Kabul, Afghanistan.', [['Ministry of Interior', 'original']]],
      ["Afghanistan's Interior Minister Jane Roe said 12 people were killed.", [['Afghan Ministry of Interior', 'original']]],
      ["KABUL, Afghanistan (AP) — The blast hit Afghanistan's capital. A spokesman for the Interior Ministry said 12 people were killed.", [['Afghan Ministry of Interior', 'original']]],
      // as before (pass on both)
      ['The Afghan Ministry of Internal Affairs said 12 people were killed.', [['Afghan Ministry of Internal Affairs', 'original']]],
      ['The Ministry of Home Affairs said 12 people were killed.', [['Ministry of Home Affairs', 'original']]],
      ["Lebanon's Foreign Minister Jane Roe said 12 people were killed.", [['Lebanese Ministry of Foreign Affairs', 'original']]],
      ['Russian Interior Minister Vladimir Kolokoltsev said 12 people were killed.', [['Russian Interior Ministry', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "the Department of Health (DoH)" (round 54's Daily Tribune and Northbound Asia) was named "Ministry of Health": a
  // department keeps its head word as an interior ministry keeps its domain
  describe('"The Philippine Department of Health said": a department is not renamed a ministry', () => {
    it.each([
      ['The Philippine Department of Health said 12 people were infected.', [['Philippine Department of Health', 'original']]],
      ['MANILA, Philippines — The Department of Health (DoH) said 12 people were infected in the Philippines on Monday.', [['Philippine Department of Health', 'original']]],
      ['The Department of Health said 12 people were infected.', [['Department of Health', 'original']]],
      // as before (pass on both)
      ['The Kenyan Ministry of Health said 12 people were infected.', [['Kenyan Ministry of Health', 'original']]],
      ['The Department of Health and Social Care said 12 people were infected.', [['Department of Health and Social Care', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Spokane police told local media" (round 53's Aviotime) named nobody, and "Police said" after "Police in Colorado
  // Springs announced" gave "Colorado Police" (round 52's KDVR), the tagger reading "Springs" as a verb: a city's force
  // written with a lower-case "police" after the place, and a place's later words whatever their tag
  describe('"Spokane police told local media": a place before a lower-case "police" names its force', () => {
    it.each([
      ['The man was arrested in Spokane on Monday. Spokane police told local media that the suspect was armed.', [['Spokane Police', 'original']]],
      ['The man was arrested in Boise on Monday. Boise police said the suspect was armed.', [['Boise Police', 'original']]],
      ['The Colorado Springs police said the suspect was armed.', [['Colorado Springs Police', 'original']]],
      ['Police in Colorado Springs announced the arrest on Monday. Police said the suspect was armed.', [['Colorado Springs Police', 'original']]],
      // as before (pass on both)
      ['Spokane Police said the suspect was armed.', [['Spokane Police', 'original']]],
      ['Kenyan police said the suspect was armed.', [['Kenyan Police', 'original']]],
      ['On Monday police said the suspect was armed.', []],
      ['State police said the suspect was armed.', []],
      ['Riot police fired tear gas in Spokane. Riot police said the suspect was armed.', []],
      ['Jane Roe told police the suspect was armed.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "TEHRAN, March 9 (MNA) – Yemen's Interior Ministry apologized to Iran for publishing false news" (The Iran Project's
  // Mehr copy) and "Flybe has apologised to customers" (round 53's Newslanes) named nobody: an apology is a speech act,
  // as "thanked" and "condemned" are; told of by another speaker it stays that speaker's news
  describe('"Norvale Airlines has apologised to customers": an apology cites the one who apologises', () => {
    it.each([
      ['Norvale Airlines has apologised to customers for the delays.', [['Norvale Airlines', 'original']]],
      ["TEHRAN, March 9 (MNA) – Yemen's Interior Ministry apologized to Iran for publishing false news of seizing a ship.", [['Yemeni Interior Ministry', 'original']]],
      ['Jane Roe apologized for the remarks on Monday.', [['Jane Roe', 'original']]],
      // as before (pass on both)
      ['Suga said Biden apologized for the matter, noting it has stirred up debate in Japan.', [['Suga', 'original']]],
      ['The apology came after Norvale Airlines cancelled 200 flights.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "An Air India Express spokesperson told Mint" (round 53's Mint) and the sign-off "– Air India Express Spokesperson."
  // (round 52's Kalinga TV): a carrier whose name holds a country's was read as the country, and a country's
  // spokesperson with no office named nobody
  describe('"A Qatar Airways spokesperson said": a name holding a country\'s before a spokesperson is the company', () => {
    it.each([
      ['An Air India Express spokesperson said that flights would resume.', [['Air India Express', 'original']]],
      ['A Qatar Airways spokesperson said that flights would resume.', [['Qatar Airways', 'original']]],
      ['An Air France spokesperson said that flights would resume.', [['Air France', 'original']]],
      // as before (pass on both)
      ['A Norvale Airlines spokesperson said that flights would resume.', [['Norvale Airlines', 'original']]],
      ['A Russian Foreign Ministry spokeswoman said the talks failed.', [['Russian Foreign Ministry', 'original']]],
      ['A Qatari government spokesperson said the talks failed.', [['Qatari government', 'original']]],
      ['A Ukrainian Air Force spokesman said the missiles were shot down.', [['Ukrainian Air Force', 'original']]],
      ['A Qatar Airways official said that flights would resume.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "EXFO (TSE:EXF) (NASDAQ:EXFO) announced Tuesday a set of preliminary figures" (Proactive Investors): a company
  // listed on two exchanges writes a ticker's brackets for each, and only one was read as an aside after the name
  describe('"EXFO (TSE:EXF) (NASDAQ:EXFO) announced": a ticker for each exchange is an aside', () => {
    it.each([
      ['EXFO (TSE:EXF) (NASDAQ:EXFO) announced Tuesday a set of preliminary figures.', [['EXFO', 'original']]],
      ['Norvale Devices (TSE:NVD) (NASDAQ:NVD) announced Tuesday a set of preliminary figures.', [['Norvale Devices', 'original']]],
      // as before (pass on both)
      ['EXFO (NASDAQ:EXFO) announced Tuesday a set of preliminary figures.', [['EXFO', 'original']]],
      ['Norvale Corp (NYSE: NVC) said on Monday it would cut 200 jobs.', [['Norvale Corp', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe("round 57: an outlet's role", () => {
  /** The last claim's sources as [name, role] pairs, and whether it cites unnamed people. */
  const rolesAndAnonymity = (text: string) => ({ sources: lastSources(text), anonymous: lastClaim(text).anonymous === true });

  // "Reuters quotes anonymous sources familiar with the matter while saying" (FXStreet): the people an outlet quotes
  // without naming them leave the outlet the original, the claim anonymous, as "citing people familiar" does
  describe('"Reuters quotes people familiar with the matter as saying": an outlet quoting unnamed people is the original', () => {
    it.each([
      ['Reuters quotes people familiar with the matter as saying the bank will be sold.', { sources: [['Reuters', 'original']], anonymous: true }],
      ['Bloomberg quoted people close to the talks as saying the deal was off.', { sources: [['Bloomberg', 'original']], anonymous: true }],
      // as before (pass on both)
      ['Reuters quoted two people with knowledge of the plan as saying the bank will be sold.', { sources: [['Reuters', 'original']], anonymous: true }],
      ['Reuters quoted Jane Roe as saying the bank will be sold.', { sources: [['Jane Roe', 'original'], ['Reuters', 'relay']], anonymous: false }],
      ['Reuters quoted witnesses as saying the bank will be sold.', { sources: [['Reuters', 'original']], anonymous: true }],
      ['John Doe spoke on Monday. Reuters quoted him as saying the talks failed.', { sources: [['John Doe', 'original'], ['Reuters', 'relay']], anonymous: false }],
    ] as Array<[string, { sources: Array<[string, string]>; anonymous: boolean }]>)('%s', (text, expected) => {
      expect(rolesAndAnonymity(text)).toEqual(expected);
    });
  });

  // "passenger Kayla Williams told WBZ" (CBS Boston), "issued KSAT12 a statement" (KSAT 12), "In a statement to CBS46"
  // (round 54's Muscatine Journal), "told NBC 7" (round 53's NBC 7 San Diego): an American station's call sign, or a
  // network's name with its channel's number, names an outlet the registry lacks or gives the network for
  describe('"Jane Roe told WKVN": a station\'s call sign or channel is an outlet', () => {
    it.each([
      ['Jane Roe told WKVN that her flight was delayed.', [['Jane Roe', 'original'], ['WKVN', 'relay']]],
      ['"We were stuck for hours," passenger Jane Roe told KDLT, saying her flight was delayed.', [['Jane Roe', 'original'], ['KDLT', 'relay']]],
      ['John Doe tells KVNR 12 the bridge was closed.', [['John Doe', 'original'], ['KVNR 12', 'relay']]],
      ['Jane Roe told KVNR12 that her flight was delayed.', [['Jane Roe', 'original'], ['KVNR12', 'relay']]],
      ['Jane Roe told FOX 23 that her flight was delayed.', [['Jane Roe', 'original'], ['FOX 23', 'relay']]],
      ['Jane Roe told NBC 5 that her flight was delayed.', [['Jane Roe', 'original'], ['NBC 5', 'relay']]],
      ['Jane Roe told CBS46 that her flight was delayed.', [['Jane Roe', 'original'], ['CBS46', 'relay']]],
      // as before (pass on both)
      ['Jane Roe told WKVN-TV that her flight was delayed.', [['Jane Roe', 'original'], ['WKVN-TV', 'relay']]],
      ['Jane Roe told NBC News that her flight was delayed.', [['Jane Roe', 'original'], ['NBC News', 'relay']]],
      ['Jane Roe told Smith that her flight was delayed.', [['Jane Roe', 'original']]],
      ['Jane Roe told the station that her flight was delayed.', [['Jane Roe', 'original']]],
      // organisations whose abbreviations have a call sign's shape: no station (not a relay of type broadcaster)
      ['Jane Roe told KPMG that her sales fell.', [['Jane Roe', 'original']]],
      ['Jane Roe told WADA that she was innocent.', [['Jane Roe', 'original']]],
      ['Jane Roe told KKR that the deal was off.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "American Airlines issued KSAT12 a statement addressing the delays" (KSAT 12): the outlet written as the indirect
  // object of the verb that gives the statement; "in a statement to X" already read X as the relay of the speaker
  describe('"Norvale Airlines issued Reuters a statement": the outlet a statement is given to relays its giver', () => {
    it.each([
      ['Norvale Airlines issued Reuters a statement addressing the delays.', [['Norvale Airlines', 'original'], ['Reuters', 'relay']]],
      ['Norvale Airlines gave Reuters a statement on Monday saying flights would resume.', [['Norvale Airlines', 'original'], ['Reuters', 'relay']]],
      ['Acme Rail has sent The New York Times an emailed statement saying the line would reopen.', [['Acme Rail', 'original'], ['The New York Times', 'relay']]],
      ['Norvale Airlines issued the BBC both an apology and a statement on Wednesday.', [['Norvale Airlines', 'original'], ['BBC', 'relay']]],
      ['Norvale Airlines issued KVNR12 a statement addressing the delays.', [['Norvale Airlines', 'original'], ['KVNR12', 'relay']]],
      ['Acme Rail gives WKVN an interview every week.', [['Acme Rail', 'original'], ['WKVN', 'relay']]],
      ['Norvale Airlines provided a statement to Reuters on Monday saying flights would resume.', [['Norvale Airlines', 'original'], ['Reuters', 'relay']]],
      ['Acme Rail released a statement to the BBC addressing the delays.', [['Acme Rail', 'original'], ['BBC', 'relay']]],
      // as before (pass on both)
      ['Norvale Airlines issued a statement saying flights would resume.', [['Norvale Airlines', 'original']]],
      ['In a statement to Reuters, Norvale Airlines said flights would resume.', [['Norvale Airlines', 'original'], ['Reuters', 'relay']]],
      ['Norvale Airlines issued a statement on Monday.', []],
      ['Norvale Airlines gave passengers a voucher on Monday.', []],
      ['Norvale Airlines sent Acme a statement rejecting the bid.', []],
      ['The judge gave Jane Roe a sentence of ten years.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "the top commander of the rebels, Abdul Malek al-Huthi, was quoted by Asharq Al-Awsat newspaper on Sunday as saying"
  // (a news blog's wire copy) named nobody: a lower-case title naming no body leaves the person in apposition to speak
  describe('"The top commander of the rebels, John Doe, was quoted by Reuters as saying": the holder in apposition speaks', () => {
    it.each([
      ['The top commander of the rebels, John Doe, was quoted by Reuters on Sunday as saying the state was not serious.', [['John Doe', 'original'], ['Reuters', 'relay']]],
      ['Meanwhile, the former commander, John Doe, was quoted by the Norvale Herald newspaper as saying the state was not serious.', [['John Doe', 'original'], ['Norvale Herald', 'relay']]],
      ['The top commander of the militia, John Doe, told Reuters the state was not serious.', [['John Doe', 'original'], ['Reuters', 'relay']]],
      ['The new leader of the protesters, Jane Roe, says the march will go ahead.', [['Jane Roe', 'original']]],
      // (and an Arabic article glued to a surname is a person's name: "Samir al-Nadi", "Adel el-Masri")
      ['Meanwhile, the top commander of the militia, Samir al-Nadi, was quoted by Reuters as saying the state was not serious.', [['Samir al-Nadi', 'original'], ['Reuters', 'relay']]],
      ['The spokesman, Adel el-Masri, said the state was not serious.', [['Adel el-Masri', 'original']]],
      // as before (pass on both)
      ['Rebel commander John Doe was quoted by Reuters as saying the state was not serious.', [['John Doe', 'original'], ['Reuters', 'relay']]],
      ['John Doe, the rebel commander, was quoted by Reuters as saying the state was not serious.', [['John Doe', 'original'], ['Reuters', 'relay']]],
      ['The club secretary, Jane Roe, said the ground would close.', []],
      ['The work and pensions secretary, Mel Stride, said that Brexit delivered a blow.', [['Department for Work and Pensions', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Chief Shannon Bagley with the Battle Creek Police Department said" (FOX 17) and "Sgt. Vincent Lewis, a spokesman
  // with the Phoenix Police Department" (round 52's azcentral): American copy's "with" for whom an officer or a
  // spokesperson works named nobody, or the person alone, and so "police say" after it nobody either
  describe('"Chief Jane Roe with the Norvale Police Department said": the body a person is "with" speaks through her', () => {
    it.each([
      ['Chief Jane Roe with the Norvale Police Department said Thursday that 200 people were in the park.', [['Norvale Police Department', 'original']], 'Jane Roe'],
      ["Sgt. John Doe with the Norvale County Sheriff's Office says the suspect fled.", [["Norvale County Sheriff's Office", 'original']], 'John Doe'],
      ['Jane Roe, a spokeswoman with the Norvale Police Department, said that 200 people were in the park.', [['Norvale Police Department', 'original']], 'Jane Roe'],
      ['Jane Roe, a lawyer with Acme Partners, said the deal was signed.', [['Acme Partners', 'original']], 'Jane Roe'],
      ['Chief Jane Roe with the Norvale Police Department said 200 people were in the park. Officers fired, but police say the suspect fled.', [['Norvale Police Department', 'original']], 'Jane Roe'],
      // as before (pass on both)
      ['Chief Jane Roe of the Norvale Police Department said that 200 people were in the park.', [['Norvale Police Department', 'original']], 'Chief Jane Roe'],
      ['Jane Roe with her husband said the park was full.', [], undefined],
      ['Jane Roe, who met with the Norvale Police Department, said the park was full.', [['Jane Roe', 'original']], undefined],
    ] as Array<[string, Array<[string, string]>, string | undefined]>)('%s', (text, expected, person) => {
      expect(lastSources(text)).toEqual(expected);
      expect(lastPerson(text)).toBe(person);
    });
  });

  // "According to the sheriff's office, several people have been detained" after "The Placer County Sheriff's Office
  // said" (FOX40), "..., according to the sheriff's office" after "the Tulare County's Sheriff's Department" (Visalia
  // Times-Delta): an office described by its lower-case owner recalled nobody
  describe('"according to the sheriff\'s office": the body named before whose name holds the owner', () => {
    it.each([
      ["The Norvale County Sheriff's Office said a deputy was shot. According to the sheriff's office, several people have been detained.", [["The Norvale County Sheriff's Office", 'original']]],
      ['The Norvale County Sheriff’s Office said a deputy was shot. The sheriff’s office has said that two people were detained.', [['The Norvale County Sheriff’s Office', 'original']]],
      ["The Norvale County Sheriff's Department said a deputy was shot. The suspect fled, according to the sheriff's office.", [["The Norvale County Sheriff's Department", 'original']]],
      ["The Norvale County Coroner's Office said the victim was 40. The cause of death is not known, the coroner's office added.", [["The Norvale County Coroner's Office", 'original']]],
      // as before (pass on both)
      ["The sheriff's office said several people have been detained.", []],
      ["The Norvale County Sheriff's Office said a deputy was shot. The coroner's office said the victim was 40.", []],
      ["The Norvale County Sheriff's Office said a deputy was shot. The suspect's family said he was innocent.", []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Passenger Matt Sahm and his girlfriend did not receive a notification" (CBS Boston, where "passenger Kayla
  // Williams told WBZ" was read right): a private person's role written before the name as a title, capitalised at
  // the sentence's start, was read as part of the name
  describe('"Passenger Jane Roe said": a private person\'s role before the name is no part of it', () => {
    it.each([
      ['Passenger Jane Roe and her husband did not receive a notification. "It was awful," she told Reuters.', [['Jane Roe', 'original'], ['Reuters', 'relay']]],
      ['Commuter John Doe said the trains were late again.', [['John Doe', 'original']]],
      ['Shopper Jane Roe says prices rose again.', [['Jane Roe', 'original']]],
      // as before (pass on both)
      ['Singer Jane Roe said the tour was off.', [['Jane Roe', 'original']]],
      ['Passengers said the trains were late again.', []],
      ['"It was awful," passenger Jane Roe told Reuters.', [['Jane Roe', 'original'], ['Reuters', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "The Ministry of Interior (MoI) denied that the acting interior minister during an interview with Al-Jazeera warned
  // the US" (The Frontier Post's Tolo News copy) gave Al Jazeera as a relay: what a denial rejects is no report it
  // passes on, so neither the one said to have spoken nor the outlet spoken to is a source of the denial
  describe('"The ministry denied that Jane Roe said in an interview with Al Jazeera": a denial relays nothing it rejects', () => {
    it.each([
      ['The Health Ministry denied that Jane Roe said during an interview with Al Jazeera that the bank would be sold.', [['Health Ministry', 'original']]],
      ['Acme Rail denied that John Doe told the BBC the line would close.', [['Acme Rail', 'original']]],
      ['The Ministry of Interior denied that the acting interior minister during an interview with Al Jazeera warned of new threats.', [['Ministry of Interior', 'original']]],
      // as before (pass on both)
      ['The Health Ministry said that Jane Roe told Reuters that the bank would be sold.', [['Jane Roe', 'original'], ['Health Ministry', 'relay'], ['Reuters', 'relay']]],
      ['The Health Ministry denied that the talks had failed, Reuters reported.', [['Health Ministry', 'original'], ['Reuters', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 58: forms recurring across outlets of held-out police, business and wire copy', () => {
  // "Cumberland County Sheriff Ennis Wright said" (WSVN's AP copy), "said Jacksonville Sheriff T.K. Waters" (CBS News
  // Miami), "Ashtabula County Sheriff William Johnson said in a statement" (round 57's Journal-News): a sheriff named
  // with the place he serves was read as one unregistered name, so neither "The sheriff said" nor "Waters said" after
  // it found anyone
  describe('"Norvale County Sheriff Jane Roe said": a sheriff speaks for the sheriff\'s office of the place before the title', () => {
    it.each([
      ['Norvale County Sheriff Jane Roe said the deputy was hurt.', [["Norvale County Sheriff's Office", 'original']], 'Jane Roe'],
      ['"The officers returned fire," said Norvale Sheriff T.K. Doe.', [["Norvale Sheriff's Office", 'original']], 'T.K. Doe'],
      ['Norvale County Sheriff Jane Roe said the deputy was hurt. The sheriff said the deputy would recover.', [["Norvale County Sheriff's Office", 'original']], 'Jane Roe'],
      ['"The officers returned fire," said Norvale Sheriff John Waters. Waters said the suspect fled.', [["Norvale Sheriff's Office", 'original']], 'John Waters'],
      ["The Norvale County Sheriff's Office said a deputy was shot. The sheriff said the deputy would recover.", [["The Norvale County Sheriff's Office", 'original']], undefined],
      ["The Norvale County Sheriff's Office said a deputy was shot. Norvale County Sheriff Jane Roe said he would recover.", [["The Norvale County Sheriff's Office", 'original']], 'Jane Roe'],
      // as before (pass on both)
      ['Sheriff Jane Roe said the deputy was hurt.', [['Sheriff Jane Roe', 'original']], undefined],
      ['The sheriff said the deputy would recover.', [], undefined],
      ['Norvale Police Chief Jane Roe said the suspect fled.', [['Norvale Police', 'original']], 'Jane Roe'],
      ["The Norvale County Sheriff's Office said a deputy was shot.", [["The Norvale County Sheriff's Office", 'original']], undefined],
      ['Norvale Police Chief Jane Roe said the suspect fled. The sheriff said the deputy would recover.', [], undefined],
    ] as Array<[string, Array<[string, string]>, string | undefined]>)('%s', (text, expected, person) => {
      expect(lastSources(text)).toEqual(expected);
      expect(lastPerson(text)).toBe(person);
    });
  });

  // "the San Francisco social media company said in a tweet" (a blog's USA Today copy on Twitter), "Slovenia's largest
  // listed company said" for Krka (round 57's health blog, Reuters copy): a company described by its home before its
  // trade or rank found nobody, or a body called by the description
  describe('"the San Francisco social media company said": a company described by its home is the company named before', () => {
    it.each([
      ['Norvale Systems said it was investigating the leak. "We asked the exchange to halt trading," the San Francisco social media company said.', [['Norvale Systems', 'original']]],
      ['Norvale Analytics said it found the results online. "No hack," the New Jersey research firm said.', [['Norvale Analytics', 'original']]],
      ["Norvale Pharmaceuticals said it would buy back shares. Slovenia's largest listed company said the buyback would start in May.", [['Norvale Pharmaceuticals', 'original']]],
      ['Norvale Pharmaceuticals said it would buy back shares. The Slovenian drugmaker said the buyback would start in May.', [['Norvale Pharmaceuticals', 'original']]],
      // as before (pass on both)
      ['Norvale Pharmaceuticals said it would buy back shares. The Ljubljana-based company said the buyback would start in May.', [['Norvale Pharmaceuticals', 'original']]],
      ["Norvale Pharmaceuticals said it would buy back shares. Slovenia's health ministry said the buyback was legal.", [['Slovenian Health Ministry', 'original']]],
      ['Norvale Pharmaceuticals said it would buy back shares. The Slovenian government said the buyback was legal.', [['Slovenian government', 'original']]],
      ["Norvale Pharmaceuticals said it would buy back shares. Acme's parent company said the buyback was legal.", []],
      ['Norvale Pharmaceuticals said it would buy back shares. The Acme company said the buyback was legal.', []],
      ["Slovenia's largest listed company said the buyback would start in May.", [["Slovenia's largest listed company", 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Han, also member of the Standing Committee ..., made the remarks during an inspection" (ECNS's Xinhua copy), "made
  // the announcement" (round 56's Forum Macao): words one "made" are a speech act, as words one "gave" are
  describe('"Jane Roe made the remarks during a visit": remarks or an announcement made are a report', () => {
    it.each([
      ['Jane Roe, the deputy minister, made the remarks during a visit to the port.', [['Jane Roe', 'original']]],
      ['The Norvale Trade Agency made the announcement after a meeting in Luanda.', [['The Norvale Trade Agency', 'original']]],
      ['Acme Corp made a statement on Monday about the recall.', [['Acme Corp', 'original']]],
      // the spokesman of a body's head written alone, after the body spoke: that body (the thirteenth round's row above)
      ['The Foreign Ministry said new measures would not affect coverage. Ministry spokesman Qin Gang said the measures were fair.', [['Foreign Ministry', 'original']]],
      // as before (pass on both)
      ['Acme Corp made a profit of $3 million.', []],
      ['Jane Roe made the decision on Monday.', []],
      ['The spokesman made no comment on the deal.', []],
      ['The announcement was made on Monday.', []],
      ['The discovery was made by Acme engineers.', []],
      ['Ministry spokesman Qin Gang said the measures were fair.', [['Ministry', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "the Cleveland County Health Department sent a press release saying that" (WBTV), "In a press release from the
  // Pacific County Emergency Operations Center (PCEOC), the county was informed that" (the Chinook Observer, whose
  // passive "was informed" still reports nothing): a body's press or news release is its statement, as "a statement"
  // and "a memo" were
  describe('"The health department sent a press release saying": a release is its issuer\'s statement', () => {
    it.each([
      ['Around 5 p.m. Friday, the Norvale County Health Department sent a press release saying that the individual gave a wrong address.', [['Norvale County Health Department', 'original']]],
      ['The Norvale County Health Department issued a press release saying that the individual gave a wrong address.', [['The Norvale County Health Department', 'original']]],
      ['The Norvale County Health Department sent out a news release saying the resident was out of state.', [['The Norvale County Health Department', 'original']]],
      ['In a press release from the Norvale County Emergency Operations Center, the county said the resident was out of state.', [['Norvale County Emergency Operations Center', 'original']]],
      // as before (pass on both)
      ['The Norvale County Health Department issued a statement saying that the individual gave a wrong address.', [['The Norvale County Health Department', 'original']]],
      ['According to a press release from the Norvale County Health Department, the resident was out of state.', [['Norvale County Health Department', 'original']]],
      ['The release of the report from the Norvale County Health Department was delayed.', []],
      ['Acme Corp announced the release of its new phone on Monday.', [['Acme Corp', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "FAYETTEVILLE, N.C. (AP) — Authorities say" (WSVN's AP copy) gave a body called "Authorities", "LORDSTOWN, Ohio
  // (WKBN) — Leaders with Lordstown Motors say" (round 57's WYTV) one called "Leaders": after a wire's dateline and its
  // dash, a common noun is capitalised as at the sentence's start, and reads as it does there
  describe('"TOKYO (AP) — Investigators say": the word opening the text after a dateline is read as a sentence\'s first', () => {
    const sourcesAndAnonymity = (text: string) => ({ sources: lastSources(text), anonymous: lastClaim(text).anonymous === true });
    it.each([
      ['FAYETTEVILLE, N.C. (AP) — Authorities say a deputy and a suspect were shot.', { sources: [], anonymous: true }],
      ['TOKYO (AP) — Investigators say the fire started in the kitchen.', { sources: [], anonymous: true }],
      ['SEOUL, March 3 (Yonhap) -- Prosecutors said Monday they had raided the offices.', { sources: [], anonymous: true }],
      ['LORDSTOWN, Ohio (WKBN) — Leaders with Norvale Motors say the plant will reopen.', { sources: [], anonymous: true }],
      // as before (pass on both)
      ['Authorities say a deputy and a suspect were shot.', { sources: [], anonymous: true }],
      ['TOKYO (AP) — Norvale Motors said the plant would reopen.', { sources: [['Norvale Motors', 'original']], anonymous: false }],
      ['LONDON — Harlow Power said its sales rose.', { sources: [['Harlow Power', 'original']], anonymous: false }],
      ['TOKYO (AP) — Jane Roe, a local official, said the fire started in the kitchen.', { sources: [['Jane Roe', 'original']], anonymous: false }],
    ] as Array<[string, { sources: Array<[string, string]>; anonymous: boolean }]>)('%s', (text, expected) => {
      expect(sourcesAndAnonymity(text)).toEqual(expected);
    });
  });

  // "Marcio Mattos, 38, was scheduled to fly ... to Buenos Aires yesterday. He told Sun Online Travel:" (H2's
  // fry-electronics copy, read after its score) and "Passenger Matt Sahm and his girlfriend did not receive a
  // notification their flight to Kennedy Airport in New York was canceled. ... he told WBZ-TV" (round 56's CBS Boston):
  // the place the person flew to read as a second person, so "he" meant nobody or the last speaker
  describe('"Jane Roe was to fly to Buenos Aires. She told Reuters": a place after "to" or "in" is no second person', () => {
    it.each([
      ['Jane Roe said the talks had failed. Marcio Mattos, 38, was scheduled to fly to Buenos Aires yesterday. He said the flight was canceled.', [['Marcio Mattos', 'original']]],
      ['Passenger John Doe and his wife did not hear that their flight to Kennedy Airport in New York was canceled. "We got an email," he told WKVN.', [['John Doe', 'original'], ['WKVN', 'relay']]],
      ['Jane Roe said the talks had failed. Former Senator John Smith visited the plant in New York on Monday. He said 3 lines would close.', [['John Smith', 'original']]],
      // as before (pass on both)
      ['Jane Roe said the talks had failed. John Smith and Mary Major visited the plant on Monday. She said 3 lines would close.', [['Jane Roe', 'original']]],
      ['Jane Roe said the talks had failed. John Smith wrote to Mary Major on Monday. She said 3 lines would close.', [['Jane Roe', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "according to a news release from the Crystal Lake Fire Rescue Department ... according to the release" four times
  // after the sheriff's office had reported (the Northwest Herald, in round 58's H2b, read after its score), "the City of
  // Burlington Fire Department wrote in a news release ... According to the release" (myRacineCounty, H2b), "according
  // to the release" (round 56's Walla Walla Union-Bulletin): a release is a document its publisher speaks through
  describe('"according to the release": the body whose release the article cited', () => {
    it.each([
      ["No one was injured, according to a news release from the Norvale Fire Department. The Norvale County Sheriff's Office arrived first and reported a small fire. No injuries were reported, according to the release.", [['Norvale Fire Department', 'original']]],
      ['Officials are still determining the cause, the Norvale Fire Department wrote in a news release on Tuesday. According to the release, firefighters arrived within four minutes.', [['Norvale Fire Department', 'original']]],
      ['The Norvale County Health Department confirmed a second case on Friday. According to the release, the person is 57 years old.', [['The Norvale County Health Department', 'original']]],
      // as before (pass on both)
      ['No one was injured, according to a report from the Norvale Fire Department. Firefighters arrived within minutes, according to the report.', [['Norvale Fire Department', 'original']]],
      ['The Norvale Fire Department confirmed the fire. The release of the report was delayed.', []],
      ['According to the release, firefighters arrived within four minutes.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 59: forms recurring across outlets of held-out police and health copy', () => {
  // "Shots were fired Sunday at Cleveland police officers in a foot chase ..., police said" (the Chico
  // Enterprise-Record's AP copy, round 58's H2) and "Arlington police shot a man ... Then, police say a neighbor called
  // 911" (FOX 4, H2): a force named as its officers, or as the subject of a verb the tagger read as a noun ("shot"), was
  // no force a bare "police said" in the same sentence or after it meant
  describe('"Norvale police shot a man ... police say": the force named as actor or by its officers', () => {
    it.each([
      ['Shots were fired Sunday at Norvale police officers in a foot chase, police said.', [['Norvale Police', 'original']]],
      ['The man was arrested in Norvale. Norvale police shot a man on Monday. Then, police say a neighbor called 911.', [['Norvale Police', 'original']]],
      ['A man was hurt in Norvale. Shots hit two Norvale police detectives on Monday. The suspect fled, police said.', [['Norvale Police', 'original']]],
      // as before (pass on both)
      ['The road was closed after a crash, police say.', []],
      ['Two police officers were hurt in the crash, police said.', []],
      ['A man entered a Nairobi, Kenya police station with a knife. A witness said police told him to leave.', []],
      ['Kenyan police arrested a man. He was taken to a Nairobi police station, police said.', [['Kenyan Police', 'original']]],
      ['The man was arrested in Norvale. Norvale police station staff were moved. Then, police say a neighbor called 911.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "State Health Officer Mylynn Tufte said" after "The North Dakota Department of Health has confirmed" (the Bismarck
  // Tribune and KQDY's copy of the department's release, round 58's H2c): a level of government and a portfolio before
  // a title gave a body called "State Health"
  describe('"State Health Officer Jane Roe said": the department of the portfolio named before', () => {
    it.each([
      ['The Norvale Department of Health confirmed two cases. State Health Officer Jane Roe said more cases were expected.', [['The Norvale Department of Health', 'original']], 'Jane Roe'],
      ['The Norvale Department of Health confirmed two cases. "We urge residents to prepare," said State Health Officer Jane Roe.', [['The Norvale Department of Health', 'original']], 'Jane Roe'],
      ['The Norvale County Health Department confirmed a case. County Health Director Jane Roe said more were expected.', [['The Norvale County Health Department', 'original']], 'Jane Roe'],
      // as before (pass on both)
      ['State Health Officer Jane Roe said more cases were expected.', [['State Health', 'original']], 'Jane Roe'],
      ['Norvale Health Systems said profits rose. State Health Officer Jane Roe said more cases were expected.', [['State Health', 'original']], 'Jane Roe'],
      ['The Norvale Farm Bureau said prices fell. State Farm CEO Jane Roe said claims rose.', [['State Farm', 'original']], 'Jane Roe'],
      ['The Foreign Ministry said new measures would not affect coverage. Ministry spokesman Qin Gang said the measures were fair.', [['Foreign Ministry', 'original']], 'Qin Gang'],
    ] as Array<[string, Array<[string, string]>, string | undefined]>)('%s', (text, expected, person) => {
      expect(lastSources(text)).toEqual(expected);
      expect(lastPerson(text)).toBe(person);
    });
  });

  // "said Assistant Chief Jeff Wallin of the Moorhead Fire Department" (KVRR) gave a body called so, and "Captain Ryan
  // Christen of the Ocean City fire department told the Northwest Florida Daily News" (The Christian Science Monitor)
  // named the relay alone (both in this round's H2, read after its score): a person's rank of two words before the name,
  // and a service's lower-case name after its place, hid the employer
  describe('"said Assistant Chief Jane Roe of the Norvale Fire Department": a titled person speaks for the body after "of"', () => {
    it.each([
      ['"One person was home," said Assistant Chief Jane Roe of the Norvale Fire Department.', [['Norvale Fire Department', 'original']], 'Assistant Chief Jane Roe'],
      ['Deputy Chief Jane Roe of the Norvale Police Department said the road was closed.', [['Norvale Police Department', 'original']], 'Deputy Chief Jane Roe'],
      ['"Our crews did not know," Captain Jane Roe of the Norvale fire department told the Norvale Gazette.', [['Norvale fire department', 'original'], ['Norvale Gazette', 'relay']], 'Captain Jane Roe'],
      ['"It was late," said Jane Roe of the Norvale police department.', [['Norvale police department', 'original']], 'Jane Roe'],
      // as before (pass on both)
      ['"One person was home," said Chief Jane Roe of the Norvale Fire Department.', [['Norvale Fire Department', 'original']], 'Chief Jane Roe'],
      ['"It was late," said Jane Roe of the state health department.', [], undefined],
      ['"Our crews did not know," Captain Jane Roe of the fire department said.', [], undefined],
      ['"He violated his duty," said Acting Assistant Attorney General Jane M. Roe of the Justice Department’s Criminal Division.', [['Jane M. Roe of the Justice', 'original']], undefined],
    ] as Array<[string, Array<[string, string]>, string | undefined]>)('%s', (text, expected, person) => {
      expect(lastSources(text)).toEqual(expected);
      expect(lastPerson(text)).toBe(person);
    });
  });
});

describe('round 60: descriptions of a body named before, recurring across outlets of held-out business copy', () => {
  // "Hundreds of fliers were left stranded ... after Spirit Airlines canceled more than half of their scheduled flights
  // ... The airline says" (KERO) and "flight cancelations from American Airlines over the weekend ... The airline said"
  // (WKMG, round 59's H2b): an airline named inside a sentence that quoted nobody, away from its opening, was nobody
  // a later "the airline" meant
  describe('"after Norvale Airlines canceled flights ... The airline said": the body of that kind named without a quote', () => {
    it.each([
      ['Dozens of flights were canceled after Norvale Airlines ran short of crews. The airline said the cancellations were due to bad weather.', [['Norvale Airlines', 'original']]],
      ['Passengers at the airport had to deal with cancelations from Norvale Airlines over the weekend. The airline said more than 1,000 flights were canceled.', [['Norvale Airlines', 'original']]],
      ['Dozens of flights were canceled after Norvale Airways ran short of crews. The carrier said the cancellations were due to bad weather.', [['Norvale Airways', 'original']]],
      ['Norvale Airlines said flights were late. Dozens of flights were canceled after Acme Airways ran short of crews. The airline said the cancellations were due to bad weather.', [['Acme Airways', 'original']]],
      // as before (pass on both)
      ['Dozens of flights were canceled on Monday. The airline said the cancellations were due to bad weather.', []],
      ['Dozens of flights were canceled after Norvale Airlines ran short of crews. The airport said the cancellations were due to bad weather.', []],
      ['Dozens of flights were canceled after Norvale Airlines ran short of crews. Acme Airways said its planes flew. The airline said its crews were ready.', [['Acme Airways', 'original']]],
      ['Norvale Airlines cancelled dozens of flights on Monday. The airline said the cancellations were due to bad weather.', [['Norvale Airlines', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "A Colorado State Patrol trooper was killed ... , the patrol said" (The Gazette, round 58's H2c) and "said Arkansas
  // State Police ... State police on Tuesday night said" (KTAR's AP copy, round 59's H2): a force's short name after
  // its full one, named as its trooper's or quoted, found nobody
  describe('"the patrol said", "State police said": the force named before whose name ends so', () => {
    it.each([
      ['A Norvale State Patrol trooper was killed Wednesday. The trooper was outside his car when he was hit, the patrol said.', [['Norvale State Patrol', 'original']]],
      ['The Norvale State Patrol said a trooper was killed. The trooper was outside his car when he was hit, the patrol said.', [['The Norvale State Patrol', 'original']]],
      ['The deputy was shot Monday, said Norvale State Police. State police on Tuesday night said it was investigating the shooting.', [['Norvale State Police', 'original']]],
      // as before (pass on both)
      ['A trooper was killed Wednesday. The trooper was outside his car when he was hit, the patrol said.', []],
      ['The deputy was shot Monday, said Norvale Police. State police on Tuesday night said it was investigating the shooting.', []],
      ['The deputy was shot Monday, said Norvale State Police. Police on Tuesday night said it was investigating the shooting.', [['Norvale State Police', 'original']]],
      ['A Norvale State Patrol trooper was killed Wednesday. Acme Motors said its truck hit him. The driver was hurt, the patrol said.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 61: "the company" after a company named with its description, in held-out business copy', () => {
  // "Kennametal, a company that manufactures tooling products, will lay off 141 workers ... The company announced"
  // (the Johnson City Press, round 60's H2): an appositive whose head "company" a relative clause follows was not read
  // as the name's description, so a one-word name was kept as a person's and "the company" meant nobody
  describe('"Norvalex, a company that makes tools, will ...": the name an appositive with a relative clause describes', () => {
    it.each([
      ['Norvalex, a company that makes tools, will lay off 141 workers. The company said it would shut the plant.', [['Norvalex', 'original']]],
      ['Norvalex, a company which makes tools, will lay off 141 workers. The company said it would shut the plant.', [['Norvalex', 'original']]],
      ['Norvale Tools, a company that makes tools, will lay off 141 workers. The company said it would shut the plant.', [['Norvale Tools', 'original']]],
      ['Norvalex, a firm that the town owns, will lay off 141 workers. The company said it would shut the plant.', [['Norvalex', 'original']]],
      // as before (pass on both)
      ['Norvalex, a toolmaker, will lay off 141 workers. The company said it would shut the plant.', [['Norvalex', 'original']]],
      ['Norvalex, a town that makes tools, will lay off 141 workers. The company said it would shut the plant.', []],
      ['Norvalex will lay off 141 workers. The company said it would shut the plant.', []],
      ['Norvalex, a company that makes tools, will lay off 141 workers. Acme Corp said it sells tools. The company said it would shut the plant.', [['Acme Corp', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 62: bodies named before or beside a spokesperson, in held-out local, UK and business copy', () => {
  // "which Croydon Health Service NHS Trust said was because ... In a statement, the trust said that "as soon as we
  // were made aware, ..."" (BBC News): "trust" was no description, so "the trust" meant nobody, or the body of an "it"
  describe('"Norvale Health NHS Trust said ... the trust said": a description only a body whose name ends so takes', () => {
    it.each([
      ['Norvale Health NHS Trust said demand was high. The trust said "we provided extra pillows".', [['Norvale Health NHS Trust', 'original']]],
      ['Norvale Health NHS Trust said demand was high. Jane Roe says the ward was cold. In a statement, the trust said that "as soon as we were made aware, we provided extra pillows".', [['Norvale Health NHS Trust', 'original']]],
      ['Norvale Health NHS Trust said demand was high. The trust said it would "sincerely like to apologise".', [['Norvale Health NHS Trust', 'original']]],
      ['Norvale Health NHS Trust said demand was high. Acme Corp said it sold beds. The trust said "we provided extra pillows".', [['Norvale Health NHS Trust', 'original']]],
      ['The Norvale Foundation said it gave $2 million. The foundation said "we will give more".', [['The Norvale Foundation', 'original']]],
      // as before (pass on both)
      ['Acme Corp said sales fell. The trust said "we provided extra pillows".', []],
      ['Acme Corp said sales fell. The foundation said "we will give more".', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // "CHICAGO -- A spokesman at Abbott Nutrition International said on Wednesday ..." (China Daily): a spokesperson
  // "at" a body was read as an occasion's place, and the company named nobody (its name was guessed a person's)
  describe('"A spokesman at Acme Nutrition International said": the body a spokesperson is at speaks', () => {
    it.each([
      ['CHICAGO -- A spokesman at Acme Nutrition International said on Wednesday that its recall did not affect China.', [['Acme Nutrition International', 'original']]],
      ['A spokesman at Acme Foods said on Wednesday that its recall did not affect China.', [['Acme Foods', 'original']]],
      ['A spokeswoman at the Norvale Embassy said the visas were issued.', [['Norvale Embassy', 'original']]],
      ['A spokesman at the Pentagon told Reuters the drill would go on.', [['U.S. Department of Defense', 'original'], ['Reuters', 'relay']]],
      // ("General" in a body's name is no rank: see the describe block on it below)
      ['A spokesman at Norvale General Hospital said 3 people were hurt.', [['Norvale General Hospital', 'original']]],
      // as before (pass on both)
      ['A spokesman at the scene said 3 people were hurt.', []],
      ['Acme Corp said sales fell. A spokeswoman at the company said the plant would close.', [['Acme Corp', 'original']]],
      ['A spokesman for Acme Nutrition International said on Wednesday that its recall did not affect China.', [['Acme Nutrition International', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // "In a statement, the Johnson County sheriff’s office said ... “We will not have any further comment ...,” the agency
  // said" (the Arkansas Democrat-Gazette): a place's service in lower case named nobody unless a person of it spoke
  // (round 59's personOfPlaceService), so neither sentence had a source
  describe('"the Norvale County sheriff’s office said": a place, then a service in lower case', () => {
    it.each([
      ['In a statement, the Norvale County sheriff’s office said it had suspended a deputy.', [['Norvale County sheriff’s office', 'original']]],
      ['In a statement, the Norvale County sheriff’s office said it had suspended a deputy. “We will not comment,” the agency said.', [['Norvale County sheriff’s office', 'original']]],
      ["The Norvale County coroner's office said the man died.", [["Norvale County coroner's office", 'original']]],
      ['The Ocean City fire department said 3 people were hurt.', [['Ocean City fire department', 'original']]],
      // as before (pass on both)
      ['The French health department said 3 people were sick.', [['French Ministry of Health', 'original']]],
      ['The Norvale Fire Department said 3 people were hurt.', [['The Norvale Fire Department', 'original']]],
      ['The county health department said 3 people were sick.', [['county health department', 'original']]],
      ['Officials in the Norvale County sheriff’s office said 3 people were hurt.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // "The Sonoma County Sheriff's Office has launched an internal probe ..., sheriff's officials said Thursday. ... "...,"
  // the sheriff's office said in a press release" (NBC Bay Area): a body acting as a lead's subject was noted only
  // before a bare verb ("has launched" was none) and only up to a possessive ("Sheriff's"), and "the sheriff's office"
  // recalled only bodies quoted
  describe('"The Norvale County Sheriff\'s Office has launched a probe ... the sheriff\'s office said": the body acting', () => {
    it.each([
      ['The Norvale County Sheriff\'s Office has launched a probe. "He forced the door," the sheriff\'s office said in a press release.', [["The Norvale County Sheriff's Office", 'original']]],
      ['The Norvale County Sheriff\'s Office has launched a probe, sheriff\'s officials said Thursday. "He forced the door," the sheriff\'s office said in a press release.', [["The Norvale County Sheriff's Office", 'original']]],
      ['The Norvale County Sheriff’s Office launched a probe. "He forced the door," the sheriff\'s office said in a press release.', [['The Norvale County Sheriff’s Office', 'original']]],
      ['The Norvale Fire Department has launched a probe. "He forced the door," the department said in a press release.', [['The Norvale Fire Department', 'original']]],
      // as before (pass on both)
      ['The Norvale Police Department has launched a probe. "He forced the door," the sheriff\'s office said in a press release.', []],
      ['The Norvale County Sheriff\'s Office has launched a probe. The Acme County Sheriff\'s Office said it helped. "He forced the door," the sheriff\'s office said.', [["The Acme County Sheriff's Office", 'original']]],
      ['The Norvale Fire Department launched a probe. "He forced the door," the department said in a press release.', [['The Norvale Fire Department', 'original']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // "Earlier on Monday, Turkish customs authorities confirmed ..." (Mehr News): a field between the country's adjective
  // and "authorities" made the phrase name nobody, where "Turkish authorities" names the country's authorities
  describe('"Turkish customs authorities confirmed": a country\'s authorities of a field', () => {
    it.each([
      ['Earlier on Monday, Norwegian customs authorities confirmed that the country had detained a cargo ship.', [['Norwegian customs authorities', 'original']]],
      ['The Norwegian customs authorities announced that the ship was likely carrying grain.', [['Norwegian customs authorities', 'original']]],
      ['Chinese civil aviation authorities said the plane was safe.', [['Chinese civil aviation authorities', 'original']]],
      // as before (pass on both)
      ['Norwegian authorities said the ship was held.', [['Norwegian authorities', 'original']]],
      ['Norwegian customs officials said the ship was held.', []],
      ['Local health authorities said 3 people died.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // "On Friday, the Business Journal quoted a source who said that “dozens” of managers had been let go" (The Business
  // Journal): a quoter's unnamed source was read only before "as saying", so the sentence had no source at all
  describe('"The Norvale Herald quoted a source who said ...": the quoter, of an unnamed source', () => {
    it.each([
      ['The Norvale Herald quoted a source who said the plant would close.', [['The Norvale Herald', 'original']]],
      ['The Norvale Herald cited two officials who said the plant would close.', [['The Norvale Herald', 'original']]],
      // as before (pass on both)
      ['Interfax quoted a source as saying the talks had failed.', [['Interfax', 'original']]],
      ['The Norvale Herald quoted a report that said the plant would close.', []],
      ['Acme Corp quoted a price that was too high.', []],
      ['The mayor quoted a resident who said the road was unsafe.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
  // written after scoring the unseen set H2, whose News Shopper article lost a source to the 'the trust' rule above:
  // "INPATIENTS treated at hospitals in the South London Healthcare NHS Trust ... A Trust spokeswoman said:" read a body
  // called "Trust" before "trust" was a description, nobody after; a trust or foundation named in a sentence that quoted
  // nobody is now what the description means, as round 60's airline is (its name up to four words before its kind's)
  describe('"hospitals in the Norvale Healthcare NHS Trust ... A Trust spokeswoman said": the trust named without a quote', () => {
    it.each([
      ['Patients at hospitals in the Norvale Healthcare NHS Trust rated their care badly. A Trust spokeswoman said: "We welcome the results."', [['Norvale Healthcare NHS Trust', 'original']]],
      ['Patients at hospitals in the North Norvale Healthcare NHS Trust rated their care badly. The trust said it would hire nurses.', [['North Norvale Healthcare NHS Trust', 'original']]],
      ['Dozens of grants were paid after the Norvale Foundation raised $2 million. The foundation said it would give more.', [['Norvale Foundation', 'original']]],
      // as before (pass on both)
      ['Patients rated their care badly. A Trust spokeswoman said: "We welcome the results."', []],
      ['Patients at hospitals in the Norvale Healthcare NHS Trust rated their care badly. Acme Corp said it sold beds. A Trust spokeswoman said: "We welcome the results."', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('round 63: relays and unnamed sources recurring across outlets of held-out wire and aggregator copy', () => {
  // "An unnamed source told Al Arabiya that a deal has been reached ..., but the US did say ..." (Ynetnews) and "a
  // source in the ministry told Trend" (Trend): what people an outlet does not name told it is the outlet's own
  // account; another source the sentence names made it a relay of that source
  describe('"An unnamed source told Al Arabiya ..., but the US did say": the outlet told by unnamed people is an original', () => {
    it.each([
      ['An unnamed source told Al Arabiya that a deal has been reached, but the State Department said gaps were narrowing.', [['Al Arabiya', 'original'], ['U.S. Department of State', 'original']]],
      ['Two officials told the Financial Times that a deal was close, while the Kremlin said talks continue.', [['Financial Times', 'original'], ['Kremlin', 'original']]],
      // as before (pass on both)
      ['Two officials told the Financial Times that a deal was close.', [['Financial Times', 'original']]],
      ['Dmitry Peskov told Reuters that a deal was close, while the State Department said talks continue.', [['Dmitry Peskov', 'original'], ['U.S. Department of State', 'original'], ['Reuters', 'relay']]],
      ['A Pentagon spokesman told Reuters that a deal was close.', [['U.S. Department of Defense', 'original'], ['Reuters', 'relay']]],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Samani made the remark in an interview with IRNA" (The Iran Project's IRNA copy): "made the remarks" was a report,
  // the singular was not, so the interviewer relayed nobody named
  describe('"Jane Roe made the remark in an interview with IRNA": a remark made is a report, as remarks are', () => {
    it.each([
      ['Jane Roe made the remark in an interview with IRNA.', [['Jane Roe', 'original'], ['IRNA', 'relay']]],
      ['Acme Corp made the remark during a visit to the port.', [['Acme Corp', 'original']]],
      ['Interior Ministry spokesman Salman Samani says there is no threat. Samani made the remark in an interview with IRNA on the sidelines of a meeting.', [['Interior Ministry', 'original'], ['IRNA', 'relay']]],
      // as before (pass on both)
      ['Jane Roe made the remarks in an interview with IRNA.', [['Jane Roe', 'original'], ['IRNA', 'relay']]],
      ['The spokesman made no comment on the deal.', []],
      ['Acme Corp made a remarkable recovery.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });

  // "Mohammad Reza Jan-Nesari, the deputy governor of Isfahan for political, security, and social affairs, said"
  // (Sputnik): the commas of a portfolio's list were read as the aside's opening, so the person spoke for nobody
  describe('"Jane Roe, the deputy governor of Isfahan for political, security, and social affairs, said": a list inside the aside', () => {
    it.each([
      ['Jane Roe, the deputy governor of Odesa for political, security, and social affairs, said two people were hurt.', [['Odesa Regional Military Administration', 'original']]],
      ['Jane Roe, the deputy governor of Odesa for political, security and social affairs, said two people were hurt.', [['Odesa Regional Military Administration', 'original']]],
      // as before (pass on both)
      ['Jane Roe, the deputy governor of Odesa for security affairs, said two people were hurt.', [['Odesa Regional Military Administration', 'original']]],
      ['Jane Roe, a lawyer, said two people were hurt.', [['Jane Roe', 'original']]],
      ['Jane Roe, the deputy governor of Odesa, said the roads, bridges, and ports were shut.', [['Odesa Regional Military Administration', 'original']]],
      ['Police, firefighters, and medics said two people were hurt.', []],
    ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
      expect(lastSources(text)).toEqual(expected);
    });
  });
});

describe('"General" inside a body\'s name is no rank', () => {
  // "A spokesman for Massachusetts General Hospital said" gave a body called "Hospital"; "A spokeswoman for San
  // Francisco General Hospital said" gave San Francisco through a person called "Hospital"; "General Dynamics", "Dynamics"
  it.each([
    ['A spokesman for Massachusetts General Hospital said 3 people were hurt.', [['Massachusetts General Hospital', 'original']]],
    ['Massachusetts General Hospital said 3 people were hurt.', [['Massachusetts General Hospital', 'original']]],
    ['A spokeswoman for San Francisco General Hospital said the ward was full.', [['San Francisco General Hospital', 'original']]],
    ['A spokesman for General Dynamics said the contract was signed.', [['General Dynamics', 'original']]],
    // as before (pass on both): the rank before a person's name
    ['General Mark Milley said the drill went on.', [['Mark Milley', 'original']]],
    ['A spokesman for General Motors said sales fell.', [['General Motors', 'original']]],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(lastSources(text)).toEqual(expected);
  });
});
