// Word lists behind attribution. Lower-case; inflected forms spelled out so a
// lookup is one Set.has() on the token (no stemming, no regular expressions).

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Verbs whose subject is the source of what follows ("X said", "X informs"). */
export const REPORTING_VERBS = words(`
  say says said saying state states stated tell tells told announce announces announced
  report reports reported inform informs informed write writes wrote claim claims claimed
  note notes noted add adds added warn warns warned confirm confirms confirmed deny denies denied
  declare declares declared insist insists insisted explain explains explained stress stresses stressed
  emphasize emphasizes emphasized emphasise emphasises emphasised argue argues argued assert asserts asserted
  acknowledge acknowledges acknowledged admit admits admitted allege alleges alleged accuse accuses accused
  reveal reveals revealed disclose discloses disclosed publish publishes published estimate estimates estimated
  believe believes believed consider considers predict predicts predicted forecast forecasts projected
  conclude concludes concluded find finds found show shows showed indicate indicates indicated
  condemn condemns condemned criticize criticizes criticized criticise criticises criticised
  welcome welcomes welcomed urge urges urged call calls called calling express expresses expressed expressing voice voices voiced voicing
  support supports reject rejects rejected describe describes described blame blames blamed
  vow vows vowed pledge pledges pledged demand demands demanded cautioned assess assesses assessed comment comments commented respond responds responded
  determine determines determined
  reply replies replied clarify clarifies clarified recall recalls recalled observe observes observed
  highlight highlights highlighted underline underlines underlined underscore underscores underscored
  mention mentions mentioned reiterate reiterates reiterated tweet tweets tweeted post posts posted
  expect expects expected suggest suggests suggested recommend recommends recommended
  calculate calculates calculated answer answers answered point points pointed assure assures assured
  learn learns learned learnt outline outlines outlined thank thanks thanked
  apologise apologises apologised apologize apologizes apologized
  congratulate congratulates congratulated applaud applauds applauded reaffirm reaffirms reaffirmed affirm affirms affirmed
  draw draws drew plead pleads pleaded pled appeal appeals appealed ask asks asked elaborate elaborates elaborated
  relay relays relayed encourage encourages encouraged deplore deplores deplored discover discovers discovered
  uncover uncovers uncovered
  alleging claiming warning adding arguing noting stating insisting accusing denying charge charges charged
  telling explaining stressing emphasizing emphasising acknowledging admitting predicting reiterating
  lash lashes lashed hits announcing confirming urging rule rules ruled reporting
  contend contends contended contending
  read reads
  rebuke rebukes rebuked refute refutes refuted rebut rebuts rebutted dispute disputes disputed
  concede concedes conceded remark remarks remarked retort retorts retorted lament laments lamented
  boast boasts boasted recount recounts recounted testify testifies testified speculate speculates speculated
  complain complains complained decry decries decried slam slams slammed praise praises praised
  detail details detailed protest protests protested hint hints hinted
  signal signals signaled signalled caution cautions dismiss dismisses dismissed
  dispel dispels dispelled debunk debunks debunked
  anticipate anticipates
  term terms termed characterize characterizes characterized characterise characterises characterised
  quip quips quipped joke jokes joked muse muses mused opine opines opined posit posits posited
  proclaim proclaims proclaimed attest attests attested confess confesses confessed divulge divulges divulged
  grumble grumbles grumbled mutter mutters muttered whisper whispers whispered scoff scoffs scoffed
  concur concurs concurred reckon reckons reckoned remind reminds reminded theorize theorizes theorized
  theorise theorises theorised surmise surmises surmised imply implies implied
  interject interjects interjected advise advises advised
  hail hails hailed
  cite cites cited
  repeat repeats repeated
  downgrade downgrades downgraded upgrade upgrades upgraded
  break breaks broke
`);

/**
 * An apology (in REPORTING_VERBS too): a speech act, so "Yemen's Interior Ministry apologized to Iran" cites the
 * ministry; reported by another speaker ("Suga said Biden apologized for the matter") it is that speaker's news.
 */
export const APOLOGY_VERBS = words('apologise apologises apologised apologize apologizes apologized');

/** Verbs that report only right after a quotation and its speaker: '"...," Roe continued.' */
export const QUOTE_CONTINUING_VERBS = words('continued continues');

/**
 * What "reads" reports for: "the ministry's statement reads", "the army's
 * message reads:" (a document quoted); "she reads the news" reports nothing.
 */
export const READ_DOCUMENTS = words('statement message post letter text note notice communique communiqué readout release announcement decree resolution order article report memo email');

/**
 * Participles that report for the subject of the clause before them: "The FTC
 * sued the operators, alleging that ...", "Russia rejected the plan, saying ...".
 */
export const PARTICIPLE_CUES = words('saying alleging claiming warning adding arguing noting stating insisting accusing denying announcing confirming urging telling explaining stressing emphasizing emphasising acknowledging admitting predicting reiterating reporting voicing expressing');

/**
 * What a body "expressed": a stance it states, a speech act ("has expressed shock that", "expressed
 * disappointment over"); "expressed" with anything else ("expressed by cells", "expressed mail") is none.
 */
const EXPRESSED_STANCES = words(`
  concern concerns regret hope support doubt doubts alarm confidence outrage solidarity gratitude appreciation interest
  shock dismay disappointment sorrow sadness condolences sympathy anger frustration surprise satisfaction optimism
  displeasure reservations skepticism scepticism fear fears worry worries readiness willingness opposition
  protest protests condemnation
`);

const EXPRESSED_COMPLEMENTS = new Set([...EXPRESSED_STANCES, 'that']);

/** Whom a report cites without naming them: "cited people familiar with the matter", "cites unnamed officials". */
export const UNNAMED_CITED = words('people sources source officials official unnamed anonymous insiders diplomats');

/** What one "made" that is words given: "made the remarks", "made the remark", "made the announcement", "made a statement". */
const MADE_SPEECH = words('remark remarks announcement announcements statement statements');

/**
 * "make", "made": a reporting verb only with words given as its object (MADE_SPEECH, in VERB_COMPLEMENTS), so not
 * among REPORTING_VERBS, whose every member also reads "made by Acme engineers" as a cue naming its agent.
 */
export const MAKING_VERBS = words('make makes made');

/** Reporting verbs that need a particle to be a speech act ("calls for", "expressed concern"). */
const ASKED_OBJECTS = words('the for that to them all residents citizens people everyone locals drivers parents');

export const VERB_COMPLEMENTS: ReadonlyMap<string, Set<string>> = new Map([
  // "The report cited people familiar with the matter": a report's unnamed sources; "cited the figures" reports nothing
  ['cite', UNNAMED_CITED],
  ['cites', UNNAMED_CITED],
  ['cited', UNNAMED_CITED],
  // "broke the news", "first broke the story": the outlet's report; "broke the law", "broke the glass" report nothing
  ['break', words('news story scoop')],
  ['breaks', words('news story scoop')],
  ['broke', words('news story scoop')],
  // "repeated that Ankara was ready": a position restated; "repeated the test", "attacks were repeated" report nothing
  ['repeat', words('that')],
  ['repeats', words('that')],
  ['repeated', words('that')],
  ['call', words('for on upon it this the them')],
  ['calls', words('for on upon it this the them')],
  ['called', words('for on upon it this the them')],
  // "Kim has been calling for", "The CDC is calling on residents to": the progressive's particle
  ['calling', words('for on upon')],
  ['point', words('out')],
  ['points', words('out')],
  ['pointed', words('out')],
  // translated copy's "expressed that the results are not correct": a statement, as "stated that"
  // "..., voicing concern over ...", "..., expressing hope that ...": a stance stated, as "voiced concern" is
  ['expressing', EXPRESSED_COMPLEMENTS],
  ['voicing', words('concern concerns support doubts')],
  ['express', EXPRESSED_COMPLEMENTS],
  ['expresses', EXPRESSED_COMPLEMENTS],
  ['expressed', EXPRESSED_COMPLEMENTS],
  // "Acme had a strong quarter, reporting Tuesday that sales rose": a report; "reporting from Kyiv" is where a reporter stood
  ['reporting', words('that')],
  // "elaborated on the plan": an account given; "elaborated" alone may be an adjective
  ['elaborate', words('on')],
  ['elaborates', words('on')],
  ['elaborated', words('on')],
  // "asked the journalists to support", "asked Congress for": a request, a speech act; "asked about" is the question put to him
  // ("asked residents to stay in shelters": a request to the public, as "urged residents to")
  ['ask', ASKED_OBJECTS],
  ['asks', ASKED_OBJECTS],
  ['asked', ASKED_OBJECTS],
  // "NORAD had determined that the missile posed no threat": a finding; "determined to win" is resolve
  ['determine', words('that')],
  ['determines', words('that')],
  ['determined', words('that')],
  ['draw', words('attention')],
  ['draws', words('attention')],
  ['drew', words('attention')],
  ['voice', words('concern concerns support doubts')],
  ['voices', words('concern concerns support doubts')],
  ['voiced', words('concern concerns support doubts')],
  ['post', words('on')],
  ['posts', words('on')],
  ['posted', words('on')],
  ['support', words('the a an')],
  // "lashed out at", "hit out at": criticism, a speech act
  ['lash', words('out')],
  ['lashes', words('out')],
  ['lashed', words('out')],
  ['hits', words('out')],
  // "has not ruled out talks", "ruled out a deal": a stated position, a speech act; "ruled the country" is none
  ['rule', words('out')],
  ['rules', words('out')],
  ['ruled', words('out')],
  // "charged that": an accusation; "charged a fee", "charged with fraud": no report
  ['charge', words('that')],
  ['charges', words('that')],
  ['charged', words('that')],
  ['supports', words('the a an')],
  // "Greece asserts that ...", "..., she asserted."; "over which Greece asserts jurisdiction" claims a right, no report
  ['assert', words('that . , ;')],
  ['asserts', words('that . , ;')],
  ['asserted', words('that . , ;')],
  // "made the remarks during an inspection", "made the announcement on Monday": words given, a speech act; "made the
  // decision", "made a profit" report nothing ("made no comment" is a refusal, so "comment" is no complement here)
  ['make', MADE_SPEECH],
  ['makes', MADE_SPEECH],
  ['made', MADE_SPEECH],
  // "hailed the remarks", "hailed it as a breakthrough": praise, a speech act; "hails from Ohio" is where one comes from
  ['hail', words('the his her its their it this these that a an as')],
  ['hails', words('the his her its their it this these that a an as')],
  ['hailed', words('the his her its their it this these that a an as')],
]);

/** Cues that state a position whether negated or not: "the Kremlin has not ruled out talks". */
export const NEGATION_PROOF_VERBS = words('rule rules ruled');

/**
 * Verbs strong enough to make a country or capital a source ("Kyiv said",
 * "Russia denied"); with weaker verbs a country is an actor ("the US demanded").
 */
export const STRONG_REPORTING_VERBS = words(`
  say says said state states stated tell tells told announce announces announced claim claims claimed
  deny denies denied confirm confirms confirmed warn warns warned declare declares declared insist insists insisted
  accuse accuses accused report reports reported
  condemn condemns condemned welcome welcomes welcomed call calls called calling
  congratulate congratulates congratulated applaud applauds applauded deplore deplores deplored
  saying claiming warning insisting accusing denying charge charges charged
  admit admits admitted blame blames blamed
  express expresses expressed
`);

/**
 * Verbs that report only for a subject known to speak: a registered body or a
 * person ("Medecins Sans Frontieres demanded an inquiry"). An unregistered name
 * is most often a country acting ("the US demanded the abandonment of ...").
 */
export const KNOWN_SPEAKER_VERBS = words(`
  demand demands demanded
  appeal appeals appealed
  downgrade downgrades downgraded upgrade upgrades upgraded
`);

/**
 * Speech acts of an issuer in its own voice ("We condemn", "We call on"): a
 * sentence opening with "We" and one of these speaks for whoever spoke last.
 */
export const ISSUER_VOICE_VERBS = words(`
  condemn condemned urge urged call called welcome welcomed congratulate congratulated applaud applauded
  support supported reject rejected reiterate reiterated reaffirm reaffirmed encourage encouraged deplore deplored
`);

/**
 * A statement's stance in its issuer's voice after "We" and auxiliaries:
 * "We are committed to ...", "We remain deeply concerned", "We will not rest",
 * "We stand with ...". Formulae of official statements, not an author's "we".
 */
export const ISSUER_STANCE_WORDS = words('committed concerned determined resolved rest stand');

/**
 * What an issuer's own text says it thinks or found, in its own voice: "We
 * estimate", "we concluded", "I am pleased to announce". An author's "we"
 * looks the same, so these count only where the page's labels name the
 * issuer (a release, a speech, a report).
 */
export const ISSUER_OWN_WORDS = words(`
  think believe hope understand estimate estimated found find concluded conclude expect determined
  pleased delighted proud
`);

/** A country's stance in a statement's own voice: "The United States is deeply concerned", "The UK has long been clear that". */
export const STATE_STANCE_WORDS = words('concerned committed determined clear');

/** Labels that say the text below is a statement, whoever issues it: "Press Statement", "Media Note". */
export const STATEMENT_LABEL_WORDS = words('statement release readout note speech remarks testimony');

/** Labels above a text that say which body issues it: "GAO Testimony", "European Commission - Daily News", "X written statement". */
export const LABEL_WORDS = words(`
  the official website of press release releases statement statements written testimony briefing
  daily news media note readout speech remarks joint
`);

/** "The press release issued by X", "The speech made by X", "Statement by X": the issuing formula of a label. */
export const ISSUING_WORDS = words('issued made released published delivered given statement remarks speech testimony');

