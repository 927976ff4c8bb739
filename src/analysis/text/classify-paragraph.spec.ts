import { classifyParagraph, classifySentence, isNumberedEntryHeading } from './classify-paragraph.js';
import { splitParagraphs } from './paragraphs.js';

describe('page furniture', () => {
  it.each([
    ['Listen to this article', 'boilerplate'],
    ['Your browser does not support the audio element.', 'boilerplate'],
    ['Ukrainian soldiers fire a howitzer near Bakhmut, Dec. 20, 2022. (AP Photo/LIBKOS)', 'boilerplate'],
    ['People queue for water in Kherson. REUTERS/Vladyslav Smilianets', 'boilerplate'],
    ['Photo by Jane Roe, licensed under CC BY-SA 4.0.', 'boilerplate'],
    // round 16: a translated page's credit in its source language
    ['Crowds queue for buses in the city centre on May 3. (Фото: Jane Roe)', 'boilerplate'],
    ['Crowds queue for buses in the city centre on May 3. Foto: Jane Roe', 'boilerplate'],
    ['Download our app to get alerts on the go.', 'boilerplate'],
    ['Become a member and support independent journalism.', 'boilerplate'],
    ['For full coverage of the crisis in Ukraine, visit our live page.', 'boilerplate'],
    ['Market data is delayed by at least 15 minutes and is not investment advice.', 'boilerplate'],
    ['May 3, 2024 - 17:54', 'boilerplate'],
    ['Updated: 1 hour 30 min ago', 'boilerplate'],
    ['- VOA News, August 6, 2015', 'boilerplate'],
    // a live blog's entry heading glued to its stamp (issue 9, eighth round)
    ['1. MPs clash over cost of public sector pay risepublished at 19:44 British Summer Time 28 June 2017', 'boilerplate'],
    ['Labour rebel reveals she abstainedpublished at 16:14 British Summer Time 20 June 2018', 'boilerplate'],
    ['Markets slide as rates risePosted at 9:05 a.m. ET March 3, 2024', 'boilerplate'],
    ['11:05 p.m. EST', 'boilerplate'],
    ['All times EST.', 'boilerplate'],
    ['Jane Roe is a senior correspondent for the Daily Planet, covering energy and climate.', 'boilerplate'],
    ['Voice of America is an international news and broadcast organization serving 40 countries.', 'boilerplate'],
    ['(See tables A-1 and A-2.)', 'boilerplate'],
    ['Editor’s Note: This post highlights data from work in progress.', 'boilerplate'],
    // round 17: archive notices, wire photo captions closed by any wire's credit, an update note's closing paragraph
    ['This post was moved from our old blog platform and may be missing images or links. See our archived blog posts.', 'boilerplate'],
    ['This story is from our archive.', 'boilerplate'],
    ['Sen. Jane Roe speaks to supporters in Columbus, Ohio, May 3, 2019. (UPI Photo/John Doe)', 'boilerplate'],
    ['2 of 5 | Sen. Jane Roe speaks to supporters in Columbus, May 3, 2019. (UPI Photo/John Doe) | License Photo', 'boilerplate'],
    ['Rep. Jane Roe, R-Ohio, speaks in Columbus on May 3. (Photo by John Doe/Ohio Daily)', 'boilerplate'],
    ['Shares of the company fell 7% in after-hours trading.]', undefined],
    ['The archive holds 3 million photos, the library said.', undefined],
    ['VOA’s Anna Kosstutschenko reports.', 'byline'],
    ['Donate today to keep our newsroom strong!', 'boilerplate'],
    ['• 1 July 2015: Palestinian prisoner stops hunger strike, due to be released', 'related-link'],
    ['The press release issued by the Foreign Office on 15 April 2024.', 'boilerplate'],
    ['The speech made by Jane Roe, the Minister for the Digital Economy, in London on 15 January 2026.', 'boilerplate'],
    ['Statement by Ambassador Jane Roe, UK Permanent Representative to the UN, at the UN Security Council, 14 April 2024.', 'boilerplate'],
    ['Images remixed by Jane Roe.', 'boilerplate'],
    ['Photo of Jane Roe Jane Roe Minister of State', 'boilerplate'],
    ['FILE - Cars move on a street in Moscow, March 10, 2022.', 'boilerplate'],
    ['An elderly man sits on a bench in the recaptured area of Izium, Ukraine, Sept. 14, 2022', 'boilerplate'],
    ['Ukrainian soldiers fire a howitzer towards Russian positions near Avdiivka, Donetsk region, Dec. 26, 2022.', 'boilerplate'],
    ['This is the VOA Special English Health Report.', 'boilerplate'],
    [
      'Over 800 of us from all over the world work together to bring you stories that are hard to find by yourself. But we can’t do it alone. Even though most of us are volunteers, we still need your help to support our editors, our technology, outreach and advocacy projects, and our community events.',
      'boilerplate',
    ],
    ['Join the community: Create a free account Support DU (and get rid of ads!): Become a Star Member', 'boilerplate'],
    // a breaking story's notices
    ['This is breaking news. Please check back for updates.', 'boilerplate'],
    ['This is a developing story and will be updated.', 'boilerplate'],
    // a wire's terms for citing it, under every story
    ['While citing and using any materials on the Internet, links to the website example.net not lower than the first paragraph are mandatory.', 'boilerplate'],
    ['A hyperlink to the Daily Planet is required when quoting our materials.', 'boilerplate'],
    ['A link to the website is required for 12 of the services, the ministry said.', undefined],
    ['The network interrupted its broadcast with breaking news of 3 deaths, police said.', undefined],
    ['The court, citing the materials of the case, said 3 officers were charged.', undefined],
    ['Please note that due to our archival policy, we will not alter or update the content of articles.', 'boilerplate'],
    ['Add the template {{editprotected}} to the talk page along with your corrections.', 'boilerplate'],
    ['Cquote1.svg Under the clear presumption that a war crime has been committed, MSF demands an inquiry.', 'boilerplate'],
    ['Art by M-97.', 'boilerplate'],
    ['Sidi Ould Cheikh Abdallahi.', 'boilerplate'],
    [
      'This text comes from Wikinews. Permission is granted to copy, distribute and/or modify this document under the terms of the GNU Free Documentation License, Version 1.2 or any later version published by the Free Software Foundation; with no Invariant Sections, no Front-Cover Texts, and no Back-Cover Texts.',
      'boilerplate',
    ],
    // share buttons, a dateline in a CJK date, rows of link labels
    ['Digg! this article!', 'boilerplate'],
    ['Bookmark this page', 'boilerplate'],
    ['- 美国之音,2015年8月6日', 'boilerplate'],
    ['Statement  |  Report on retail sales  |  Report on manufacturing and trade', 'related-link'],
    ['Home › World › Europe', 'related-link'],
    // a heading ending with a parenthetical and no full stop
    ["Spokesperson's Press Briefing (March 8, 2018)", 'heading'],
    ['Unemployment rate falls to 6.3% in January; payroll employment changes little (+49,000)', 'heading'],
    // a long description of a picture, however factual
    [
      'A space telescope image of a galaxy cluster and a distant galaxy. At left, the cluster appears as a sea of galaxies on a black background. Three small boxes outlined in white mark the three images of the galaxy. They are labeled 1, 2 and 3.',
      'boilerplate',
    ],
    [
      'The cluster acts as a lens that magnifies the galaxy behind it. These images are highlighted with white boxes; zoomed-in views are shown in the panels at right. In this image from the telescope’s camera, blue was assigned to the shortest wavelengths.',
      'boilerplate',
    ],
    // pitches addressing the reader with a product or channel of the outlet's
    ['Get the latest news delivered to your inbox.', 'boilerplate'],
    ['Join our WhatsApp channel for the latest updates.', 'boilerplate'],
    ['Download the Example app for iOS and Android.', 'boilerplate'],
    ['Subscribers can read this story on the Example Terminal.', 'boilerplate'],
    ['Follow our live coverage here.', 'boilerplate'],
    ['Contact the author at jroe@example.com.', 'boilerplate'],
    // disclaimers, sponsor lines, tip lines and membership pitches
    ['The views expressed in this article are the author’s own.', 'boilerplate'],
    ['Terms and conditions apply.', 'boilerplate'],
    ['Sponsored content by Example Bank.', 'boilerplate'],
    ['Got a confidential news tip? We want to hear from you.', 'boilerplate'],
    ['Our journalism relies on readers like you. Please consider subscribing.', 'boilerplate'],
    ['Data delayed 15 minutes. Source: Example Exchange.', 'boilerplate'],
    // a video teaser on a feed page, credited to its correspondent in its last sentence
    [
      'U.S. Defense Secretary Lloyd Austin says Hamas does not appear poised to attack U.S. forces. A mortar attack targeted the pier site earlier but caused no injuries. VOA Pentagon Correspondent Carla Babb reports.',
      'boilerplate',
    ],
    [
      'Turkey is paying a heavy price for its dependency on imported wheat. The shortages are raising concerns about inflation, as Dorian Jones reports from Istanbul.',
      'boilerplate',
    ],
    ['The war is bringing the Union together. That’s not always been the case. Lisa Bryant looks at what this means for the EU.', 'boilerplate'],
    // reuse lines, credits, references, advice disclaimers, reviewers, social handles, gestures, report covers
    ['This material may not be published, broadcast, rewritten or redistributed.', 'boilerplate'],
    ['Copyright 2024 Example Public Radio.', 'boilerplate'],
    ['Credit: NASA, ESA and the Example Team.', 'boilerplate'],
    ['Journal reference: Jane Roe et al., Nature, 2024.', 'boilerplate'],
    ['Sources: Ministry of Health; World Health Organization.', 'boilerplate'],
    ['The study was published on Monday (doi: 10.1000/xyz123).', 'boilerplate'],
    ['Medically reviewed by Jane Roe, MD.', 'boilerplate'],
    ['This content is not a substitute for professional advice.', 'boilerplate'],
    ['Follow Jane Roe on Twitter.', 'boilerplate'],
    ['Email: jane.roe@example.com.', 'boilerplate'],
    ['Click to enlarge.', 'boilerplate'],
    ['Scroll down for video.', 'boilerplate'],
    [
      '1 The Cost of Operations Since 9/11 Jane Roe Specialist in Defense Policy and Budget September 2, 2010 Congressional Research Service Report Prepared for Members and Committees of Congress RL33110',
      'boilerplate',
    ],
    // a government site's banner
    ['A .gov website belongs to an official government organization in the United States.', 'boilerplate'],
    ['Share sensitive information only on official, secure websites.', 'boilerplate'],
    // bios that say what the author covers, and an outlet's description of itself
    ['Jane Roe covers energy and climate for Example News.', 'byline'],
    ['Jane Roe is based in London and writes about European markets.', 'byline'],
    ['The Conversation is an independent and nonprofit source of news, analysis and commentary from academic experts.', 'boilerplate'],
  ])('%s', (text, reason) => {
    expect(classifyParagraph(text, false)).toBe(reason);
  });

  it.each([
    'The ministry said 40 drones were shot down overnight, and two people were injured.',
    'Countries that sign up to the treaty will donate $5 million to the fund, officials said.',
    'The photo was taken on May 3, 2024, the agency said.',
    'The report was published at 10:00 GMT on 3 June 2017, the agency said.',
    'Jane Roe is a reporter who was detained in Minsk last week, her employer said.',
    'Reuters reported that talks would resume on Monday.',
    'Embassies will close at the end of business (local time) today, Friday, December 8, 2017.',
    'The statement by the ministry was read out on television, officials said.',
    'The ministry said 12 people were hurt.',
    'Aid groups said they would bring 40 trucks to Gaza, according to the UN.',
    // Furniture phrases match whole words only: "resign in", "backlog in", "telephoto:".
    'The minister said he would resign in March if the reform failed.',
    'The court said its backlog in asylum cases had doubled.',
    'Officials said the design in the leaked memo was never built.',
    // A credit's agency is a whole word, and an image's name is glued to its extension: "map photo", "mishap/", " .png".
    'Officials said the map photo showed the new border.',
    'The mishap/incident left two people injured, police said.',
    'Files whose names end in .png were kept, the court heard.',
    // a full stop before or inside the closing parenthetical ends a sentence
    'The ministry said 40 drones were shot down overnight (Reuters).',
    'Unemployment fell to 6.3% in January (see chart.)',
    // one pipe, or labels that are sentences, are not a row of links
    'Exports rose 4% | imports fell 2%, the agency said.',
    // a picture named once, or one pointer at its parts, is not a description
    'Satellite images released on Monday show the convoy stretching 40 miles, and the party has moved to the right, analysts said.',
    'The photo was taken in the background of the summit, officials said, and it showed the two leaders shaking hands.',
    // a reported urging is a claim, and so is a verb like the bio's about something else
    'Install the app and register before Friday, the health ministry told residents.',
    'Stay at home and follow the live updates from the agency, officials said.',
    'Read the fine print: the new law bans the sale of cigarettes to anyone born after 2008.',
    'The insurer covers the cost of treatment for 3 million people.',
    'The Central Bank covers 40% of the deficit with reserves, according to its report.',
    'The National Health Service covers most prescriptions in Scotland.',
    'Medicare Advantage covers 31 million people.',
    'Vonovia SE is based in Bochum.',
    // an agency's one-word credit, a past report, a look that someone told of
    'Russian missiles struck Kharkiv overnight, killing two people. Interfax reports.',
    'Russian missiles struck Kharkiv overnight, killing two people. The Associated Press reports.',
    'The ministry said 40 drones were downed, as Jane Roe reported from Kyiv.',
    'Analysts expect the bank to raise rates. Jane Roe looks at the numbers differently, she told Reuters.',
    // lines that share those words
    'The ministry said the documents may not be published until 2030.',
    'Copyright law was changed in 2024, the court said.',
    'Sources said the minister would resign on Monday.',
    'Officials said the fact-checked claims were false, and followers on Twitter disagreed.',
    'The minister said he would follow the talks on Twitter.',
    'The agency said its .govt domain and its website were hacked on Monday.',
    'See the ministry’s statement: it says 40 drones were shot down.',
    // a date in a sentence
    'On 2015年8月6日 the ministry said the talks had failed.',
  ])('keeps prose: %s', (text) => {
    expect(classifyParagraph(text, false)).toBeUndefined();
  });
});

