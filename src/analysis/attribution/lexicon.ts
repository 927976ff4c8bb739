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
  welcome welcomes welcomed urge urges urged call calls called express expresses expressed voice voices voiced
  support supports reject rejects rejected describe describes described blame blames blamed
  vow vows vowed assess assesses assessed comment comments commented respond responds responded
  reply replies replied clarify clarifies clarified recall recalls recalled observe observes observed
  highlight highlights highlighted underline underlines underlined underscore underscores underscored
  mention mentions mentioned reiterate reiterates reiterated tweet tweets tweeted post posts posted
  expect expects expected suggest suggests suggested recommend recommends recommended
  calculate calculates calculated answer answers answered point points pointed assure assures assured
  learn learns learned learnt
`);

/** Reporting verbs that need a particle to be a speech act ("calls for", "expressed concern"). */
export const VERB_COMPLEMENTS: ReadonlyMap<string, Set<string>> = new Map([
  ['call', words('for on it this the them')],
  ['calls', words('for on it this the them')],
  ['called', words('for on it this the them')],
  ['point', words('out')],
  ['points', words('out')],
  ['pointed', words('out')],
  ['express', words('concern concerns regret hope support doubt doubts alarm confidence outrage solidarity')],
  ['expresses', words('concern concerns regret hope support doubt doubts alarm confidence outrage solidarity')],
  ['expressed', words('concern concerns regret hope support doubt doubts alarm confidence outrage solidarity')],
  ['voice', words('concern concerns support doubts')],
  ['voices', words('concern concerns support doubts')],
  ['voiced', words('concern concerns support doubts')],
  ['post', words('on')],
  ['posts', words('on')],
  ['posted', words('on')],
  ['support', words('the a an')],
  ['supports', words('the a an')],
]);

/**
 * Verbs strong enough to make a country or capital a source ("Kyiv said",
 * "Russia denied"); with weaker verbs a country is an actor ("the US demanded").
 */
export const STRONG_REPORTING_VERBS = words(`
  say says said state states stated tell tells told announce announces announced claim claims claimed
  deny denies denied confirm confirms confirmed warn warns warned declare declares declared insist insists insisted
  accuse accuses accused report reports reported
`);

/** "the X spokesman said": the X is the source, the person speaks for it. */
export const TITLE_WORDS = words(`
  secretary general secretary-general spokesman spokeswoman spokesperson spokespeople press minister ministers
  president vice prime chief head director chairman chairwoman chair ceo founder deputy ambassador envoy
  commissioner commander official representative adviser advisor analyst analysts researcher researchers
  economist economists editor correspondent reporter expert experts governor mayor senator lawmaker
  general admiral colonel lieutenant foreign defence defense interior finance affairs high
  staff member members leader leaders officer officers coordinator aide aides counsellor counselor
`);

/** Unnamed sources: "officials said", "sources told Reuters". */
export const ANONYMOUS_HEADS = words(`
  official officials source sources people person diplomat diplomats insider insiders
  observer observers witness witnesses resident residents someone aide aides media
`);

/** Descriptions that point back to an organisation named earlier ("the ministry said"). */
export const ORGANISATION_DESCRIPTORS = words(`
  ministry department agency newspaper paper publication outlet broadcaster channel website site
  organisation organization group body institute institution office government company firm bank fund
  council commission committee watchdog report study statement survey analysis assessment
  alliance bloc union army military service regulator authority authorities administration
  think-tank tank center centre movement party magazine daily weekly tabloid network wire
`);

/** Pronouns that point back to the last speaker. */
export const PERSON_PRONOUNS = words('he she him her');
export const ORGANISATION_PRONOUNS = words('it they them');

/** Words between a subject and its verb that do not break the link ("X has also said"). */
export const SUBJECT_GAP_WORDS = words(`
  has have had is was were are will would could may might also already previously earlier reportedly
  further again then now recently repeatedly publicly officially not never later once still separately
  too meanwhile subsequently originally initially first last today yesterday
`);

/** Connectors allowed inside a proper name ("Institute for the Study of War"). */
export const NAME_CONNECTORS = words("of for the and on in de du la le al el von van & 's ’s");

export const OPENING_QUOTES = new Set(['“', '"', '«', '„', '‘']);
export const CLOSING_QUOTES = new Set(['”', '"', '»', '’', '“']);

/** Prepositional cues whose object is the original source. */
export const ORIGINAL_CUES: readonly string[][] = [
  ['according', 'to'],
  ['as', 'reported', 'by'],
  ['as', 'stated', 'by'],
  ['as', 'quoted', 'by'],
  ['reported', 'by'],
  ['published', 'by'],
  ['released', 'by'],
  ['data', 'from'],
  ['figures', 'from'],
  ['statistics', 'from'],
  ['estimates', 'from'],
  ['estimates', 'by'],
  ['website', 'of'],
  ['press', 'service', 'of'],
  ['in', 'the', 'words', 'of'],
  ['polled', 'by'],
  ['surveyed', 'by'],
  ['published', 'in'],
  ['compiled', 'by'],
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

/** Cues whose object, when it is a news outlet, relays what the subject said. */
export const AUDIENCE_CUES: readonly string[][] = [
  ['in', 'an', 'interview', 'with'],
  ['in', 'an', 'interview', 'to'],
  ['in', 'comments', 'to'],
  ['speaking', 'to'],
  ['speaking', 'with'],
  ['told'],
  ['tells'],
  ['tell'],
];

/** Words skipped between a prepositional cue and its object ("according to the latest report by"). */
export const OBJECT_LEAD_WORDS = words(`
  the a an its their his her our latest new recent official preliminary annual weekly monthly daily
  report reports statement statements data figures study survey poll analysis research estimates assessment
  publication article investigation reporting by from of published released issued information
  press service website site page telegram channel account calculations analysts researchers experts
`);

/** Heads of a subject phrase that still let the named body speak ("Eurostat data showed"). */
export const SOURCE_HEADS = words(`
  data figures statistics estimates estimate report reports survey study analysis poll research calculations
  index model review statement statements website
  inspectors monitors investigators scientists team mission experts analysts researchers economists strategists
`);

/** People whose employer is the source: "analysts at ING said", "researchers at the Kiel Institute". */
export const EXPERT_NOUNS = words(`
  analyst analysts researcher researchers economist economists expert experts scientist scientists strategist
  strategists inspector inspectors investigator investigators specialists specialist
`);

/** Dates between a subject and its verb: "the ministry on Jan. 14 announced". */
export const DATE_GAP_WORDS = words(`
  on in jan jan. january feb feb. february mar mar. march apr apr. april may jun jun. june jul jul. july aug aug.
  august sep sep. sept sept. september oct oct. october nov nov. november dec dec. december monday tuesday
  wednesday thursday friday saturday sunday
`);

/** Passive or hedged reporting that continues the previous sentence's source. */
export const CONTINUATION_MARKERS = words(`reportedly allegedly estimated believed`);