/** "the X spokesman said": the X is the source, the person speaks for it. */
export const TITLE_WORDS = words(`
  secretary general secretary-general spokesman spokeswoman spokesperson spokespeople press minister ministers
  president vice prime chief head director chairman chairwoman chair ceo founder deputy ambassador envoy
  commissioner commander official representative adviser advisor analyst analysts researcher researchers
  economist economists editor correspondent reporter expert experts governor mayor senator lawmaker
  general admiral colonel lieutenant foreign defence defense interior finance affairs high
  staff member members leader leaders officer officers coordinator aide aides counsellor counselor lady
  co-chair co-chairs executive speaker whip majority minority managing specialist forecaster premier
  councillor councilor councilman councilwoman alderman alderwoman manager
`);

/**
 * Occupations written before a name as a title, US style: "singer Jane Roe", "Novelist John Doe said", and the
 * roles a story gives a private person the same way ("Passenger Jane Roe and her husband"). The person speaks; the
 * occupation is no part of the name.
 */
export const OCCUPATION_TITLES = words(`
  singer songwriter actor actress rapper musician comedian novelist author poet playwright filmmaker
  billionaire entrepreneur activist campaigner broadcaster presenter
  journalist photographer photojournalist lawyer farmer teacher nurse pastor
  passenger traveler traveller commuter shopper customer motorist
`);

/**
 * A police officer's ranks, written before a name: "Superintendent Jane Roe", "Detective Chief Inspector John Doe".
 * The rank is no part of the name; the holder speaks for the force the story named (referent-resolver's policeRank).
 */
export const POLICE_RANKS = words(`
  superintendent superintendents inspector sergeant constable detective dci dsi
  supt insp sgt dcs det
`);

/**
 * The army's ranks a police force writes after "Police" (the Philippine National Police's since 2019): "Police
 * Brigadier General Jean Fajardo", "Police Lieutenant Colonel Jane Roe", "Police Staff Sergeant John Doe".
 */
export const PREFIXED_POLICE_RANKS = words(`
  general brigadier colonel lieutenant major captain sergeant corporal staff master executive chief senior
`);

/**
 * The ranks written "<rank> of Police" (Ghanaian, Nigerian and Indian copy): "Commissioner of Police", "Assistant
 * Commissioner of Police", "Inspector-General of Police" (one word or "Inspector", "-", "General"), "Superintendent
 * of Police". The rank names an officer, never a body called "Commissioner of Police" (referent-resolver's
 * officerOfPoliceRank).
 */
export const RANKS_OF_POLICE = words(`
  commissioner inspector-general general superintendent inspector
`);

/**
 * Words a police rank is written with, before or between its ranks: "Chief Inspector", "Senior Investigating
 * Officer", "Acting Sergeant", and the short forms British copy writes ("Det Ch Insp", "Ch Supt").
 */
export const POLICE_RANK_QUALIFIERS = words(`
  chief senior investigating officer acting deputy assistant temporary ch
`);

/**
 * Head words of a police force's own name, which a later bare "police say" or a rank's holder speaks for: "Essex
 * Police", and the British "Derbyshire Constabulary" (a constabulary only by its capitalised name).
 */
export const POLICE_FORCE_HEADS = words('police constabulary');

/**
 * A local health body's level, written in lower case before it, and the name it gives: "the provincial Health
 * Commission", "the regional health commission", "the municipal health bureau" (referent-resolver's
 * localHealthBody: the body of the region or city the sentence named).
 */
export const LOCAL_BODY_LEVELS: ReadonlyMap<string, string> = new Map([
  ['provincial', 'Provincial'], ['regional', 'Regional'], ['municipal', 'Municipal'], ['prefectural', 'Prefectural'],
]);

/**
 * A federation's unit after its name, in either case, and the name it gives the unit's bodies: "The Kano state
 * Ministry of Health", "the Ministry of Health in Enugu State" (referent-resolver's stateMinistry: "Kano State
 * Ministry of Health").
 */
export const SUBNATIONAL_LEVELS: ReadonlyMap<string, string> = new Map([
  ['state', 'State'], ['province', 'Province'],
]);

/** The heads of a unit's body named after its level: "Ministry", "Health Ministry". */
export const SUBNATIONAL_BODY_HEADS = words('ministry');

/** Words that open a sentence before a place's name without being part of it: "Neighboring Jilin province reported". */
export const PLACE_DESCRIBING_WORDS = words('neighboring neighbouring nearby adjacent');

/** Head words of a local health body: "health commission", "health bureau", "health department". */
export const LOCAL_HEALTH_BODY_HEADS = words('commission bureau department');

/**
 * An armed group's members described, plural, after "the": "The Taliban said ... the insurgents said in a statement",
 * "the rebels said". They are the group the article named, as "the group" is (never a state's forces).
 */
export const ARMED_GROUP_DESCRIPTIONS = words('insurgents militants rebels guerrillas');

/**
 * A company's legal suffix written after a comma, part of its name: "ICO, Inc. today announced", "Norvale Foods, LLC
 * said" (phrase-finder's subjectBefore reads the name before the comma with it).
 */
export const COMMA_COMPANY_SUFFIXES = words('inc inc. llc l.l.c. ltd ltd. corp corp. plc lp l.p.');

/** Words opening an appositive that gives a portfolio, not an employer: ", responsible for Trade,". */
export const PORTFOLIO_OPENERS = words('responsible in charged tasked');

/** A company's titles: "GitHub CEO Thomas Dohmke", "Acme Chief Executive Jane Roe" speak for the company. */
export const CORPORATE_TITLES = words('ceo cfo cto coo executive founder co-founder chairman chairwoman spokesman spokeswoman spokesperson managing');

/** Titles of people who speak for their government: "North Korean diplomat Jon Yong Ryong" speaks for North Korea. */
export const GOVERNMENT_TITLES = words(`
  diplomat ambassador envoy minister spokesman spokeswoman spokesperson negotiator representative
`);

/** "Ukrainian authorities said", "the Saudi government said": the country's government speaks. */
export const GOVERNMENT_NOUNS = words('authorities government');

/** "local authorities said", "provincial authorities said": a level of government that names no body, so nobody named. */
export const UNNAMED_GOVERNMENT_LEVELS = words('local provincial regional municipal city district county village town');

/**
 * "the provincial health commission", "the county emergency management bureau": heads of a level of government's
 * office, a government source named as written with its place (no registry holds every province's offices).
 */
export const LEVEL_OFFICE_HEADS = words('office bureau department commission committee headquarters agency');
/** "National Health Commission": a name that says its body is a country's, never "the provincial health commission". */
export const NATIONAL_LEVEL_WORDS = words('national federal central union');

/**
 * Words that place a title in a hierarchy or a unit without naming any body: "Regional Deputy Commander", "Divisional
 * Police Commander", "The State Commissioner for Health", "Assistant Director". A title of these words alone names
 * nobody (referent-resolver's holderOfBareTitle).
 */
export const TITLE_LEVEL_WORDS = words(`
  regional divisional district state provincial county municipal zonal area national assistant acting police
`);

/** Words that, with titles, make an office named without its holder ("the Head of State", "the First Lady"). */
export const TITLE_ONLY_WORDS = words('of state lady government');

/**
 * The market's analysts as a whole, named by the street ("the $24.8 billion the
 * Street had expected", "above what Wall Street expected"): nobody named.
 */
export const MARKET_CONSENSUS_NAMES: ReadonlySet<string> = new Set(['street', 'wall street']);

/** Unnamed sources: "officials said", "sources told Reuters". */
export const ANONYMOUS_HEADS = words(`
  official officials source sources people person diplomat diplomats insider insiders
  observer observers witness witnesses resident residents someone aide aides media voters
`);

/** Titles of a member of a legislature, whom "the parliamentarian", "the lawmaker" mean once one was named. */
export const LEGISLATOR_TITLES = words('deputy lawmaker legislator parliamentarian mp senator congressman congresswoman');
/**
 * Members of a legislature written as a capitalised plural abbreviation: "Tory MPs said", "his backbench MPs",
 * "Senior MEPs warned" are unnamed people (as "Republican lawmakers said"), never a body called "MPs".
 */
export const LEGISLATOR_PLURAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['MPs', 'MEPs', 'MSPs', 'MLAs', 'MPPs', 'MHAs']);
/**
 * People named by their role, not their name: "citing a South Korean lawmaker" is an unnamed person after an
 * indefinite article; "South Korean lawmaker Kim Min-ki" and "the lawmaker" (someone named before) are not.
 * Analysts and experts are EXPERT_NOUNS, unnamed in any position.
 */
export const UNNAMED_ROLE_NOUNS = words('lawmaker lawmakers legislator legislators parliamentarian mp senator congressman congresswoman deputy commander');

/** "Kremlin-backed", "Iran-funded", "London-based": a name before these qualifies another, which is the one that speaks. */
export const MODIFYING_PARTICIPLES = words('backed funded financed owned run led based installed appointed controlled allied linked affiliated sponsored supported aligned');

/** Kinds of outlet that name none: "Russian state television", "Iranian state media", "local newspapers". */
export const GENERIC_MEDIA_NOUNS = words('television tv radio media press broadcaster broadcasters newspaper newspapers outlets channels');
/** What kind of outlet a name written after a media word is: "Belarusian TV channel ONT", "state radio station Zarya FM". */
export const MEDIA_KIND_NOUNS = words('channel station network broadcaster newspaper daily agency outlet portal website');

/**
 * An abstract common noun opening a sentence ("Evidence suggests", "History
 * shows", "Bureaucracy explains", "Unemployment explains"): no source, unless
 * the article also writes the word capitalised inside a sentence (a company
 * called "Fidelity" or "Unity" is named there too).
 */
export const ABSTRACT_NOUN_ENDINGS = /(?:ence|ance|ity|ism|acy|ment|ness|tion|sion|ship|ogy)$/;
export const ABSTRACT_NOUNS = words('evidence history experience research logic reality practice precedent');

/** A common plural noun opening a sentence ("Skeptics argue", "Projections suggest"): unnamed sources, not a name. */
export const GENERIC_PLURAL = /^[A-Z][a-z]+(?:ists|ers|ors|ics|ants|ents|ians|ions|ies|ates|ives|ysts)$/;
/** Plurals the endings miss: "Polls show", "Reports say", "Rebels said", "Locals say", "Colleagues found". */
export const GENERIC_PLURAL_WORDS = words(`
  polls surveys reports models studies rebels locals troops insurgents separatists fighters soldiers
  colleagues neighbours friends nurses fishermen crews guards victims eyewitnesses bystanders townspeople
  coworkers co-workers teammates classmates families relatives police medics paramedics
`);

/** Descriptions that point back to an organisation named earlier ("the ministry said"). */
export const ORGANISATION_DESCRIPTORS = words(`
  ministry department agency newspaper paper publication outlet broadcaster channel website site
  organisation organization group body institute institution office government company firm bank fund
  council commission committee panel watchdog report study statement survey analysis assessment release
  alliance coalition bloc union army military service regulator authority authorities administration
  think-tank thinktank tank center centre movement party magazine daily weekly tabloid network wire court story article
  trust foundation
`);

/**
 * Heads that describe the company a market report opened with: "Toray dropped 5% after the synthetic fibre company
 * said ...", "Nissan fell after the carmaker reported ..." (only in a clause these conjunctions open).
 */
export const COMPANY_DESCRIPTION_HEADS = words(`
  company firm group maker carmaker automaker chipmaker producer manufacturer lender bank insurer retailer miner
  carrier airline operator developer conglomerate giant brewer supplier
`);

/**
 * A company's trade written as one word with "maker" ("drugmaker", "toymaker", "planemaker"): a company description
 * like those above, whatever the trade.
 */
export function isCompanyDescriptionHead(word: string): boolean {
  return COMPANY_DESCRIPTION_HEADS.has(word) || (word.length > 5 && word.endsWith('maker') && /^\p{Ll}+$/u.test(word) && !PEOPLE_MAKERS.has(word));
}
/**
 * "airline", "carrier", "chipmaker": a company's trade and nothing else, which a memory asks of a company or a name of
 * unknown kind ("company", "bank", "group" describe other bodies too and keep their own readings).
 */
export function isTradeDescription(word: string): boolean {
  return isCompanyDescriptionHead(word) && !ORGANISATION_DESCRIPTORS.has(word);
}
/** Last words of a regulator's name: "Norvale Securities Commission", "Financial Conduct Authority". */
export const REGULATOR_NAME_HEADS: ReadonlySet<string> = new Set(['commission', 'authority', 'board', 'agency', 'administration', 'regulator', 'inspectorate', 'ombudsman']);
/** "...maker" words that name a person, never a company: "the lawmaker said" is a member of a legislature. */
const PEOPLE_MAKERS = words(`
  lawmaker lawmakers policymaker policymakers filmmaker moviemaker dressmaker peacemaker kingmaker matchmaker
  decisionmaker troublemaker homemaker merrymaker playmaker rainmaker pacemaker
`);
/** "media including NHK and the Nikkei reported": the names after these are the ones that report. */
export const LISTING_PARTICIPLES = words('including');
/** Lower-case titles whose country may follow: "the president of Ukraine", "the prime minister of Japan". */
export const POSTPOSED_COUNTRY_OFFICES = words('president prime minister ministry chancellor premier');
/** "a website run by the Beijing municipal government": a medium whose runner speaks for what it posts. */
export const SITE_NOUNS = words('website site portal newspaper paper channel account blog magazine outlet');
export const SITE_RUNNING_PARTICIPLES = words('run operated owned published');
/** Conjunctions joining two main clauses after a comma: ", but he told reporters". */
export const CLAUSE_JOINING_CONJUNCTIONS = words('but and yet while');
export const CLAUSE_CONJUNCTIONS = words('after as when because since before while though although');