describe('long paragraphs, read in lower case only from their opening', () => {
  const long = ' The committee met on Monday and again on Tuesday to discuss the budget, the schedule and the staff.'.repeat(5);

  it.each([
    [`About the International Federation of Journalists (IFJ): ${long}`, 'boilerplate'],
    [`YOU MIGHT ALSO LIKE THE REPORTS OF LAST YEAR ON THE SAME COMMITTEE ${long}`, 'related-link'],
    [`About the committee and its long work on the national budget of the country in 2024: ${long}`, undefined],
  ])('%s', (text, reason) => {
    expect(classifyParagraph(text, false)).toBe(reason);
  });
});

describe('furniture inside a paragraph', () => {
  it('makes a furniture line a paragraph of its own, whatever the line breaks around it', () => {
    const text = 'Subscribe to Voice of America’s immigration news feed Voice of America’s immigration news\nUpdated: 1 hour 30 min ago\nThe ministry said 40 drones were downed.';
    expect(splitParagraphs(text).map((p) => p.text)).toEqual([
      'Subscribe to Voice of America’s immigration news feed Voice of America’s immigration news',
      'Updated: 1 hour 30 min ago',
      'The ministry said 40 drones were downed.',
    ]);
  });

  it.each([
    ['(See tables A-1 and A-2.)', 'boilerplate'],
    ['VOA’s Anna Kosstutschenko reports.', 'byline'],
    ['The ministry said 40 drones were downed (see table 2).', undefined],
    // pointers to elsewhere and contact lines of press releases
    ['The full press release is available in all languages here.', 'boilerplate'],
    ["A Eurostat press release can be found here and Commissioner Thyssen's statement here.", 'boilerplate'],
    ['(For more information: Jane Roe – Tel.: +32 229 62253)', 'boilerplate'],
    ['The vaccine is now available to 3 million people here.', 'boilerplate'],
    ['The vaccine is now available to 3 million people in Kherson.', undefined],
    ['Officials said 3 people died here.', undefined],
    // a report's reading conventions and a pointer to a web address
    ['Numbers in the text, figures, and tables may not add up to totals because of rounding.', 'boilerplate'],
    ['Unless this report indicates otherwise, all years referred to are federal fiscal years.', 'boilerplate'],
    ['Unless otherwise noted, all figures are in 2022 dollars.', 'boilerplate'],
    ['Previous editions of this report, which the office publishes annually, are available at https://example.gov/x.', 'boilerplate'],
    ['The data are available at www.example.gov.', 'boilerplate'],
    ['Unless the talks resume, the ministry said, prices will rise.', undefined],
    ['The rounding error cost the fund $2 million, auditors said.', undefined],
    // news of links and materials is no citation notice
    ['The court, citing the materials of the case, said 3 officers were charged.', undefined],
    ['A link to the website is required for 12 of the services, the ministry said.', undefined],
    ['The ministry said the vaccine is available at pharmacies, https://example.gov/x has the list.', undefined],
    // a briefing's frame
    ['Good afternoon.', 'boilerplate'],
    ['Let me start today’s briefing.', 'boilerplate'],
    ['Today, I have three announcements to make.', 'boilerplate'],
    ['Good afternoon for the markets was followed by a sell-off, traders said.', undefined],
    ['Let me start by saying that the ministry has done nothing wrong, the minister said.', undefined],
    ['I have no announcement on sanctions today, the spokesperson said.', undefined],
    // the page crediting its own authors
    ['Most of this report was researched, written, and edited by Jane Roe and John Doe.', 'boilerplate'],
    ['This article was written by Jane Roe and translated by John Doe.', 'boilerplate'],
    ['The report was written by the inspector general and found widespread fraud.', undefined],
    // lead-ins with no content
    ['Examples of actions taken that led to significant financial benefits include:', 'boilerplate'],
    ['Some of the highlights read;', 'boilerplate'],
    ['Health Secretary Jane Roe said:', undefined],
    ['Officials said the measures would include new tariffs on steel, aluminium and cars from next year, and the list follows:', undefined],
    // an editor's note on the page
    ['This story has been updated to include comments from the ministry.', 'boilerplate'],
    ['Correction: An earlier version of this article misstated the size of the fund.', 'boilerplate'],
    ['An earlier version of this story gave the wrong date.', 'boilerplate'],
    ['The report was updated in March to include the new figures, the agency said.', undefined],
    ['The law has been amended twice since 2019.', undefined],
    // a pitch inside a paragraph
    ['Get our free app to stay up to date.', 'boilerplate'],
    ['Follow our live coverage here.', 'boilerplate'],
    ['Follow the ministry’s guidance on the app, officials said.', undefined],
    // a blog's or newsletter's frame
    ['So, let’s get started with our roundup for this week…', 'boilerplate'],
    ['Let’s dive in.', 'boilerplate'],
    ['Let’s not forget that the ministry denied the report, officials said.', undefined],
    // a pointer to the full text in parentheses
    ['(* Full text of the speech)', 'boilerplate'],
    ['(Transcript of the interview)', 'boilerplate'],
    // a widget's or feed reader's own messages
    ['HungryFEED can’t get feed.', 'boilerplate'],
    ['A feed could not be found at http://www.example.gov/feed.', 'boilerplate'],
    ['This video could not be loaded.', 'boilerplate'],
    ['A feed with an invalid type may fall victim to this error, or the reader was unable to auto-discover it.', 'boilerplate'],
    ['Use force_feed() if you are certain this URL is a real feed.', 'boilerplate'],
    ['Police were unable to find it, the ministry said.', undefined],
    ['The video could not be verified independently.', undefined],
    ['The content of the report could not be confirmed.', undefined],
    // the outlet on its own work
    ['We translate our stories to make the world’s citizen media available to everyone.', 'boilerplate'],
    ['We are tracking news and stories on the damage in this war at our desk.', 'boilerplate'],
    ['We are tracking the storm and expect it to make landfall on Friday.', undefined],
    ['We cover 40% of the costs, the minister said.', undefined],
    // a broadcast's schedule
    ['The Morning Edition airs at 0600 Tehran time/0230 UTC with replays at 0700.', 'boilerplate'],
    ['The documentary, which airs on Monday, shows soldiers looting the town.', undefined],
    // an interest declared
    ['This article mentions the Example Foundation, one of its projects, or people related to it.', 'boilerplate'],
    ['Disclosure: The founder of Example owns this newspaper.', 'boilerplate'],
    ['This article is about the ministry’s budget, which grew 4% last year.', undefined],
    // a developing story
    ['This is a developing story.', 'boilerplate'],
    ['This story will be updated.', 'boilerplate'],
    ['This is a developing country, the minister said.', undefined],
    // a lead-in to a list of links, a government site's banner, a pitch to learn more
    ['Below are posts about citizen media in Russian.', 'boilerplate'],
    ['Following are links to various government press releases.', 'boilerplate'],
    ['Below are the figures the ministry released on Monday.', undefined],
    ['Visit the census website to learn more about upcoming releases.', 'boilerplate'],
    ['Read about our translation project to learn more.', 'boilerplate'],
    ['Problems? See our media guide.', undefined],
    ['See our live coverage of the election.', 'boilerplate'],
    ['Visit the ministry’s website to learn more, officials said.', undefined],
    // a row of links glued to the end of a paragraph
    ['Statement  |  Report on retail sales  |  Report on manufacturing and trade', 'related-link'],
    // a wire's dateline cut off by the splitter ("MOSCOW, September 3. /TASS/. ...")
    ['MOSCOW, September 3.', 'boilerplate'],
    ['WASHINGTON, D.C., Jan. 14', 'boilerplate'],
    ['Moscow, September 3, the ministry said 12 drones fell.', undefined],
  ])('sentence: %s', (text, reason) => {
    expect(classifySentence(text)).toBe(reason);
  });
});