/**
 * What a thing accords with, not who said it: "according to the Constitution", "as per the provisions of the Act",
 * "according to the terms of the Agreement" (the last word of a law's or a treaty's name, or a lower-case word for
 * its parts before "of").
 */
export const LEGAL_FRAMEWORK_NAME_HEADS = words('constitution act agreement treaty charter convention conventions accord accords protocol code law statute');
export const LEGAL_FRAMEWORK_PARTS = words('terms provisions provision spirit letter rules principles clauses articles norms');

/** Filings that speak for whoever filed them: "according to the complaint" (docs/annotation-guidelines.md §2). */
export const LEGAL_DOCUMENTS = words('complaint lawsuit indictment');

/** Bodies an article may introduce unnamed ("A federal court has ordered ...") and then cite as "the court". */
export const UNNAMED_BODY_NOUNS = words('court tribunal');

/** Articles: the word after one heads a noun phrase ("the daily said", "..., a Reuters correspondent reported"). */
export const ARTICLES = words('the a an');
export const INDEFINITE_ARTICLES = words('a an');

/** Pronouns that point back to the last speaker. */
export const PERSON_PRONOUNS = words('he she him her');
export const ORGANISATION_PRONOUNS = words('it they them');

/**
 * Words between a subject and its verb that do not break the link ("X has also said"); "ARD, ZDF and Deutschlandradio
 * all condemned", "Seoul and Tokyo both said": a quantifier after a list of speakers.
 */
export const SUBJECT_GAP_WORDS = words(`
  has have had do does did is was were are will would could may might also already previously earlier reportedly
  further again then now recently repeatedly publicly officially not never later once still separately
  too meanwhile subsequently originally initially first last today yesterday
  both all
`);

/** Adverbs a subject and its verb may hold between them: "Politico then detailed", "Acme also disputed". */
export const SUBJECT_GAP_ADVERBS = words('then also later again further earlier previously separately subsequently');

/** Lower-case particles inside a person's name ("Ursula von der Leyen", "Salman bin Abdulaziz"). */
export const SURNAME_PARTICLES = words('von van der den bin ibn bint');

/** "el-Sisi", "al-Assad": an Arabic article glued by a hyphen to the name it opens. */
export const NAME_ARTICLE_PARTICLES = words('al el');

/**
 * Connectors allowed inside a proper name ("Institute for the Study of War"); Arabic names join their parts with
 * "bin", "ibn", "bint" ("Salman bin Abdulaziz Al Saud", "Mohammed bin Salman").
 */
export const NAME_CONNECTORS = words("of for the and on in de du la le al el von van der den bin ibn bint & 's ’s");

/** Titles of an ambassador, whom "the envoy" or "the ambassador" means later. */
export const DIPLOMAT_TITLES: ReadonlySet<string> = new Set(['ambassador', 'envoy']);

export const OPENING_QUOTES = new Set(['“', '"', '«', '„', '‘']);
export const CLOSING_QUOTES = new Set(['”', '"', '»', '’', '“']);

/** Lower-case words a subject's name may follow besides titles: "Former Senator John Smith", "former spokesman Jane Roe". */
export const SUBJECT_LEAD_WORDS = words('former');

/** "published today in", "published on Monday in", "published this week in": a journal named after the day. */
const DATED_PUBLISHING_CUES: readonly string[][] = [
  ...['today', 'yesterday', 'online'].map((day) => ['published', day, 'in']),
  ...['week', 'month', 'year'].flatMap((span) => ['this', 'last'].map((which) => ['published', which, span, 'in'])),
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => ['published', 'on', day, 'in']),
];

/** Prepositional cues whose object is the original source. */
export const ORIGINAL_CUES: readonly string[][] = [
  ['according', 'to'],
  // "As per the statement", "as per data released by the Ministry": South Asian English's "according to"
  ['as', 'per'],
  ['as', 'reported', 'by'],
  ['as', 'stated', 'by'],
  ['as', 'quoted', 'by'],
  ['as', 'cited', 'by'],
  // "a medical source cited by Anadolu confirmed", "officials quoted by TASS said": the outlet that names no one
  ['cited', 'by'],
  ['quoted', 'by'],
  ['reported', 'by'],
  ['published', 'by'],
  ['released', 'by'],
  ['data', 'from'],
  ['figures', 'from'],
  ['statistics', 'from'],
  ['numbers', 'from'],
  ['estimates', 'from'],
  ['estimates', 'by'],
  // "Those figures come from analyst firm Norvale Research": whose figures they are
  ...['figures', 'numbers', 'data', 'statistics', 'estimates', 'findings'].flatMap((noun) => ['come', 'comes', 'came'].map((verb) => [noun, verb, 'from'])),
  ['website', 'of'],
  // "This is stated in the report of the Institute for the Study of War", "in a study by X": whose document it is
  ...['the', 'a', 'its', 'their'].flatMap((det) => ['report', 'assessment', 'study', 'analysis', 'review'].flatMap((doc) => [['in', det, doc, 'of'], ['in', det, doc, 'by']])),
  ['press', 'service', 'of'],
  ['in', 'the', 'words', 'of'],
  ['polled', 'by'],
  ['surveyed', 'by'],
  ['published', 'in'],
  // "a new study published today in JAMA Network Open estimated": the day between the verb and the journal
  ...DATED_PUBLISHING_CUES,
  ['compiled', 'by'],
  // "new sanctions, announced by the Foreign Secretary today": who announced them
  ['announced', 'by'],
  // "satellite images analysed by Maxar", "a poll commissioned by X": whose analysis or survey it is
  ['analysed', 'by'],
  ['analyzed', 'by'],
  ['estimated', 'by'],
  ['calculated', 'by'],
  ['commissioned', 'by'],
  // a roundup's "the subject of a thoughtful post by X", "an op-ed by X": the author wrote it
  ['post', 'by'],
  // "the post also includes a quote from Arrington:": the words quoted are his
  ['a', 'quote', 'from'],
  ['quotes', 'from'],
  ['blog', 'post', 'by'],
  ['article', 'by'],
  ['op-ed', 'by'],
  ['column', 'by'],
  ['editorial', 'by'],
];

/**
 * "a report by X", "a study from X": X is a source only when the sentence
 * goes on to say what the report found ("The report by the UN was delayed"
 * cites nothing).
 */
export const DOCUMENT_CUES: readonly string[][] = [
  ['report', 'by'],
  ['report', 'from'],
  ['reports', 'by'],
  ['reports', 'from'],
  ['statement', 'by'],
  ['statement', 'from'],
  ['study', 'by'],
  ['survey', 'by'],
  ['poll', 'by'],
  ['analysis', 'by'],
  ['research', 'by'],
  ['assessment', 'by'],
  ['assessment', 'from'],
  // "a 2021 review by the European Court of Auditors, which concluded", "One analysis from the NIH ... found"
  ['review', 'by'],
  ['review', 'from'],
  ['analysis', 'from'],
  ['study', 'from'],
  ['studies', 'by'],
  ['studies', 'from'],
  ['survey', 'from'],
  ['paper', 'by'],
  ['paper', 'from'],
  ['research', 'from'],
  ['audit', 'by'],
  ['investigation', 'by'],
  ['meta-analysis', 'by'],
  ['meta-analysis', 'from'],
  // "A brief statement issued by the press office said": the issuer speaks through it
  ['statement', 'issued', 'by'],
  ['statement', 'released', 'by'],
  ['report', 'issued', 'by'],
  ['report', 'released', 'by'],
  // "A report produced by the New Policy Institute warns": the body that wrote the document speaks through it
  // (never "produced by" alone: "oil produced by Russia" reports nothing)
  ...['report', 'study', 'analysis', 'paper', 'survey', 'assessment', 'review'].flatMap((noun) => [[noun, 'produced', 'by'], [noun, 'prepared', 'by'], [noun, 'written', 'by']]),
  ['announcement', 'by'],
  ['announcement', 'from'],
  // "In a press release from the county's emergency operations center, ...": a release is its issuer's statement
  ['release', 'from'],
  ['release', 'by'],
  ['release', 'issued', 'by'],
  ['publication', 'by'],
  ['publication', 'from'],
  // "a story in The Times that reported", "a story published by Le Monde": an outlet's own story
  ...['story', 'article', 'piece'].flatMap((noun) => [[noun, 'in'], [noun, 'by'], [noun, 'from'], [noun, 'published', 'by'], [noun, 'published', 'in']]),
  // "Testing conducted by CDC showed": whose testing or survey it is, when the sentence says what it showed
  // ("the second launch conducted by Pyongyang" reports nothing)
  ['conducted', 'by'],
];

/** Cues that name their source with a pronoun: "In his words, ..." points back to the last speaker. */
export const PRONOUN_CUES: readonly string[][] = [
  ['in', 'his', 'words'],
  ['in', 'her', 'words'],
  ['in', 'its', 'words'],
  ['in', 'their', 'words'],
  ['in', 'his', 'view'],
  ['in', 'her', 'view'],
  ['in', 'its', 'view'],
];

/** Cues that make what precedes them a relay of what follows ("X, citing Y"). */
export const RELAY_CUES: readonly string[][] = [
  ['citing'],
  ['quoting'],
  ['referring', 'to'],
  ['with', 'reference', 'to'],
  ['with', 'a', 'reference', 'to'],
  ['in', 'reference', 'to'],
  ['referencing'],
  ['relying', 'on'],
  ['based', 'on', 'information', 'from'],
  ['which', 'cited'],
  ['who', 'cited'],
  ['which', 'quoted'],
];

/**
 * Words for the kind of an interview: "in a phone interview with", "in an exclusive interview with", "in a live
 * interview with", "in a wide-ranging interview with" (a hyphen is a token of its own, so the kind is written with
 * spaces around it).
 */
const INTERVIEW_KINDS = ['phone', 'telephone', 'exclusive', 'television', 'radio', 'video', 'recent', 'separate', 'brief', 'emailed', 'live', 'lengthy', 'rare', 'extensive', 'wide - ranging', 'in - depth'];
export const INTERVIEW_KIND_WORDS: ReadonlySet<string> = new Set(INTERVIEW_KINDS.filter((kind) => !kind.includes(' ')));
/** An interview's words before the preposition that names whom it was given to: "interview", "interview session". */
const INTERVIEW_HEADS = [['interview'], ['interview', 'session']];

/** "in a CNN interview", "during an exclusive VOA interview": the words opening an interview an outlet's name qualifies. */
export const OUTLET_INTERVIEW_OPENERS = words('in during');
export const OUTLET_INTERVIEW_DETERMINERS = words('a an his her their its');
export const INTERVIEW_NOUNS = words('interview interviews');

/** Audience cues ending "<word> with/of" whose object relays only when it is a known outlet: "in a conversation with", "on the air of". */
export const AUDIENCE_MEDIA_ONLY_WORDS = words('conversation air');

/**
 * Verbs of giving words to someone: "issued KSAT a statement", "gave Reuters an interview", "sent the BBC an emailed
 * statement", "provided a statement to CNN". Their subject speaks, as "told X"'s does.
 */
export const STATEMENT_GIVING_VERBS = words('issued issues released releases gave gives given sent sends provided provides emailed emails granted grants offered offers');
/** What is given to an outlet after one of STATEMENT_GIVING_VERBS: "a statement", "an apology", "an interview". */
export const GIVEN_STATEMENT_NOUNS = words('statement apology comment comments interview');

/** Words for the kind of a statement given to an outlet: "in an emailed statement to", "in a written statement to". */
const STATEMENT_KINDS = ['', 'emailed', 'exclusive', 'written', 'brief', 'separate', 'prepared', 'joint'];

/** How an outlet passes on a speaker's words: "carried by", "broadcast by", "aired by", "published by". */
const CARRYING_PARTICIPLES = ['carried', 'broadcast', 'aired', 'published', 'received', 'seen', 'obtained'];
export const CARRYING_WORDS: ReadonlySet<string> = new Set(CARRYING_PARTICIPLES);
/** Words an outlet carries for their speaker: "according to a statement carried by SPA". */
export const CARRIED_WORDS_NOUNS = words('statement speech message address remarks comments letter');

/** Cues whose object, when it is a news outlet, relays what the subject said. */
export const AUDIENCE_CUES: readonly string[][] = [
  // (and "in an interview session with Reuters", "during an interview session with Reuters News Agency")
  ...INTERVIEW_HEADS.flatMap((head) => ['with', 'to', 'for', 'on'].map((to) => ['in', 'an', ...head, to])),
  // "said in an interview on Sky News": the broadcaster the speaker appeared on relays him (the "on" above)
  // "in a phone interview with The Associated Press", "in an exclusive interview with the BBC", "in a wide-ranging
  // interview with Reuters"
  ...INTERVIEW_KINDS.flatMap((kind) => ['with', 'to', 'on'].map((to) => [...(/^[aeiou]/.test(kind) ? ['in', 'an'] : ['in', 'a']), ...kind.split(' '), 'interview', to])),
  // "said during an interview with Pakistan-based ARY News", "during a phone interview with CNN": as "in an interview with"
  ...['an', 'his', 'her', 'their', 'its'].flatMap((owner) => INTERVIEW_HEADS.flatMap((head) => ['with', 'to', 'on'].map((to) => ['during', owner, ...head, to]))),
  ...INTERVIEW_KINDS.flatMap((kind) => ['with', 'to', 'on'].map((to) => ['during', /^[aeiou]/.test(kind) ? 'an' : 'a', ...kind.split(' '), 'interview', to])),

  // "stated in his interview to the Associated Press", "in her comment to RBC-Ukraine": the speaker's own interview
  ...['his', 'her', 'their', 'its'].flatMap((owner) => [
    ['in', owner, 'interview', 'with'],
    ['in', owner, 'interview', 'to'],
    ['in', owner, 'interview', 'for'],
    ['in', owner, 'interview', 'on'],
    ['in', owner, 'comment', 'to'],
    ['in', owner, 'comments', 'to'],
  ]),
  // "in a statement to The Guardian", "in an emailed statement to Politico": the outlet relays the speaker
  ...STATEMENT_KINDS.flatMap((kind) => {
    const words = kind ? [kind, 'statement'] : ['statement'];
    const article = /^[aeiou]/.test(words[0]) ? 'an' : 'a';
    return [article, 'another', 'his', 'her', 'their', 'its'].map((owner) => ['in', owner, ...words, 'to']);
  }),
  // "In an email to CTV News, SIRT said", "said in an e-mail to Reuters": an email sent to an outlet, as "told X"
  ...['email', 'e-mail', 'e - mail'].flatMap((noun) => ['an', 'his', 'her', 'their', 'its'].map((owner) => ['in', owner, ...noun.split(' '), 'to'])),
  // "said in a statement carried by the state news agency SANA", "in remarks carried by Xinhua", "in a speech
  // broadcast by state television": the outlet that carried the words relays the speaker
  // (or "published by": "in a statement published by IRNA", "in his comments published by the agency")
  ...['statement', 'speech', 'message', 'interview', 'address', 'text message', 'email', 'emailed statement', 'letter'].flatMap((noun) =>
    [/^[aeiou]/.test(noun) ? 'an' : 'a', 'his', 'her', 'its', 'their'].flatMap((owner) =>
      CARRYING_PARTICIPLES.map((carried) => ['in', owner, ...noun.split(' '), carried, 'by']),
    ),
  ),
  ...['remarks', 'comments'].flatMap((noun) =>
    ['', 'his', 'her', 'its', 'their'].flatMap((owner) => CARRYING_PARTICIPLES.map((carried) => ['in', ...(owner ? [owner] : []), noun, carried, 'by'])),
  ),
  ['in', 'a', 'comment', 'to'],
  ['in', 'a', 'comment', 'for'],
  ['in', 'comments', 'to'],
  ['in', 'a', 'commentary', 'for'],
  // translated copy: "said in a commentary to Ukrinform", "In a conversation with RBC-Ukraine, X noted", "said on the
  // air of Radio Liberty" (the broadcaster's own air; "on the air of the national telethon" names no outlet)
  ['in', 'a', 'commentary', 'to'],
  ...['in', 'during'].flatMap((at) => [[at, 'a', 'conversation', 'with'], [at, 'his', 'conversation', 'with'], [at, 'her', 'conversation', 'with']]),
  // (the cue opens at "air", a rare word, not at "on": phrase-cues.ts checks the "on (the)" before it)
  ['air', 'of'],
  ['answering', 'the', 'question', 'of'],
  ['answering', 'a', 'question', 'from'],
  ['speaking', 'to'],
  ['speaking', 'with'],
  ['talking', 'to'],
  ['talking', 'with'],
  // "Speaking on Sky News, X argued": only an outlet ("speaking on Capitol Hill", "on condition of anonymity" are none)
  ['speaking', 'on'],
  ['appearing', 'on'],
  ['told'],
  ['tells'],
  ['tell'],
  ['confirmed', 'to'],
  ['confirms', 'to'],
  // "“The suspects are now in custody,” Jane Roe said to TGRT": said to an outlet, as told
  ['said', 'to'],
  ['says', 'to'],
  // "Olena Zelenska gave an interview to The Guardian": the subject speaks to the outlet
  // "Acme issued a statement to CNN", "provided an emailed statement to Reuters": the outlet given the statement relays its giver
  ...[...STATEMENT_GIVING_VERBS].flatMap((verb) =>
    STATEMENT_KINDS.map((kind) => (kind ? [kind, 'statement'] : ['statement'])).map((statement) => [verb, /^[aeiou]/.test(statement[0]) ? 'an' : 'a', ...statement, 'to']),
  ),
  ['gave', 'an', 'interview', 'to'],
  ['gave', 'an', 'interview', 'with'],
  ['gives', 'an', 'interview', 'to'],
  ['granted', 'an', 'interview', 'to'],
];

/** Participles opening a sentence with the outlet spoken to: "Speaking to Reuters, Jane Roe blamed ...". */
export const OPENING_AUDIENCE_PARTICIPLES = words('speaking talking appearing');

/** First words of audience cues whose subject is who speaks ("gave an interview to X", "issued a statement to X"), as "told X" is. */
export const INTERVIEW_GIVING: ReadonlySet<string> = new Set([...words('gave gives granted'), ...STATEMENT_GIVING_VERBS]);

/** Words skipped between a prepositional cue and its object ("according to the latest report by"). */
export const OBJECT_LEAD_WORDS = words(`
  the a an its their his her our latest new recent official preliminary annual weekly monthly daily today yesterday
  report reports statement statements data figures study survey poll analysis research estimates assessment
  publication article investigation reporting by from of published released issued information
  press service website site page telegram channel account calculations analysts researchers experts
`);

/** What an outlet publishes as its own reporting: "a story in The Times that reported" is the paper's account, no relay. */
export const OUTLET_STORY_NOUNS = words('story stories article articles piece report');

/** Documents: "the report said", "the study found" mean the last body a cue named as publishing one. */
export const DOCUMENT_NOUNS = words('report study survey review analysis assessment paper findings publication story article release');

/**
 * Cues naming where a study appeared, not who made it: "a study conducted by
 * researchers at Harvard and published in The BMJ". The journal speaks for the
 * study only when nobody else in the sentence does ("The study, published in
 * Nature, found").
 */
export const PUBLISHING_VENUE_CUES: readonly string[][] = [['published', 'in'], ...DATED_PUBLISHING_CUES];

/**
 * Documents whose issuer a preposition names in a subject: "An official
 * announcement from Islamabad's foreign ministry stated", "A statement from
 * the embassy said".
 */
export const ISSUED_DOCUMENTS = new Set([...DOCUMENT_NOUNS, ...words('statement statements announcement communique communiqué readout meta-analysis research investigation investigations inquiry inquiries audit audits')]);

/**
 * Last words of a document's title, never of a body's or an outlet's name:
 * "Economic Forecast", "World Economic Outlook", "Labour Force Survey", "2010
 * Census", "Consumer Price Index". ("Report" and "Review" also end outlets'
 * names: "Drudge Report", "Harvard Business Review".)
 */
export const DOCUMENT_TITLE_HEADS = words('forecast forecasts outlook survey census index barometer scoreboard yearbook assessment');

/**
 * What a body releases saying something: "released a statement saying", "issued a communique stating", "issued an
 * alert warning residents", "has issued a warning that", and its press or news release ("sent a press release saying").
 */
export const STATEMENT_NOUNS = words('statement statements communique communiqué notice readout report letter assessment warning alert advisory release');

/** What a person's possessive opens when a "that" clause follows it: "the minister's statement that", "Doe's remarks that". */
export const POSSESSED_STATEMENT_NOUNS = words(`
  statement statements remark remarks comment comments claim claims assertion assertions announcement warning warnings
  assurance assurances admission insistence suggestion allegation allegations pledge promise words
`);

/** "X released an assessment": X publishes the document that "the report" means next. */
export const RELEASING_VERBS = words('released releases published publishes issued issues unveiled unveils ran runs');

/**
 * Participles saying when or how a document came out, between it and its verb: "A Gallup poll released Monday
 * found", "a survey conducted over three days showed"; its owner speaks, as without them.
 */
export const RELEASE_PARTICIPLES = words('released published issued unveiled conducted fielded');
/** Words of a release's date or span after its participle: "released on Tuesday", "conducted over the past three days". */
export const RELEASE_SPAN_WORDS = words('last this past over across during between early late earlier recently online the a few several days weeks months');

/**
 * Words a sentence is noted for while its cues are read, so that one lookup
 * per word serves them all: a document released, a body introduced unnamed
 * ("a federal court"), unnamed sources ("its own sources").
 */
export type SentenceMarker = 'release' | 'unnamed-body' | 'sources' | 'reports';
export const SENTENCE_MARKERS: ReadonlyMap<string, SentenceMarker> = new Map<string, SentenceMarker>([
  ...[...RELEASING_VERBS].map((w): [string, SentenceMarker] => [w, 'release']),
  ...[...UNNAMED_BODY_NOUNS].map((w): [string, SentenceMarker] => [w, 'unnamed-body']),
  ['sources', 'sources'],
  ['source', 'sources'],
  // "20 people were reportedly injured": according to reports nobody names, not the previous sentence's source
  ['reportedly', 'reports'],
]);

/** Heads of a subject phrase that still let the named body speak ("Eurostat data showed"). */
export const SOURCE_HEADS = words(`
  data figures statistics estimates estimate report reports survey study analysis poll research calculations tracker
  index model review statement statements message website blog complaint lawsuit filing filings release
  inspectors monitors investigators scientists team mission experts analysts researchers economists strategists
`);

/**
 * Heads of a document its owner speaks through when a possessive names the
 * owner: "Nielsen's latest figures show", "OMB's action plan states".
 */
export const OWNED_DOCUMENT_HEADS = new Set([...SOURCE_HEADS, ...words('forecast forecasts outlook publication findings plan strategy projections assessment assessments')]);

/**
 * Prepositions that open a document's topic before its verb: "OMB's plan for managing data states", "the EPA's
 * report on reducing smog found"; the body owning the document speaks, as without the topic.
 */
export const DOCUMENT_TOPIC_PREPOSITIONS = words('for on about into');

/** Nouns that close a document's title ("The Autumn 2017 Economic Forecast", "World Economic Outlook"): the title is no body. */
export const TITLED_DOCUMENTS = words('report forecast outlook survey review strategy plan index assessment study yearbook barometer');

/** People whose employer is the source: "analysts at ING said", "researchers at the Kiel Institute". */
export const EXPERT_NOUNS = words(`
  analyst analysts researcher researchers economist economists expert experts scientist scientists strategist
  strategists inspector inspectors investigator investigators specialists specialist author authors
`);

/** Groups that do a study, named by where they work or who leads them: "a team from X", "An international team, led by researchers at X,". */
export const RESEARCH_TEAMS = words('team teams group consortium');

/** "led by", "headed by": what follows says whose a team or study is. */
export const LEADING_PARTICIPLES = words('led headed coordinated');

/** Words placing a time, beside DATE_GAP_WORDS: "late on Monday", "earlier this week". */
export const TIME_OF_DAY_WORDS = words('late early earlier later this last today yesterday');

/** Dates between a subject and its verb: "the ministry on Jan. 14 announced". */
export const DATE_GAP_WORDS = words(`
  week month year night morning afternoon evening
  on in jan jan. january feb feb. february mar mar. march apr apr. april may jun jun. june jul jul. july aug aug.
  august sep sep. sept sept. september oct oct. october nov nov. november dec dec. december monday tuesday
  wednesday thursday friday saturday sunday
`);

/** Passive or hedged reporting that continues the previous sentence's source. */
export const CONTINUATION_MARKERS = words(`allegedly estimated believed`);

// ---- Sentence structure around a cue -------------------------------------

/** Punctuation that ends a phrase: a subject, object or name never runs across it. */
export const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', '.', '!', '?']);

/** A noun phrase after one of these is no subject of the verb that follows ("anglers in Poland had reported"). */
export const PREPOSITIONS = words(`
  in at from with by to about against on over into between among like than after before
  outside inside near behind across beyond around under below above beside despite without toward towards
`);

export const RELATIVE_PRONOUNS = words('which who whose whom');

/** Occasions of speech between a speaker and the verb ("in an interview with X", "at a briefing in Y"). */
export const OCCASIONS = words(`
  interview statement comments comment conference briefing post speech address letter video message article
  column broadcast remarks appearance op-ed review
`);
export const OCCASION_PREPOSITIONS = words('in at during on');

/** Where sources publish, not sources themselves ("on Telegram", "the Telegram channel of X"). */
export const PLATFORMS = words('telegram facebook twitter x instagram youtube vkontakte linkedin tiktok truth');

/** Verbs that put a figure on something: "The U.S. estimates Russian military deaths at around 7,000". */
export const ESTIMATING_VERBS = words('estimates estimate estimated');

/**
 * Verbs that report a figure only when a name puts it "at" one: "IDC listed Xiaomi's growth at 27.4 percent", "the
 * IMF pegged growth at 3%"; "Acme listed its shares in London", "he put the box at the door" report nothing.
 */
export const FIGURE_PLACING_VERBS = words('listed lists pegged pegs put puts');

/**
 * Round figures a placing verb may put a thing "in": "its outlook put the shortfall in the millions", "put the
 * cost in the tens of billions"; "put it in the drawer" places a thing.
 */
export const FIGURE_MAGNITUDES = words('dozens hundreds thousands millions billions trillions tens');

/**
 * Documents that put a figure on something as their publisher would: "Its latest outlook put the shortfall at",
 * "the report put the cost at" (a subject with no name, the body behind it found as "its report found" is).
 * "estimates" is none: "Western estimates put deaths at 7,000" names nobody.
 */
export const FIGURE_PLACING_DOCUMENTS = new Set([...DOCUMENT_NOUNS, ...words('outlook forecast projections')]);

/** Words before a figure that make it approximate: "at around 7,000", "at about $3 billion". */
export const APPROXIMATORS = words('around about roughly nearly almost some approximately over more than least');