describe('promo and link labels in unseen copy (issue 9, ninth round)', () => {
  it.each([
    // a link list's label set as a bullet of its own; a longer bullet is a list item
    ['- READ MORE ON:', 'related-link'],
    ['• Related stories', 'related-link'],
    ['- Recommended that the agency review 3 programs and report back to Congress.', undefined],
    // a pointer to the outlet's page on a news aggregator, in any language; a sentence with a stop is prose
    ['Read in Google News!', 'boilerplate'],
    ['Читай у Google News!', 'boilerplate'],
    ['The story was first carried by Google News.', undefined],
  ])('%s', (text, reason) => {
    expect(classifyParagraph(text, false)).toBe(reason);
  });
});

describe('gates and numbered entry headings in unseen copy (issue 9, tenth round)', () => {
  it.each([
    // a gate's prompt addressing the reader, and its button in the reader's voice
    ['You need one to watch live TV on any channel or device, and BBC programmes on iPlayer. It’s the law.', 'boilerplate'],
    ['You need a subscription to read this article.', 'boilerplate'],
    ['I don’t have a TV Licence.', 'boilerplate'],
    ["I don't have an account", 'boilerplate'],
    // the same words reporting someone, or stating a fact, stay prose
    ['You need one to watch live TV, the BBC said on Monday.', undefined],
    ['I don’t have a plan for the winter.', undefined],
  ])('%s', (text, reason) => {
    expect(classifyParagraph(text, false)).toBe(reason);
  });

  it.each([
    // a live page's numbered entry heading over its author's name; a numbered line over prose is a list item
    ["1. UK denies 'political decision' to snub EU over medical kit", 'James Landale', true],
    ['2. Missouri sues China over virus', 'Anthony Zurcher', true],
    ['1. Reduce emissions by 2030', '2. Improve the grid', false],
    ['1. Reduce emissions by 2030', 'The report also urged 3 steps.', false],
    ['1. The talks collapsed on Monday.', 'Jane Roe', false],
  ])('%s / %s', (text, next, heading) => {
    expect(isNumberedEntryHeading(text, next)).toBe(heading);
  });
});