/** Signs before a figure: "at $3 billion". */
export const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥']);
/** Currency codes written before or after an amount ("USD 53.41", "12.50 EUR"): a unit, never a name. */
export const CURRENCY_CODES = new Set(
  'USD EUR GBP JPY CNY RMB RUB INR CHF AUD CAD KRW SGD HKD TRY BRL ZAR SAR AED IRR UAH BYN KZT PKR NGN EGP MXN SEK NOK DKK PLN IDR MYR THB PHP VND ILS QAR KWD'.split(' '),
);

/** Time zones written after a clock time ("12:35 p.m. EDT", "at 0900 GMT"): the time's zone, never a name. */
export const TIME_ZONES = new Set('ET EDT EST CT CDT CST MT MDT MST PT PDT PST GMT UTC BST CET CEST EET EEST MSK IST JST KST HKT SGT AEST AEDT'.split(' '));

/** A US lawmaker's party letter before a state: ", D-Ill.,", "(R-Texas)". */
export const PARTY_LETTERS = new Set(['D', 'R', 'I']);

/** The states whose names are two words ("an analyst at Norvale Partners in New York"). */
export const TWO_WORD_US_STATES: ReadonlySet<string> = new Set([
  'new york', 'new jersey', 'new mexico', 'new hampshire', 'north carolina', 'south carolina', 'north dakota', 'south dakota',
  'west virginia', 'rhode island',
]);

/**
 * One-word US states, which stateOf does not know: "Harvard University in Massachusetts" names the university,
 * and "Rep. Jane Roe of Texas" comes from a place, which is no body that speaks.
 */
export const US_STATES = words(`
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana
  iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
  nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
`);

/** "Shares of eBay", "shares in Vonovia": what a market report's opening shares belong to. */
export const SHARE_PREPOSITIONS = words('of in');

/** People named by role alone, after "a" or "one": "One rescuer told NDTV", "a lawmaker ... told NBC News" (with UNNAMED_ROLE_NOUNS). */
export const UNNAMED_PERSON_ROLES = new Set([...UNNAMED_ROLE_NOUNS, ...words(`
  rescuer survivor passenger worker employee doctor nurse medic volunteer soldier teacher student eyewitness
`)]);
/** "a member of Congress said", "members of the board told": unnamed people of a body, as "officials of" are. */
export const MEMBER_NOUNS = words('member members');
export const UNNAMED_PERSON_OPENERS = words('a an one another');

/** Conjunctions that open a sentence before its subject ("But the ministry said", "And the study found"). */
export const OPENING_CONJUNCTIONS = words('but and yet so');

/** Words that may open a capitalised run without being part of a name ("However Reuters said"). */
export const CAPITALISED_FUNCTION_WORDS = words(`
  the this that these those it he she they we i you in on at for but and however meanwhile also after before
  when while as if according some many most both all other such his her their its our my a an one two there
  here today yesterday monday tuesday wednesday thursday friday saturday sunday last next earlier later
  nationally globally locally separately still
`);

export const POSSESSIVE_DETERMINERS = words('its their his her');

/** "Ukraine's air force said": heads that make "<country>'s <head>" a body of that state. */
export const STATE_BODY_HEADS = words('force forces command navy military police prosecutors guard coastguard army');

/**
 * "the coast guard said", "the defence ministry said": a state body described
 * but never named; when nothing named before fits, the description as written
 * is the source (an unregistered government body).
 */
export const UNNAMED_STATE_BODIES = words('ministry guard coastguard military army navy police prosecutors prosecutor government authorities cabinet presidency regulator');

/** Auxiliaries that make a participle passive ("is expected", "was confirmed by"). */
export const PASSIVE_AUXILIARIES = words('is are was were be been being');

/** "is", "was": the verb of "Counterpoint's estimate was lower" (attribute-sentence.ts). */
export const COPULAS = words('is was are were');

/** A body's figures that "is"/"was" states the content of: "Counterpoint's estimate was lower" (not "X's report is due"). */
export const ESTIMATE_HEADS = words('estimate estimates forecast forecasts figure figures data projection projections calculation calculations statistics tally count');

/** How something was said, after "said by": "said by email" is no "published by X". */
export const MEANS_OF_SPEECH = words('email e-mail phone telephone text letter video videolink satellite');

/** What one "responded by" or "reacted by" doing is a report when it is a speech act: "responded by calling him a coward". */
export const SPEECH_ACT_GERUNDS = new Set([...PARTICIPLE_CUES, 'calling', 'accusing', 'dismissing', 'rejecting', 'criticizing', 'criticising']);

/** Verbs an outlet does, so an unknown one-word subject of them is an outlet ("The Record reported"). */
export const PUBLISHING_VERBS = words('reported reports report writes wrote write informs informed published publishes');

/** "In a statement, ...", "In its letter, ...": the speaker's own words opening a sentence (applyOpeningStatement). */
export const OPENING_STATEMENT_NOUNS = words('statement statements letter remarks communique communiqué filing filings memo');

/** Verbs beside PUBLISHING_VERBS that close a sentence after an outlet: "..., the Guardian notes.", "..., the paper observes". */
export const CLOSING_REPORT_VERBS = words('notes noted observes observed adds added explains explained');

/** "TASS quoted X as saying", "SANA reported the ministry as saying": the quoter relays, the one quoted speaks. */
export const QUOTING_VERBS = words('quoted quotes quote cited cites reported reports');
export const QUOTED_SPEECH = words('saying telling stating writing');

/**
 * Objects that make "claim" and "assert" verbs of taking, not of saying:
 * "claimed the lives of 12 people", "asserts jurisdiction over the waters".
 */
export const POSSESSION_OBJECTS = words('lives life territory territories sovereignty jurisdiction control ownership');
export const POSSESSION_VERBS = words('claim claims claimed claiming assert asserts asserted asserting');

/** "will suggest", "shall announce", "would respond": a report still to come (or only supposed) is no report. */
export const FUTURE_AUXILIARIES = words("will shall 'll ’ll would");

/** Reporting verbs that are also audience cues ("told Reuters"): the subject still speaks. */
export const VERB_CUES = words('told tells tell confirmed confirms said says');

/** "She heads the National Institute on Drug Abuse": verbs that tie a person to the body they speak for. */
export const INTRODUCING_VERBS = words('heads head headed leads lead directs chairs runs represents');

/** Words that open a sentence carrying on the previous one's report ("Also, ..."). */
export const CONTINUATION_OPENERS = words('also additionally moreover furthermore besides');

// ---- Names ----------------------------------------------------------------

/**
 * Titles written as abbreviations before a name ("Dr. Brooke Cunningham"); "Cr" is the Australian councillor's
 * ("Cr David Lamond").
 */
export const TITLE_ABBREVIATIONS = new Set(
  ['dr', 'gen', 'sen', 'rep', 'prof', 'mr', 'mrs', 'ms', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'rev', 'amb', 'pres', 'hon', 'sir', 'dame', 'cec', 'cr'].flatMap((t) => [t, `${t}.`]),
);

/** Words that join a person to the body they speak for ("Tomasz Wiśniewski of the Polish Angling Association"). */
export const AFFILIATION_WORDS = words('of at for from');

// ---- What a description or an unknown name refers to ------------------------

/**
 * Heads of a government body's name that say it is no ministry ("U.S. Department of State", "Kremlin"): "the
 * ministry" after one of these means some other body (a ministry is no department of another country's government).
 */
export const NOT_MINISTRY_NAME_HEADS = words('department agency office bureau service council committee commission kremlin presidency house cabinet government');

/**
 * A description's word and the words a body's name says it with: "the spy agency" is the National Intelligence
 * Service, "the weather agency" the Meteorological Agency, "the nuclear watchdog" the Atomic Energy Agency.
 */
export const DESCRIPTION_WORD_SENSES: ReadonlyMap<string, readonly string[]> = new Map([
  ['spy', ['intelligence']],
  ['weather', ['meteorological']],
  ['nuclear', ['atomic']],
  // "the central bank": the Federal Reserve, the Bundesbank
  ['bank', ['reserve', 'bundesbank']],
]);

/** "the ministry said": descriptions that fit a government body. */
export const GOVERNMENT_DESCRIPTIONS = words('ministry department government office administration authority authorities regulator cabinet presidency army military command');
/**
 * An outlet's own people and pictures, which report for it as its correspondent does: "An AFP journalist saw
 * air strikes hit", "AFPTV footage showed U.N. vehicles". Only an outlet's: "Drone footage showed" names nobody.
 */
export const OUTLET_WORK_HEADS = words('journalist journalists photographer photographers footage images pictures photos video videos');

/**
 * A picture or a place: after it "of" names what is shown or where, never who
 * reports ("citing satellite images of the port of Rajin", "footage of
 * Mariupol", "the city of Kharkiv"). "Images from Maxar" still name a source.
 */
export const SHOWN_OR_PLACE_HEADS = words(`
  images imagery photos photographs pictures footage video videos map maps
  port city town village region province district county island harbour harbor suburb outskirts
`);

/** What an outlet's journalist reports by seeing: "An AFP journalist saw", only after such a head. */
export const OUTLET_WITNESS_VERBS = words('saw witnessed');
/** "made a discovery", "has made a monumental scientific breakthrough": what a team reports finding. */
export const FINDING_NOUNS: ReadonlySet<string> = new Set(['discovery', 'breakthrough']);

/** Titles whose "for" names a seat or a portfolio, not an employer: "Member for New England", "Minister for Digital Affairs". */
export const SEAT_TITLES = words('member mp minister senator commissioner');

/** Participles of a figure measured or recorded by someone: "was logged as magnitude 5.9 by the USGS". */
export const MEASURING_PARTICIPLES = words('logged recorded measured registered rated');

/** Verbs that move their object to do what follows "to": "prompted Jane Roe to warn", "led Acme to announce". */
export const CAUSING_VERBS = words('prompted prompting prompts led leading forced forcing spurred spurring pushed pushing');

/**
 * Words a registered body's name may end with in copy, for the word the registry writes: "Hamas health minister"
 * for the "Hamas Health Ministry", "Israel's army" for "Israel's military".
 */
export const REGISTERED_HEAD_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['minister', 'ministry'],
  ['army', 'military'],
]);

/** Registry types of outlets, whose people and pictures speak for them. */
export const NEWS_OUTLET_TYPES: ReadonlySet<string> = new Set(['news-agency', 'newspaper', 'broadcaster', 'online-outlet', 'magazine']);

/** An outlet's people, who report for it: "a Reuters correspondent reported", "the UNN correspondent reports". */
export const REPORTER_NOUNS = words('correspondent correspondents reporter reporters journalist journalists');

/** Nouns after a name that call it an outlet: "the Sichuan Daily newspaper", "the Norvale Gazette weekly". */
export const OUTLET_KIND_HEADS = words('newspaper daily weekly tabloid broadsheet magazine');

/** "the newspaper said": descriptions that fit a news outlet. */
export const MEDIA_DESCRIPTIONS = words('newspaper paper publication outlet broadcaster channel website site agency');

/** Between an outlet's name and its "sources": "Kommersant's own sources", "RBC's informed sources". */
export const OWN_SOURCE_WORDS = words('own informed anonymous unnamed');
/**
 * "citing the ministry's press service", "citing the agency's spokesman": who a body speaks through after its
 * possessive, so the body is the source cited, no reason given.
 */
export const POSSESSED_SPEAKER_WORDS = words('spokesman spokeswoman spokesperson spokespeople press');

/**
 * Words opening an aside between a subject and its verb that says when it spoke: "Jane Roe, when asked about the
 * report, said", "The minister, while visiting Kyiv, said".
 */
export const TIME_ASIDE_OPENERS = words('when while');
/** Participles of a question put to the subject, opening an aside: "Jane Roe, asked about the report, said". */
export const QUESTIONED_PARTICIPLES = words('asked questioned pressed quizzed');

/** "the Saudi-led coalition", "the U.S.-led alliance": what a country leads, a source of its own named as written. */
export const LED_GROUP_HEADS = words('coalition alliance');
/**
 * "the coalition said": a description that means only a body whose name says it ("Saudi-led coalition"), no company or
 * party; "the trust said" only an NHS trust or a charity whose name ends so ("Croydon Health Services NHS Trust"), as
 * "the foundation" a foundation's (British and charity copy call a body by its name's last word).
 */
export const SELF_NAMED_DESCRIPTIONS = words('coalition trust foundation');

/** Whose sources: "Kommersant's sources", "RBC sources", "sources of Ukrainska Pravda". */
export const SOURCE_NOUNS = words('source sources');

/** Between "from" and unnamed "sources": "learned from a source in the ministry", "heard from two informed sources". */
export const FROM_SOURCE_WORDS = words('a an one two several its their own informed anonymous unnamed reliable');

/** A periodical named by how often it appears, which a tagger reads as an adjective: "The daily notes that". */
export const PERIODICAL_NOUNS = words('daily weekly');

/** Periodicals the tagger may read as adverbs: "the Nikkei business daily reported". */
export const PERIODICALS = words('daily weekly monthly');

/**
 * Words describing an outlet before its name: "..., state news agency SANA reported", "the state-run SANA news agency",
 * "the semi-official Mehr news agency", "the state-controlled X", "the pro-government Y".
 */
export const OUTLET_DESCRIPTOR_WORDS = words(`
  state state-run state-owned run owned government-run official public private independent national local regional
  semi semiofficial semi-official controlled state-controlled pro government affiliated
  news agency newspaper daily weekly broadcaster television tv radio channel outlet website portal wire service media
  business financial online -
`);

/** Words of an unregistered name that tell what it is (guessSourceType). */
export const NAME_TYPE_WORDS = {
  media: words(`
    news times post journal herald gazette tribune daily weekly radio tv television channel press telegraph guardian
    observer courier pravda izvestia media magazine review wire chronicle standard mirror express independent today
    online zeitung gazeta novosti vesti inform info newspaper broadcaster portal blog podcast
    enquirer inquirer examiner sentinel dispatch bulletin recorder tabloid newswire newswires
  `),
  agency: words('agency ia agentstvo agence agenzia'),
  // ("Norvale City Council", "Montreal Lake Cree Nation": a council, a First Nation, never a person called so)
  government: new Set([
    ...words(`
      ministry department government office cabinet parliament administration embassy service police army forces force
      command staff kremlin presidency verkhovna rada duma senate congress court prosecutor bureau directorate guard navy
      council nation
    `),
    "prosecutor's",
  ]),
  thinkTank: words('institute centre center foundation endowment forum think observatory research'),
  // "Public Health England", "Norvale Health": a body's field in its name is no person's ("Health" ranks below a company's word)
  ngo: words('amnesty watch committee association union federation society coalition group alliance network initiative partnership campaign trust health'),
  // "Counterpoint Research", "Capital Economics", "Moody's Analytics": firms named like people; "Etihad Airways",
  // "Hermes Airports": a carrier or an airport operator, which "the airline", "the carrier" and "the company" mean
  company: words(`
    inc corp corporation ltd llc plc group company holdings bank gmbh technology technologies ag sa nv
    capital management partners securities investments advisors advisers associates ventures enterprises
    industries systems solutions labs motors airlines airways airports pharmaceuticals analytics insights consulting
    economics ratings devices
  `),
  university: words('university college school academy laboratory lab'),
} as const;

// ---- Countries ----------------------------------------------------------

// Countries and capitals that stand for their governments when they speak
// ("Kyiv said", "Russia denied"), with their ISO 3166-1 codes.
export const CAPITALS: Record<string, string> = {
  Kyiv: 'UA', Kiev: 'UA', Moscow: 'RU', Washington: 'US', Beijing: 'CN', Seoul: 'KR', Pyongyang: 'KP',
  Tokyo: 'JP', London: 'GB', Paris: 'FR', Berlin: 'DE', Tehran: 'IR', Ankara: 'TR', Jerusalem: 'IL',
  Minsk: 'BY', Warsaw: 'PL', Taipei: 'TW', 'New Delhi': 'IN', Islamabad: 'PK', Riyadh: 'SA', Doha: 'QA',
  Cairo: 'EG', Damascus: 'SY', Baghdad: 'IQ', Kabul: 'AF', Budapest: 'HU', Rome: 'IT', Madrid: 'ES',
  Ottawa: 'CA', Canberra: 'AU', Caracas: 'VE', Havana: 'CU', Tbilisi: 'GE', Chisinau: 'MD', Vilnius: 'LT',
  Riga: 'LV', Tallinn: 'EE', Helsinki: 'FI', Stockholm: 'SE', Oslo: 'NO', Copenhagen: 'DK', Bucharest: 'RO',
  Prague: 'CZ', Bratislava: 'SK', Vienna: 'AT', Bern: 'CH', Athens: 'GR', Belgrade: 'RS', Baku: 'AZ', Yerevan: 'AM',
  Beirut: 'LB', Amman: 'JO', 'Abu Dhabi': 'AE', Hanoi: 'VN', Manila: 'PH', Jakarta: 'ID',
};

export const COUNTRIES: Record<string, string> = {
  Ukraine: 'UA', Russia: 'RU', 'United States': 'US', 'the United States': 'US', America: 'US', China: 'CN',
  'South Korea': 'KR', 'North Korea': 'KP', Japan: 'JP', Britain: 'GB', 'United Kingdom': 'GB', France: 'FR',
  Germany: 'DE', Iran: 'IR', Turkey: 'TR', Israel: 'IL', Belarus: 'BY', Poland: 'PL', Taiwan: 'TW', India: 'IN',
  Pakistan: 'PK', 'Saudi Arabia': 'SA', Qatar: 'QA', Egypt: 'EG', Syria: 'SY', Iraq: 'IQ', Hungary: 'HU',
  Italy: 'IT', Spain: 'ES', Canada: 'CA', Australia: 'AU', Georgia: 'GE', Moldova: 'MD', Lithuania: 'LT',
  Latvia: 'LV', Estonia: 'EE', Finland: 'FI', Sweden: 'SE', Norway: 'NO', Denmark: 'DK', Romania: 'RO',
  Azerbaijan: 'AZ', Armenia: 'AM', Lebanon: 'LB', Jordan: 'JO', Vietnam: 'VN', Philippines: 'PH',
  Singapore: 'SG', Oman: 'OM', Bahrain: 'BH', Tunisia: 'TN', Algeria: 'DZ', Sudan: 'SD', Ghana: 'GH', Tanzania: 'TZ',
  Uganda: 'UG', Senegal: 'SN', Zimbabwe: 'ZW', Zambia: 'ZM', Rwanda: 'RW', Somalia: 'SO', 'Sri Lanka': 'LK', Nepal: 'NP',
  Myanmar: 'MM', Cambodia: 'KH', Laos: 'LA', Mongolia: 'MN', Kyrgyzstan: 'KG', Tajikistan: 'TJ',
  Turkmenistan: 'TM', Croatia: 'HR', Slovenia: 'SI', Montenegro: 'ME', 'North Macedonia': 'MK', Albania: 'AL', Cyprus: 'CY',
};

// ---- Offices and the bodies they speak for --------------------------------

/**
 * How copy names a country before an office ("Russian", "Russia's",
 * "Moscow's", "the U.S.") or after it ("of Russia", "of the Russian
 * Federation"): code -> [adjective used in a body's name, names, adjectives, capitals].
 */