describe('round 18: long agency captions and lead-ins that state a fact', () => {
  it.each([
    // a picture agency's caption opens with a dateline and its date and closes with the credit, however long
    ['SPRINGFIELD, OH - MARCH 3: Acme chief Jane Roe stands by the gate before a hearing on the future of the plant on March 3, 2021 in Springfield, Ohio. Workers who lost their jobs in the autumn gathered outside with banners and a brass band. (Photo by John Doe/Picture Agency)', 'boilerplate'],
    ['LEEDS, ENGLAND - JUNE 14: Fans wait outside the ground before the match. (Photo: Jane Roe/Agency)', 'boilerplate'],
    // a dated sentence of prose without the credit stays prose
    ['SPRINGFIELD, OH - Acme said on March 3 that it would cut 300 jobs.', undefined],
    // a lead-in in sentence case with a finite verb states a fact
    ['Le Monde then detailed a second dinner at which Roe walked out:', undefined],
    ['The paper said the mayor had met the builder twice:', undefined],
    // one with no verb, in title case, or pointing at what follows is set aside
    ['The latest assessment by the British military of the invasion:', 'heading'],
    ['Acme Results For The Third Quarter Of The Year:', 'heading'],
    ['The below is attributable to Spokesperson Jane Roe:', 'heading'],
    ['Her office sent this reply to the newspaper on Friday:', 'heading'],
  ])('%s', (text, reason) => {
    expect(classifyParagraph(text, false)).toBe(reason);
  });
});