export const COUNTRY_FORMS: Record<string, { adjective: string; names: string[]; adjectives: string[]; capitals: string[] }> = {
  AR: { adjective: 'Argentine', names: ['Argentina'], adjectives: ['Argentine', 'Argentinian'], capitals: ['Buenos Aires'] },
  AU: { adjective: 'Australian', names: ['Australia'], adjectives: ['Australian'], capitals: ['Canberra'] },
  BR: { adjective: 'Brazilian', names: ['Brazil'], adjectives: ['Brazilian'], capitals: ['Brasília', 'Brasilia'] },
  BY: { adjective: 'Belarusian', names: ['Belarus'], adjectives: ['Belarusian', 'Belarusan'], capitals: ['Minsk'] },
  CA: { adjective: 'Canadian', names: ['Canada'], adjectives: ['Canadian'], capitals: ['Ottawa'] },
  CN: { adjective: 'Chinese', names: ['China', "People's Republic of China"], adjectives: ['Chinese'], capitals: ['Beijing'] },
  DE: { adjective: 'German', names: ['Germany'], adjectives: ['German'], capitals: ['Berlin'] },
  ES: { adjective: 'Spanish', names: ['Spain'], adjectives: ['Spanish'], capitals: ['Madrid'] },
  FR: { adjective: 'French', names: ['France'], adjectives: ['French'], capitals: ['Paris'] },
  GB: { adjective: 'British', names: ['Britain', 'United Kingdom', 'UK', 'U.K.', 'Great Britain'], adjectives: ['British', 'UK', 'U.K.'], capitals: ['London'] },
  ID: { adjective: 'Indonesian', names: ['Indonesia'], adjectives: ['Indonesian'], capitals: ['Jakarta'] },
  IL: { adjective: 'Israeli', names: ['Israel'], adjectives: ['Israeli'], capitals: ['Jerusalem'] },
  IN: { adjective: 'Indian', names: ['India'], adjectives: ['Indian'], capitals: ['New Delhi'] },
  IR: { adjective: 'Iranian', names: ['Iran', 'Islamic Republic of Iran'], adjectives: ['Iranian'], capitals: ['Tehran'] },
  IT: { adjective: 'Italian', names: ['Italy'], adjectives: ['Italian'], capitals: ['Rome'] },
  JP: { adjective: 'Japanese', names: ['Japan'], adjectives: ['Japanese'], capitals: ['Tokyo'] },
  KP: { adjective: 'North Korean', names: ['North Korea', 'DPRK', "Democratic People's Republic of Korea"], adjectives: ['North Korean'], capitals: ['Pyongyang'] },
  KR: { adjective: 'South Korean', names: ['South Korea', 'Republic of Korea', 'ROK', 'Korea'], adjectives: ['South Korean'], capitals: ['Seoul'] },
  MX: { adjective: 'Mexican', names: ['Mexico'], adjectives: ['Mexican'], capitals: ['Mexico City'] },
  PL: { adjective: 'Polish', names: ['Poland'], adjectives: ['Polish'], capitals: ['Warsaw'] },
  RU: { adjective: 'Russian', names: ['Russia', 'Russian Federation'], adjectives: ['Russian'], capitals: ['Moscow'] },
  SA: { adjective: 'Saudi', names: ['Saudi Arabia'], adjectives: ['Saudi'], capitals: ['Riyadh'] },
  TR: { adjective: 'Turkish', names: ['Turkey', 'Türkiye', 'Turkiye'], adjectives: ['Turkish'], capitals: ['Ankara'] },
  UA: { adjective: 'Ukrainian', names: ['Ukraine'], adjectives: ['Ukrainian'], capitals: ['Kyiv', 'Kiev'] },
  US: { adjective: 'U.S.', names: ['United States', 'U.S.', 'US', 'USA', 'America', 'United States of America'], adjectives: ['U.S.', 'US', 'American'], capitals: ['Washington'] },
  ZA: { adjective: 'South African', names: ['South Africa'], adjectives: ['South African'], capitals: ['Pretoria'] },
  // more adjectives, so an unregistered office still gets its country's name
  EG: { adjective: 'Egyptian', names: ['Egypt'], adjectives: ['Egyptian'], capitals: ['Cairo'] },
  LB: { adjective: 'Lebanese', names: ['Lebanon'], adjectives: ['Lebanese'], capitals: ['Beirut'] },
  SY: { adjective: 'Syrian', names: ['Syria'], adjectives: ['Syrian'], capitals: ['Damascus'] },
  IQ: { adjective: 'Iraqi', names: ['Iraq'], adjectives: ['Iraqi'], capitals: ['Baghdad'] },
  PK: { adjective: 'Pakistani', names: ['Pakistan'], adjectives: ['Pakistani'], capitals: ['Islamabad'] },
  QA: { adjective: 'Qatari', names: ['Qatar'], adjectives: ['Qatari'], capitals: ['Doha'] },
  TW: { adjective: 'Taiwanese', names: ['Taiwan'], adjectives: ['Taiwanese'], capitals: ['Taipei'] },
  HU: { adjective: 'Hungarian', names: ['Hungary'], adjectives: ['Hungarian'], capitals: ['Budapest'] },
  NL: { adjective: 'Dutch', names: ['Netherlands', 'the Netherlands'], adjectives: ['Dutch'], capitals: ['The Hague', 'Amsterdam'] },
  GE: { adjective: 'Georgian', names: ['Georgia'], adjectives: ['Georgian'], capitals: ['Tbilisi'] },
  MD: { adjective: 'Moldovan', names: ['Moldova'], adjectives: ['Moldovan'], capitals: ['Chisinau'] },
  LT: { adjective: 'Lithuanian', names: ['Lithuania'], adjectives: ['Lithuanian'], capitals: ['Vilnius'] },
  LV: { adjective: 'Latvian', names: ['Latvia'], adjectives: ['Latvian'], capitals: ['Riga'] },
  EE: { adjective: 'Estonian', names: ['Estonia'], adjectives: ['Estonian'], capitals: ['Tallinn'] },
  FI: { adjective: 'Finnish', names: ['Finland'], adjectives: ['Finnish'], capitals: ['Helsinki'] },
  SE: { adjective: 'Swedish', names: ['Sweden'], adjectives: ['Swedish'], capitals: ['Stockholm'] },
  NO: { adjective: 'Norwegian', names: ['Norway'], adjectives: ['Norwegian'], capitals: ['Oslo'] },
  RO: { adjective: 'Romanian', names: ['Romania'], adjectives: ['Romanian'], capitals: ['Bucharest'] },
  AZ: { adjective: 'Azerbaijani', names: ['Azerbaijan'], adjectives: ['Azerbaijani'], capitals: ['Baku'] },
  AM: { adjective: 'Armenian', names: ['Armenia'], adjectives: ['Armenian'], capitals: ['Yerevan'] },
  VE: { adjective: 'Venezuelan', names: ['Venezuela'], adjectives: ['Venezuelan'], capitals: ['Caracas'] },
  VN: { adjective: 'Vietnamese', names: ['Vietnam'], adjectives: ['Vietnamese'], capitals: ['Hanoi'] },
  PH: { adjective: 'Philippine', names: ['Philippines', 'the Philippines'], adjectives: ['Philippine', 'Filipino'], capitals: ['Manila'] },
  YE: { adjective: 'Yemeni', names: ['Yemen'], adjectives: ['Yemeni'], capitals: ['Sanaa'] },
  AF: { adjective: 'Afghan', names: ['Afghanistan'], adjectives: ['Afghan', 'Afghani'], capitals: ['Kabul'] },
  AT: { adjective: 'Austrian', names: ['Austria'], adjectives: ['Austrian'], capitals: ['Vienna'] },
  BE: { adjective: 'Belgian', names: ['Belgium'], adjectives: ['Belgian'], capitals: [] },
  BG: { adjective: 'Bulgarian', names: ['Bulgaria'], adjectives: ['Bulgarian'], capitals: [] },
  CH: { adjective: 'Swiss', names: ['Switzerland'], adjectives: ['Swiss'], capitals: ['Bern'] },
  CZ: { adjective: 'Czech', names: ['Czech Republic', 'Czechia'], adjectives: ['Czech'], capitals: ['Prague'] },
  DK: { adjective: 'Danish', names: ['Denmark'], adjectives: ['Danish'], capitals: ['Copenhagen'] },
  GR: { adjective: 'Greek', names: ['Greece'], adjectives: ['Greek'], capitals: ['Athens'] },
  IE: { adjective: 'Irish', names: ['Ireland'], adjectives: ['Irish'], capitals: ['Dublin'] },
  PT: { adjective: 'Portuguese', names: ['Portugal'], adjectives: ['Portuguese'], capitals: ['Lisbon'] },
  RS: { adjective: 'Serbian', names: ['Serbia'], adjectives: ['Serbian'], capitals: ['Belgrade'] },
  SK: { adjective: 'Slovak', names: ['Slovakia'], adjectives: ['Slovak', 'Slovakian'], capitals: ['Bratislava'] },
  KZ: { adjective: 'Kazakh', names: ['Kazakhstan'], adjectives: ['Kazakh'], capitals: ['Astana'] },
  AE: { adjective: 'Emirati', names: ['United Arab Emirates', 'UAE'], adjectives: ['Emirati'], capitals: ['Abu Dhabi'] },
  KW: { adjective: 'Kuwaiti', names: ['Kuwait'], adjectives: ['Kuwaiti'], capitals: [] },
  LY: { adjective: 'Libyan', names: ['Libya'], adjectives: ['Libyan'], capitals: ['Tripoli'] },
  MA: { adjective: 'Moroccan', names: ['Morocco'], adjectives: ['Moroccan'], capitals: ['Rabat'] },
  NG: { adjective: 'Nigerian', names: ['Nigeria'], adjectives: ['Nigerian'], capitals: ['Abuja'] },
  KE: { adjective: 'Kenyan', names: ['Kenya'], adjectives: ['Kenyan'], capitals: ['Nairobi'] },
  ET: { adjective: 'Ethiopian', names: ['Ethiopia'], adjectives: ['Ethiopian'], capitals: ['Addis Ababa'] },
  TH: { adjective: 'Thai', names: ['Thailand'], adjectives: ['Thai'], capitals: ['Bangkok'] },
  MY: { adjective: 'Malaysian', names: ['Malaysia'], adjectives: ['Malaysian'], capitals: ['Kuala Lumpur'] },
  BD: { adjective: 'Bangladeshi', names: ['Bangladesh'], adjectives: ['Bangladeshi'], capitals: ['Dhaka'] },
  CO: { adjective: 'Colombian', names: ['Colombia'], adjectives: ['Colombian'], capitals: ['Bogotá', 'Bogota'] },
  CL: { adjective: 'Chilean', names: ['Chile'], adjectives: ['Chilean'], capitals: [] },
  // the Andes and Central America, each adjective in the spellings copy uses ("Ecuadorean", "Ecuadorian")
  EC: { adjective: 'Ecuadorian', names: ['Ecuador'], adjectives: ['Ecuadorian', 'Ecuadorean'], capitals: ['Quito'] },
  PE: { adjective: 'Peruvian', names: ['Peru'], adjectives: ['Peruvian'], capitals: ['Lima'] },
  BO: { adjective: 'Bolivian', names: ['Bolivia'], adjectives: ['Bolivian'], capitals: ['La Paz'] },
  UY: { adjective: 'Uruguayan', names: ['Uruguay'], adjectives: ['Uruguayan'], capitals: ['Montevideo'] },
  PY: { adjective: 'Paraguayan', names: ['Paraguay'], adjectives: ['Paraguayan'], capitals: ['Asunción', 'Asuncion'] },
  CU: { adjective: 'Cuban', names: ['Cuba'], adjectives: ['Cuban'], capitals: ['Havana'] },
  GT: { adjective: 'Guatemalan', names: ['Guatemala'], adjectives: ['Guatemalan'], capitals: [] },
  HN: { adjective: 'Honduran', names: ['Honduras'], adjectives: ['Honduran'], capitals: ['Tegucigalpa'] },
  NI: { adjective: 'Nicaraguan', names: ['Nicaragua'], adjectives: ['Nicaraguan'], capitals: ['Managua'] },
  CR: { adjective: 'Costa Rican', names: ['Costa Rica'], adjectives: ['Costa Rican'], capitals: ['San José', 'San Jose'] },
  // beyond the G20 and the war's neighbours: the Gulf, North Africa, South and Southeast Asia, Central Asia, the
  // Balkans, sub-Saharan Africa (names that are also first names, "Chad", are left out); a body's name is written
  // with the adjective its own bodies use ("Singapore Police Force", "Myanmar's junta": no "Singaporean"); a country
  // still missing is named as written ("the Ministry of Foreign Affairs of Uzbekistan")
  SG: { adjective: 'Singapore', names: ['Singapore'], adjectives: ['Singaporean'], capitals: [] },
  JO: { adjective: 'Jordanian', names: ['Jordan'], adjectives: ['Jordanian'], capitals: ['Amman'] },
  OM: { adjective: 'Omani', names: ['Oman'], adjectives: ['Omani'], capitals: ['Muscat'] },
  BH: { adjective: 'Bahraini', names: ['Bahrain'], adjectives: ['Bahraini'], capitals: ['Manama'] },
  TN: { adjective: 'Tunisian', names: ['Tunisia'], adjectives: ['Tunisian'], capitals: ['Tunis'] },
  DZ: { adjective: 'Algerian', names: ['Algeria'], adjectives: ['Algerian'], capitals: ['Algiers'] },
  SD: { adjective: 'Sudanese', names: ['Sudan'], adjectives: ['Sudanese'], capitals: ['Khartoum'] },
  GH: { adjective: 'Ghanaian', names: ['Ghana'], adjectives: ['Ghanaian'], capitals: ['Accra'] },
  TZ: { adjective: 'Tanzanian', names: ['Tanzania'], adjectives: ['Tanzanian'], capitals: ['Dodoma'] },
  UG: { adjective: 'Ugandan', names: ['Uganda'], adjectives: ['Ugandan'], capitals: ['Kampala'] },
  SN: { adjective: 'Senegalese', names: ['Senegal'], adjectives: ['Senegalese'], capitals: ['Dakar'] },
  ZW: { adjective: 'Zimbabwean', names: ['Zimbabwe'], adjectives: ['Zimbabwean'], capitals: ['Harare'] },
  ZM: { adjective: 'Zambian', names: ['Zambia'], adjectives: ['Zambian'], capitals: ['Lusaka'] },
  RW: { adjective: 'Rwandan', names: ['Rwanda'], adjectives: ['Rwandan'], capitals: ['Kigali'] },
  CD: { adjective: 'Congolese', names: ['Congo', 'DR Congo', 'DRC'], adjectives: ['Congolese'], capitals: ['Kinshasa'] },
  SO: { adjective: 'Somali', names: ['Somalia'], adjectives: ['Somali'], capitals: ['Mogadishu'] },
  LK: { adjective: 'Sri Lankan', names: ['Sri Lanka'], adjectives: ['Sri Lankan'], capitals: ['Colombo'] },
  NP: { adjective: 'Nepali', names: ['Nepal'], adjectives: ['Nepali', 'Nepalese'], capitals: ['Kathmandu'] },
  MM: { adjective: 'Myanmar', names: ['Myanmar'], adjectives: [], capitals: ['Naypyitaw', 'Naypyidaw'] },
  KH: { adjective: 'Cambodian', names: ['Cambodia'], adjectives: ['Cambodian'], capitals: ['Phnom Penh'] },
  LA: { adjective: 'Lao', names: ['Laos'], adjectives: ['Lao', 'Laotian'], capitals: ['Vientiane'] },
  MN: { adjective: 'Mongolian', names: ['Mongolia'], adjectives: ['Mongolian'], capitals: ['Ulaanbaatar'] },
  KG: { adjective: 'Kyrgyz', names: ['Kyrgyzstan'], adjectives: ['Kyrgyz'], capitals: ['Bishkek'] },
  TJ: { adjective: 'Tajik', names: ['Tajikistan'], adjectives: ['Tajik'], capitals: ['Dushanbe'] },
  TM: { adjective: 'Turkmen', names: ['Turkmenistan'], adjectives: ['Turkmen'], capitals: ['Ashgabat'] },
  HR: { adjective: 'Croatian', names: ['Croatia'], adjectives: ['Croatian'], capitals: ['Zagreb'] },
  SI: { adjective: 'Slovenian', names: ['Slovenia'], adjectives: ['Slovenian', 'Slovene'], capitals: ['Ljubljana'] },
  BA: { adjective: 'Bosnian', names: ['Bosnia and Herzegovina', 'Bosnia'], adjectives: ['Bosnian'], capitals: ['Sarajevo'] },
  ME: { adjective: 'Montenegrin', names: ['Montenegro'], adjectives: ['Montenegrin'], capitals: ['Podgorica'] },
  MK: { adjective: 'North Macedonian', names: ['North Macedonia'], adjectives: ['North Macedonian'], capitals: ['Skopje'] },
  AL: { adjective: 'Albanian', names: ['Albania'], adjectives: ['Albanian'], capitals: ['Tirana'] },
  CY: { adjective: 'Cypriot', names: ['Cyprus'], adjectives: ['Cypriot'], capitals: ['Nicosia'] },
  IS: { adjective: 'Icelandic', names: ['Iceland'], adjectives: ['Icelandic'], capitals: ['Reykjavik'] },
  PA: { adjective: 'Panamanian', names: ['Panama'], adjectives: ['Panamanian'], capitals: [] },
  NZ: { adjective: 'New Zealand', names: ['New Zealand'], adjectives: [], capitals: ['Wellington'] },
  // the EU, for its Commission's officials ("EU Commissioner", "Commissioner Breton" in a story about the EU)
  // more of Africa, the Americas, Asia-Pacific and Europe (round 36): every state's offices, named by its own adjective
  LR: { adjective: 'Liberian', names: ['Liberia'], adjectives: ['Liberian'], capitals: ['Monrovia'] },
  SS: { adjective: 'South Sudanese', names: ['South Sudan'], adjectives: ['South Sudanese'], capitals: ['Juba'] },
  BZ: { adjective: 'Belizean', names: ['Belize'], adjectives: ['Belizean'], capitals: ['Belmopan'] },
  SL: { adjective: 'Sierra Leonean', names: ['Sierra Leone'], adjectives: ['Sierra Leonean'], capitals: ['Freetown'] },
  GN: { adjective: 'Guinean', names: ['Guinea'], adjectives: ['Guinean'], capitals: ['Conakry'] },
  CI: { adjective: 'Ivorian', names: ['Ivory Coast', 'Cote d\'Ivoire', 'Côte d\'Ivoire'], adjectives: ['Ivorian'], capitals: ['Yamoussoukro'] },
  CM: { adjective: 'Cameroonian', names: ['Cameroon'], adjectives: ['Cameroonian'], capitals: ['Yaounde', 'Yaoundé'] },
  ML: { adjective: 'Malian', names: ['Mali'], adjectives: ['Malian'], capitals: ['Bamako'] },
  NE: { adjective: 'Nigerien', names: ['Niger'], adjectives: ['Nigerien'], capitals: ['Niamey'] },
  BF: { adjective: 'Burkinabe', names: ['Burkina Faso'], adjectives: ['Burkinabe', 'Burkinabè'], capitals: ['Ouagadougou'] },
  MW: { adjective: 'Malawian', names: ['Malawi'], adjectives: ['Malawian'], capitals: ['Lilongwe'] },
  MZ: { adjective: 'Mozambican', names: ['Mozambique'], adjectives: ['Mozambican'], capitals: ['Maputo'] },
  AO: { adjective: 'Angolan', names: ['Angola'], adjectives: ['Angolan'], capitals: ['Luanda'] },
  NA: { adjective: 'Namibian', names: ['Namibia'], adjectives: ['Namibian'], capitals: ['Windhoek'] },
  BW: { adjective: 'Botswana', names: ['Botswana'], adjectives: [], capitals: ['Gaborone'] },
  ER: { adjective: 'Eritrean', names: ['Eritrea'], adjectives: ['Eritrean'], capitals: ['Asmara'] },
  MG: { adjective: 'Malagasy', names: ['Madagascar'], adjectives: ['Malagasy'], capitals: ['Antananarivo'] },
  BI: { adjective: 'Burundian', names: ['Burundi'], adjectives: ['Burundian'], capitals: ['Gitega'] },
  GA: { adjective: 'Gabonese', names: ['Gabon'], adjectives: ['Gabonese'], capitals: ['Libreville'] },
  TG: { adjective: 'Togolese', names: ['Togo'], adjectives: ['Togolese'], capitals: ['Lome', 'Lomé'] },
  BJ: { adjective: 'Beninese', names: ['Benin'], adjectives: ['Beninese'], capitals: [] },
  GM: { adjective: 'Gambian', names: ['Gambia', 'The Gambia'], adjectives: ['Gambian'], capitals: ['Banjul'] },
  MR: { adjective: 'Mauritanian', names: ['Mauritania'], adjectives: ['Mauritanian'], capitals: ['Nouakchott'] },
  MU: { adjective: 'Mauritian', names: ['Mauritius'], adjectives: ['Mauritian'], capitals: ['Port Louis'] },
  SV: { adjective: 'Salvadoran', names: ['El Salvador'], adjectives: ['Salvadoran', 'Salvadorean'], capitals: ['San Salvador'] },
  DO: { adjective: 'Dominican', names: ['Dominican Republic'], adjectives: ['Dominican'], capitals: ['Santo Domingo'] },
  HT: { adjective: 'Haitian', names: ['Haiti'], adjectives: ['Haitian'], capitals: ['Port-au-Prince'] },
  JM: { adjective: 'Jamaican', names: ['Jamaica'], adjectives: ['Jamaican'], capitals: [] },
  TT: { adjective: 'Trinidad and Tobago', names: ['Trinidad and Tobago'], adjectives: ['Trinidadian'], capitals: ['Port of Spain'] },
  BN: { adjective: 'Bruneian', names: ['Brunei'], adjectives: ['Bruneian'], capitals: ['Bandar Seri Begawan'] },
  PG: { adjective: 'Papua New Guinean', names: ['Papua New Guinea'], adjectives: ['Papua New Guinean'], capitals: ['Port Moresby'] },
  FJ: { adjective: 'Fijian', names: ['Fiji'], adjectives: ['Fijian'], capitals: ['Suva'] },
  MV: { adjective: 'Maldivian', names: ['Maldives'], adjectives: ['Maldivian'], capitals: [] },
  BT: { adjective: 'Bhutanese', names: ['Bhutan'], adjectives: ['Bhutanese'], capitals: ['Thimphu'] },
  MT: { adjective: 'Maltese', names: ['Malta'], adjectives: ['Maltese'], capitals: ['Valletta'] },
  XK: { adjective: 'Kosovo', names: ['Kosovo'], adjectives: ['Kosovar', 'Kosovan'], capitals: ['Pristina'] },
  EU: { adjective: 'EU', names: ['European Union', 'EU', 'E.U.'], adjectives: ['EU', 'E.U.', 'European'], capitals: ['Brussels'] },
};