describe('round 20: a wire sign-off glued to the last paragraph, a bare address in parentheses', () => {
  it.each([
    // the paragraph keeps its sentence; the sign-off is set aside as a sentence of its own
    ['No deal is certain and talks go on, Bloomberg reported. (Reporting by Jane Roe in Lima; Editing by John Doe)', undefined],
    ['"We will not sell," the chairman said. (Writing by Jane Roe; Editing by John Doe)', undefined],
    // the sign-off alone is still furniture
    ['(Reporting by Jane Roe in Lima; Editing by John Doe)', 'boilerplate'],
  ])('%s', (text, reason) => {
    expect(classifyParagraph(text, false)).toBe(reason);
  });
  it.each([
    ['(Reporting by Jane Roe in Lima; Editing by John Doe)', 'byline'],
    ['(Additional reporting by John Doe in Quito)', 'byline'],
    ['(bloom.bg/1abcXyz)', 'boilerplate'],
    ['(https://example.org/reports/2024)', 'boilerplate'],
    // a parenthesised sentence of prose is none
    ['(The figures are preliminary and may change.)', undefined],
    ['(Acme declined to comment.)', undefined],
  ])('sentence: %s', (text, reason) => {
    expect(classifySentence(text)).toBe(reason);
  });
});

describe('round 21: a video player\'s failure message, a market-gossip feed\'s disclaimer', () => {
  it.each([
    ['We are sorry, but this video has failed to load.'],
    ['Sorry, the video has failed to play.'],
    ['(Market Chatter news is derived from conversations with traders around the world. This information is believed to be from reliable sources but may include rumor and speculation.)'],
    ['The information is believed to be from reliable sources but may include rumour and speculation.'],
  ])('%s', (text) => {
    expect(classifyParagraph(text, false) ?? classifySentence(text)).toBeDefined();
  });
  it.each([
    // prose about a video, or about rumours, is none
    ['The video of the launch has failed to convince investors, analysts said.'],
    ['The minister said the report was based on rumour and speculation.'],
    ['Acme shares rose 4% after the company said its chief executive would stay.'],
  ])('prose: %s', (text) => {
    expect(classifyParagraph(text, false) ?? classifySentence(text)).toBeUndefined();
  });
});