/**
 * What a ministry or minister is for, and the words naming it ("foreign",
 * "foreign affairs", "external affairs"). The first word of a body's name in
 * the output is taken from the text ("Defense" or "Defence").
 */
export const OFFICE_DOMAINS: Record<string, string[][]> = {
  foreign: [['foreign'], ['foreign', 'affairs'], ['external', 'affairs'], ['europe', 'and', 'foreign', 'affairs'], ['state']],
  defence: [['defence'], ['defense'], ['national', 'defence'], ['national', 'defense'], ['armed', 'forces'], ['war']],
  interior: [['interior'], ['internal', 'affairs'], ['home', 'affairs'], ['home']],
  finance: [['finance'], ['finances'], ['treasury']],
  economy: [['economy'], ['economic', 'development'], ['economic', 'affairs'], ['economics'], ['economy', 'and', 'trade']],
  energy: [['energy'], ['energy', 'security']],
  health: [['health'], ['health', 'and', 'social', 'care'], ['health', 'and', 'human', 'services']],
  justice: [['justice']],
  trade: [['trade'], ['commerce'], ['industry'], ['trade', 'and', 'industry']],
  agriculture: [['agriculture'], ['agrarian', 'policy']],
  education: [['education']],
  environment: [['environment'], ['ecology']],
  transport: [['transport'], ['transportation'], ['infrastructure']],
  // "Work and Pensions Secretary Mel Stride", "the work and pensions secretary": Britain's labour portfolio
  labour: [['labour'], ['labor'], ['social', 'policy'], ['work', 'and', 'pensions']],
  emergencies: [['emergencies'], ['emergency', 'situations']],
  digital: [['digital', 'transformation'], ['digital', 'affairs'], ['digital']],
  unification: [['unification']],
  // cabinet portfolios copy names as often as the ones above ("the culture minister", "Tourism Minister Jane Roe")
  culture: [['culture'], ['culture', 'and', 'media'], ['arts'], ['heritage']],
  tourism: [['tourism']],
  sport: [['sport'], ['sports'], ['sport', 'and', 'youth'], ['youth', 'and', 'sports']],
  youth: [['youth']],
  science: [['science'], ['science', 'and', 'technology'], ['research'], ['higher', 'education']],
  housing: [['housing']],
  veterans: [['veterans'], ['veterans', 'affairs']],
  women: [['women'], ['women', 'and', 'equalities'], ['gender', 'equality']],
  communications: [['communications'], ['telecommunications'], ['information']],
};

/**
 * Words of the ministries no OFFICE_DOMAINS entry names ("Minister of Social
 * Affairs", "Ministry of Supply and Internal Trade", "Minister for Civil
 * Aviation"). A word outside this list ends the domain: the holder's name
 * follows ("Minister of Culture John Smith"), written as capitalised as the
 * domain and tagged alike.
 */
export const MINISTRY_DOMAIN_WORDS = words(`
  affairs social policy policies supply internal domestic external trade aviation civil culture cultural heritage arts
  sport sports youth tourism antiquities women equalities equality family families children welfare solidarity
  science sciences technology technologies innovation research higher communications communication information
  media digital telecommunications post posts housing urban rural development planning regional local government
  territories reintegration veterans fisheries fishery water waters resources natural mine mines mining minerals
  petroleum oil gas hydrocarbons electricity power renewable climate land lands forestry forests irrigation
  public works roads railways shipping maritime ports transport infrastructure industry industries investment
  investments enterprise enterprises small medium business employment labour labor work pensions
  migration integration refugees minorities religious endowments awqaf islamic human rights law legal
  parliamentary relations cooperation international national security strategic reform reforms administration
  budget revenue taxation customs consumer protection food health care education training vocational
  energy environment ecology agriculture economy economic finance commerce justice emergency emergencies
  disaster management culture tourism statistics trade interior wellness well-being wellbeing sanitation nutrition
  livestock cooperatives population
`);

/** Nouns that make a domain a body ("foreign ministry") or its holder ("foreign minister"). */
export const OFFICE_BODY_HEADS = words('ministry ministries department office secretariat');
/**
 * Capitalised words after which a capitalised "General" is a word of a body's name, no rank: "Massachusetts General
 * Hospital", "General Motors", "General Dynamics", "the UN General Assembly". Read as a rank, it cut the name before
 * it and gave the body as the person "Hospital" or "Dynamics".
 */
export const GENERAL_NAME_WORDS = words('hospital hospitals motors electric dynamics mills atomics assembly council synod conference');
export const OFFICE_HOLDER_HEADS = words('minister secretary');
/** Words before an office that keep its body: "Deputy Foreign Minister", "acting defence secretary". */
export const OFFICE_RANKS = words('deputy first acting senior interim');
/** Words before a nationality that still name no one ("Senior Ukrainian staff", "many Russians", "top Iranian officials"). */
export const NATIONALITY_MODIFIERS = new Set([...OFFICE_RANKS, ...words('top former young ordinary ethnic fellow many some most other earlier previous')]);
/** "Russia's former president": someone who no longer speaks for the body. */
export const FORMER_OFFICE = words('former ex- ex onetime one-time');
/** Words after an office that keep its body: "Foreign Ministry spokeswoman Maria Zakharova". */
export const OFFICE_SPOKESPEOPLE = words('spokesman spokeswoman spokesperson spokespeople press service');

/** One who speaks for a body: "the police spokesperson, Jimoh Moshood,". */
export const SPOKESPERSON_NOUNS = words('spokesman spokeswoman spokesperson');

/** Offices named without a domain, and the body they speak for ("Russian President" -> presidency). */
export const OFFICE_TITLES: ReadonlyArray<[string[], string]> = [
  [['president'], 'presidency'],
  [['presidency'], 'presidency'],
  [['presidential', 'office'], 'presidency'],
  [['presidential', 'administration'], 'presidency'],
  // "South Korea's presidential spokeswoman", "Russian presidential spokesman Dmitry Peskov": the presidency's
  // voice, as "government spokesman" is the government's
  [['presidential', 'spokesman'], 'presidency'],
  [['presidential', 'spokeswoman'], 'presidency'],
  [['presidential', 'spokesperson'], 'presidency'],
  [['presidential', 'press', 'secretary'], 'presidency'],
  [['head', 'of', 'state'], 'presidency'],
  [['prime', 'minister'], 'prime-minister'],
  // a country's chief medical officer heads its public health for the health ministry ("the Chief Medical Officer of Liberia")
  [['chief', 'medical', 'officer'], 'health'],
  [['premier'], 'prime-minister'],
  [['chancellor', 'of', 'the', 'exchequer'], 'finance'],
  [['chancellor'], 'prime-minister'],
  [['vice', 'chancellor'], 'government'],
  [['government'], 'government'],
  [['cabinet'], 'government'],
  [['chief', 'cabinet', 'secretary'], 'government'],
  [['government', 'spokesman'], 'government'],
  [['government', 'spokeswoman'], 'government'],
  [['government', 'spokesperson'], 'government'],
  // "Japan's top government spokesman": the wires' name for the chief cabinet secretary
  [['top', 'government', 'spokesman'], 'government'],
  [['top', 'government', 'spokeswoman'], 'government'],
  [['top', 'government', 'spokesperson'], 'government'],
  [['chief', 'government', 'spokesman'], 'government'],
  // "North Korean leader Kim Jong Un", "Iran's supreme leader": the head of the country's government
  [['leader'], 'government'],
  [['supreme', 'leader'], 'government'],
  // a reigning monarch who rules ("Saudi Arabia's King Salman", "Qatar's emir") speaks for the government
  [['king'], 'government'],
  [['crown', 'prince'], 'government'],
  [['emir'], 'government'],
  [['sultan'], 'government'],
  // the European Commission's college: only with the EU as the country (see COMMISSION_ONLY_IN)
  [['commissioner'], 'commission'],
  [['vice-president'], 'commission'],
  [['executive', 'vice-president'], 'commission'],
  [['high', 'representative'], 'commission'],
  // a national security adviser works in the head of state's office (the White House, the Blue House)
  [['national', 'security', 'adviser'], 'presidency'],
  [['national', 'security', 'advisor'], 'presidency'],
  // the head of a country's general staff speaks for it ("Ukraine's chief of General Staff Viktor Muzhenko")
  [['chief', 'of', 'general', 'staff'], 'general-staff'],
  [['chief', 'of', 'the', 'general', 'staff'], 'general-staff'],
  // "South Korea's Joint Chiefs of Staff", "the joint chiefs of staff said": a country's military command, no title
  // of a person "Joint Chiefs" (the titles "chief of staff" stay a person's)
  [['joint', 'chiefs', 'of', 'staff'], 'joint-chiefs'],
  // "The German FM said", "Iran's FM": aggregators' short form of the foreign minister
  [['fm'], 'foreign'],
  [['top', 'diplomat'], 'foreign'],
  [['chief', 'diplomat'], 'foreign'],
  [['secretary', 'of', 'state'], 'foreign'],
  [['attorney', 'general'], 'justice'],
  // the State Department's spokesperson signs its statements with this title alone
  [['department', 'spokesperson'], 'foreign'],
];

/** Where an office's body is looked up when the registry has none for it ("prime-minister": the government). */
export const OFFICE_FALLBACKS: Record<string, string[]> = {
  economy: ['economy', 'trade'],
  'prime-minister': ['prime-minister', 'government'],
  presidency: ['presidency', 'government'],
};

/** Months and weekdays: capitalised, tagged as proper names, and never a company or a place ("in March, the bank said"). */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/**
 * The long form of a domain's first word in an unregistered body's name ("Lebanese Ministry of Foreign Affairs").
 * Keyed by the word written, not the office: "Ministry of Interior", "Interior Minister" name a whole ministry that
 * countries and annotators call so, while "Internal" and "Home" stand for the two-word domains a body is named by.
 */
export const OFFICE_LONG_NAMES: Record<string, string> = { foreign: 'Foreign Affairs', internal: 'Internal Affairs', home: 'Home Affairs' };

/**
 * Titles only one country writes, whose country the text need not name: "the
 * Foreign Secretary", "Home Secretary Jane Roe" are British (the US has a
 * Secretary of State and a Homeland Security Secretary); a "Defence Secretary"
 * is British, a "Defense Secretary" American (other countries have ministers).
 */
export const TITLE_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['foreign secretary', 'GB'],
  ['home secretary', 'GB'],
  ['defence secretary', 'GB'],
  ['business secretary', 'GB'],
  ['work and pensions secretary', 'GB'],
  ['defense secretary', 'US'],
  // Britain's are "Secretary of State for ..." (read as their portfolio)
  ['secretary of state', 'US'],
]);

/**
 * Registered bodies renamed at a known date, by their canonical name: copy
 * written before the change names them by the former name, and so do readers
 * of it ("the Foreign and Commonwealth Office" of a 2017 release). `until`: the
 * first year of the new name.
 */
export const FORMER_NAMES: ReadonlyMap<string, { name: string; until: number }> = new Map([
  ['Foreign, Commonwealth and Development Office', { name: 'Foreign and Commonwealth Office', until: 2020 }],
  ['Government Accountability Office', { name: 'General Accounting Office', until: 2004 }],
  ['Meta', { name: 'Facebook', until: 2021 }],
]);

/** Offices that exist for one "country" only: a commissioner elsewhere (a police or UN commissioner) is no body of ours. */
export const COUNTRY_ONLY_OFFICES: Record<string, string> = { commission: 'EU' };

/** How an unregistered body is named: "<adjective> <name>" ("Lebanese Foreign Ministry", "Brazilian presidency"). */
export const OFFICE_BODY_NAMES: Record<string, string> = {
  commission: 'Commission',
  'general-staff': 'General Staff',
  'joint-chiefs': 'Joint Chiefs of Staff',
  presidency: 'presidency',
  'prime-minister': 'government',
  government: 'government',
};

/**
 * Organisations whose abbreviations have a call sign's shape (K or W and two or three capitals) and whom people also
 * "tell" things: audit and investment firms, agencies of the UN and of sport. None is a station, whether or not a
 * registry holds it ("The retailer told KPMG" was read as a station's relay).
 */
export const CALL_SIGN_SHAPED_ORGANISATIONS: ReadonlySet<string> = new Set([
  'KPMG', 'KKR', 'KFC', 'WADA', 'WIPO', 'WMO', 'WTO', 'WHO', 'WFP', 'WEF', 'WWF', 'WWE', 'WHA', 'WNBA',
]);
