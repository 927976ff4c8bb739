import type { ExclusionReason } from '../types.js';
import { MAX_CAPTION_WORDS } from './captions.js';
import { isEmbedCredit, MAX_EMBED_CREDIT_CHARS } from './embed-credits.js';
import { wordCount } from './word-count.js';

const RELATED_PREFIXES = [
  'see also', 'read also', 'read more', 'also read', 'related:', 'related articles', 'related stories', 'related posts',
  'related news', 'more on this', 'recommended', 'you may also like', 'you might also like', 'more from', 'most read',
  'most popular', 'further reading', 'also on', 'read next', 'read the full',
];

const BOILERPLATE_PHRASES = [
  'leave a reply', 'leave a comment', 'your email address will not be published', 'required fields are marked',
  'back to top', 'share this article', 'share this story', 'share on facebook', 'share on twitter', 'sign up for', 'sign up here',
  'subscribe to', 'subscribe now', 'all rights reserved', 'cookie', 'click here', 'follow us on', 'advertisement',
  'post a comment', 'comments are closed', 'newsletter', 'copyright ©', '© 20', 'reporting by', 'editing by',
  'writing by', 'additional reporting by', 'skip to content', 'skip to main content', 'toggle navigation',
  'log in', 'sign in', 'privacy policy', 'terms of use', 'terms of service', 'save my name, email', 'cancel reply',
  // a blog's comment form: "Want to join the discussion? Feel free to contribute!", "This site uses Akismet to reduce spam."
  // a CMS's placeholder for a block it could not render: "This block is broken or missing. You may be missing content ..."
  'this block is broken or missing', 'you may be missing content',
  // a site closed to the reader's country: "Our website is temporarily unavailable in your location."
  'unavailable in your location', 'not available in your location', 'unavailable in your region', 'not available in your region',
  'unavailable in your country', 'not available in your country',
  'want to join the discussion', 'feel free to contribute', 'uses akismet to reduce spam', 'how your comment data is processed',
  // a news theme's comment form: "Please enter your comment!", "You have entered an incorrect email address!"
  'please enter your comment', 'you have entered an incorrect email address',
  'print this article', 'contributed to this report', 'contributed reporting', 'our standards', 'trust principles',
  'is a regular contributor', 'contributor to our', 'for more information', 'media contact', 'press contact',
  'this is breaking news', 'this is a breaking news story', 'this is a developing story', 'this story is developing',
  'check back for updates', 'check back later for', 'this story will be updated', 'this article will be updated',
  'available for download', 'is available at', 'are available at', 'are available on', 'is available on', 'email this', 'tags:', 'filed under', 'loading...', 'photo:', 'image:', 'video:',
  // a translated page keeps its source language's credit: "(Фото: Jane Roe)", "Foto: Jane Roe"
  'фото:', 'foto:',
  // a comment form's notice in the languages copy is published in ("Your email address will not be published")
  'e-posta hesabınız yayımlanmayacak', 'no será publicada', 'ne sera pas publiée', 'wird nicht veröffentlicht',
  'não será publicado', 'tidak akan dipublikasikan', 'не будет опубликован',
  // a Blogger page's comment count and form under the post, in the languages blogs are kept in
  'no comments:', 'no hay comentarios', 'publicar un comentario', 'aucun commentaire', 'publier un commentaire',
  'keine kommentare', 'kommentar veröffentlichen', 'nessun commento', 'posta un commento', 'nenhum comentário',
  'postar um comentário', 'tidak ada komentar', 'poskan komentar', 'geen opmerkingen', 'een reactie posten',
];

/** The phrases as one pattern, each starting at a word's start ("sign in" is not in "resign in"). */
const BOILERPLATE = new RegExp(
  BOILERPLATE_PHRASES.map((p) => (/^[\p{L}\p{N}]/u.test(p) ? '(?<![\\p{L}\\p{N}])' : '') + escapeRegExp(p)).join('|'),
  'u',
);

/**
 * The phrases anywhere, word start or not: a cheap first test (a look behind
 * at every position of every paragraph costs several times more), and
 * BOILERPLATE can only match where this does.
 */
const BOILERPLATE_ANYWHERE = new RegExp(BOILERPLATE_PHRASES.map(escapeRegExp).join('|'));

/** The related-link prefixes as one pattern: a `startsWith` per prefix on every paragraph costs several times more. */
const RELATED_PREFIX = new RegExp(`^(?:${RELATED_PREFIXES.map(escapeRegExp).join('|')})`);

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Promos, player notices, photo credits and disclaimers, matched as phrases anywhere in a short paragraph.
 * A word before a phrase is looked behind for ("AP photo", "image.jpg"): a pattern that starts with it is
 * tried at every letter of every word, at several times the cost. The look behind comes after the phrase's
 * first literal (" photo", "/", "."), and takes that literal in: a look behind that stands first is run at
 * every position, and those three cost more than the other fifty phrases together.
 */
const FURNITURE = new RegExp(
  [
    'listen to (?:this|the) (?:article|story|podcast)', 'audio player', 'video player', 'play video', 'watch the video', 'watch video',
    'your browser does not support', 'enable javascript', 'download (?:our|the) app', 'get the app', 'open in app',
    'become a (?:member|subscriber|supporter)', 'support (?:our|independent) journalism',
    // a wire's notice to readers of its free site: "... only a portion of the news stories offered to subscribers"
    '(?:stories|news|content) offered to (?:its )?subscribers', 'contact us for subscription', 'keeps? you in touch',
    'for full coverage', 'free trial', 'ask (?:me|us) anything', 'q&a session',
    'editor[’\']s note', 'photo (?:credit|by|courtesy)', 'photograph:', 'getty images', 'file photo', ' photo(?<=\\b(?:ap|afp|epa|reuters) photo)',
    // "REUTERS/Jane Roe", not a wire's poll with its pollster ("a Reuters/Ipsos poll", "the AP/NORC survey")
    '/(?<=\\b(?:reuters|afp|ap|epa)/)[a-z](?![\\w-]* (?:polls?|surveys?)\\b)', 'creative commons', 'cc by(?:-sa)? \\d', 'not (?:intended as )?investment advice',
    '(?:market )?data (?:is |are )?(?:provided|delayed)',
    // licence and reuse lines, credits, references, advice disclaimers, reviewers, social handles, gestures
    '^this (?:material|article|content|story) may not be (?:published|reproduced|redistributed|rewritten)', '^copyright (?:©|\\(c\\)|\\d{4})', '^(?:photo |image |video )?credits?\\s*:',
    '^(?:journal )?references?\\s*:', '^sources?\\s*:', 'doi\\s*:\\s*10\\.', 'doi\\.org/10\\.', 'medically reviewed by', 'fact[- ]checked by',
    'not (?:intended as |a substitute for |constitute )?(?:medical|legal|financial|professional) advice',
    // a market-gossip feed's disclaimer: "... is believed to be from reliable sources but may include rumor and speculation"
    'believed to be from reliable sources', 'may include rumou?r and speculation', 'market chatter (?:news )?is derived',
    '^follow (?:[\\p{L}.’\'-]+ ){1,4}on (?:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok)\\b',
    '(?:click|tap) to (?:enlarge|expand|view|play|see)', '\\.gov website', 'official, secure websites', 'scroll (?:down|to continue|for more)', 'views expressed', 'terms and conditions apply', '(?<![\\w-])sponsored (?:content|by)\\b', 'paid (?:post|content|partnership)',
    'news tips?\\b', 'want to hear from you',
    // a call for readers' stories: "Have you been evacuated? Send us your comments. You can email us at ...", "Send your pictures and videos to ..."
    'send us your (?:comments|views|stories|experiences?|pictures|photos|videos)\\b', 'send your (?:pictures|photos|videos)\\b', 'e-?mail us at\\b', 'contact us at\\b',
    'readers like you', 'consider (?:subscribing|supporting|donating|a donation)', 'quotes (?:are )?delayed', 'for informational purposes only',
    'opinions expressed', 'do not necessarily reflect', 'this page is archived', 'free news source', 'all times (?:are )?[a-z]{2,4}\\b',
    'archival policy', 'may no longer be available', '\\{\\{', '\\.(?<=[\\w-]\\.)(?:svg|jpe?g|png|gif|webp)\\b',
    '^(?:art|illustration|graphic|map|cartoon)s? by\\b', 'press release issued by', 'permission is granted to copy', 'originally posted by',
    '^images? (?:by|from|courtesy|credit)\\b', '^images? (?:re)?mixed by', '^•?\\s*press release\\s*:', '^photo of\\b', '^file\\s*[-–—]\\s',
    // a repost's label: "The speech made by X ... on 19 July 2023.", "Statement by Ambassador X, ...", "... written statement – made at on ..."
    '^(?:the )?(?:speech|statement|press release) (?:made|given|issued|delivered) (?:[a-z]+ )?by\\b', '^statement by\\b', 'written statement [-–—] made\\b',
    // a broadcast's sign-on: "This is the VOA Special English Health Report."
    '^(?:from [^,]{2,40}, )?this is (?:the )?[\\p{L} ]{0,40}\\b(?:report|program|programme)\\.?$',
    // an archive's notice: "This post was moved from our old blog and may be missing images ...",
    // "This story is from our archive", "This article is more than 5 years old"
    'may be missing (?:photos|images|graphics|links|videos)', 'archived? (?:blog )?posts?\\.?$', '^this (?:article|story|post|page) (?:is|was) (?:from|part of) (?:our|the) archives?',
    '^this (?:article|story) is more than \\d+ years? old',
    // a wire photo's caption closed by its credit, any wire: "... on Capitol Hill, Aug. 7, 2008. (UPI Photo/Jane Roe)"
    '\\((?:[a-z]+ )?photos?(?: by)? ?/[^()]{2,60}\\)(?: \\| license photo)?$', '\\| license photo$',
    // an affiliate disclosure and a site's terms: "we may earn a commission", "your use of this website signifies ..."
    'affiliate links?\\b', 'may earn (?:a )?commission', 'your use of this (?:web)?site', 'signifies your acceptance',
    // a machine translation's notice: "... versions are automatically generated by the AI", "machine-translated"
    '(?:automatically|machine)[- ](?:generated|translated)', 'inaccuracies in (?:the )?translati',
    // a wire photo's caption: "In this photo released on Monday by ...", "... -- Army Press Service via AP"
    '^in this (?:undated |handout |file |combination )?(?:photo|image|picture|photograph)\\b', '(?:--|[-–—]) [^.]{2,60} via (?:ap|afp|reuters|getty images)$',
    // a share button's label: "Digg! this article!", "Email this story", "Tweet this"
    '^(?:share|tweet|email|e-mail|print|digg|bookmark)!? this(?: (?:article|story|page|post))?!?$',
  ].join('|'),
  'iu',
);
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/**
 * A live blog's entry heading glued to its time stamp, "MPs clash over pay
 * risepublished at 19:44 British Summer Time 28 June 2017": the stamp closes it.
 */
const ENTRY_STAMP = new RegExp(
  `(?:published|updated|posted)\\s+at\\s+\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[\\p{L}]+){0,4}\\s+(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2},?)(?:\\s+\\d{4})?$`,
  'iu',
);
const MAX_ENTRY_HEADING_WORDS = 30;

/**
 * A picture agency's caption, however long: it opens with a dateline in capitals and its date ("LIMA, OH - MAY 3:",
 * "LEEDS, ENGLAND - JUNE 14:") and closes with the credit ("(Photo by Jane Roe/Agency)", "(Photo: Jane Roe/Agency)").
 */
const DATELINED_CAPTION = new RegExp(
  `^[A-Z][A-Z .'-]{1,40}(?:, [A-Z][A-Za-z. ]{1,20})? [-–—] ${MONTH} \\d{1,2}(?:, \\d{4})?:.*\\((?:photo|image|picture)s?(?: by|:) [^()]{2,80}\\)$`,
  'isu',
);
const MAX_DATELINED_CAPTION_WORDS = 90;

/**
 * "This satellite image, released by 38 North on Nov. 24, 2021, shows ... (PHOTO NOT FOR SALE) (Yonhap)", "In this
 * photo taken on May 3, ... (AP Photo/Jane Roe)": a photo's caption that opens by pointing at the picture and closes
 * on the picture agency's credit in brackets, however long.
 */
const CREDITED_CAPTION = /^(?:in )?this (?:[\p{L}-]+ ){0,3}(?:photo|image|picture|photograph|handout)s?\b.*\([^()]{2,60}\)$/isu;

/** A date or time standing as its own paragraph: "May 3, 2024 - 17:54", "Updated: 1 hour ago", "- VOA News, August 6, 2015". */
const TIMESTAMP = new RegExp(
  `^(?:[-–—•]\\s*)?(?:(?:updated|published|posted|last updated|last modified|first published)\\b.*|(?:[\\p{L}’'. ]{1,40},\\s*)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?:\\s*[-–—,|at]*\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?(?:\\s*[a-z]{2,4})?|\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,4})?)\\.?$`,
  'iu',
);
/** "Jane Roe is a correspondent for ...", "X is an international news and broadcast organization ...". */
const BIO =
  /^[\p{Lu}][\p{L}’'.-]*(?:\s+(?:[\p{Lu}][\p{L}’'.-]*|of|for|the|and)){0,5}\s+(?:is|was)\s+(?:a|an|the)\b.{0,120}?\b(?:reporter|correspondent|journalist|editor|writer|columnist|producer|contributor|anchor|news (?:and [a-z]+ )?organi[sz]ation|broadcast organi[sz]ation|source of news|news (?:source|site|website|outlet))\b(?:\s+(?:for|at|with|based|covering|serving|in)\b|[.,])/u;
/**
 * Licence notices and membership pitches run longer than other furniture: "This text comes from Wikinews.
 * Permission is granted to copy ...", "Over 800 of us ... work together to bring you stories ... we still need your help";
 * so do a site's rules for readers' comments ("Disclaimer: All the comments will be moderated by the AD editorial. ...").
 */
const LICENCE =
  /comments? (?:will|shall|may) be moderated|comments (?:are|is) moderated|prepared for members and committees of congress|creative commons|permission is granted to copy|gnu free documentation licen[cs]e|originally posted by|donate today|make a donation|to bring you\b|need your (?:help|support)|create a (?:free )?account|join (?:the|our) community|(?:citing|quoting|reprinting|republishing|using)(?: and using)? (?:any|our) materials|(?:hyper)?links? to [^\n]{0,200}?\b(?:is|are) (?:mandatory|obligatory)/iu;
const MAX_LICENCE_WORDS = 100;
/**
 * A pitch addressing the reader: an imperative opening and a product or channel of the outlet's ("Get the latest news
 * delivered to your inbox.", "Join our WhatsApp channel ...", "Download the X app ...", "Subscribers can read this on
 * the Terminal."), or a contact address ("Have a tip? Send it to tips@example.com."). A sentence that reports
 * someone's words ("..., officials said") is a claim whatever it urges.
 */
const PROMO =
  /^(?:(?:please )?(?:get|download|install|join|follow|try|stay|sign up|subscribe|read|see|visit|watch|listen|explore|discover|find out|learn more|check out|don[’']t miss|do not miss|contact|send|email|e-mail|write to|reach|support|consider)\b.{0,120}?(?:\b(?:newsletters?|apps?|inbox|podcasts?|channel|whatsapp|telegram|live (?:coverage|blog|page|updates?)|(?:latest|live) updates?|latest (?:here|below)|stories on|briefing|alerts|subscription|unlimited access|terminal|our (?:coverage|journalism|site|website|reporting|team|guide|project))\b|\bto (?:learn|find out|read) more\b|@[\w-]+\.[a-z]{2,})|subscribers? (?:can|may|only)\b)/iu;
const REPORTED = /\b(?:said|says|according to|told)\b/u;
/**
 * "Read in Google News!", "Читай у Google News!", "Follow us on Google News": a short line, in any language,
 * that points the reader to the outlet's page on a news aggregator; a sentence ending in a stop is prose.
 */
const AGGREGATOR_PITCH = /\bgoogle news\s*!?$/iu;
const MAX_AGGREGATOR_PITCH_WORDS = 8;
const MAX_PROMO_WORDS = 30;
/**
 * A gate's prompt addressing the reader, and its button in the reader's voice: "You need one to watch live TV on any
 * channel or device ...", "You need a subscription to read this article.", "I don’t have a TV Licence.",
 * "I don't have an account". A sentence that reports someone's words is prose.
 */
const READER_GATE =
  /^(?:you (?:need|must have|will need|['’]ll need) (?:one|an? [\p{L} ]{1,30}?|to (?:be )?(?:sign|log|register|subscribe)[\p{L} ]{0,20}?) to (?:watch|read|access|view|listen|comment)\b|i (?:don['’]t|do not) have an? (?:[\p{L}]+ )?(?:licen[cs]e|account|subscription|login|membership|password)[.!]?$)/iu;
/**
 * "Jane Roe covers energy for Example News.", "Jane Roe is based in London and writes about markets.": an author's bio.
 * A bio opens with a person's name, not "The ..."; and a body that "covers 31 million people" or
 * "is based in Bochum" states a fact, so figures and a bare "is based in" keep a paragraph prose.
 */
const BIO_VERB =
  /^(?!(?:The|A|An)\s)[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*){1,3}\s+(?:covers|writes about|writes for|has covered|has written for|is based in\b[^.]*\band (?:writes|reports|covers))\b/u;
const HAS_FIGURE = /\d/;
const MAX_BIO_VERB_WORDS = 30;
/** A caption ends with where and when: "... in Bucha, outside Kyiv, April 4, 2022." (not "today, Friday, December 8, 2017."). */
const CAPTION_DATE = new RegExp(`(?<!(?:day|today|yesterday)),\\s*(?:on\\s+)?(?:${MONTH}\\s+\\d{1,2},\\s*\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})\\.?$`, 'iu');
/**
 * A wire photo's caption written without the comma: "... released by KCNA in Pyongyang November 3, 2015." (prose
 * says "in Geneva on March 3, 2021").
 */
const CAPITAL_MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const CAPTION_PLACE_DATE = new RegExp(
  `\\bin\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}\\s+${CAPITAL_MONTH}\\s+\\d{1,2},\\s*\\d{4}\\.?$`,
  'u',
);
/** The text ends with a year's last digit, or with it and a stop: the cheap test before CAPTION_PLACE_DATE. */
function endsWithYear(text: string): boolean {
  let end = text.length - 1;
  while (end > 0 && text.charCodeAt(end) <= 32) end--;
  if (text.charCodeAt(end) === 46) end--; // "."
  const code = text.charCodeAt(end);
  return code >= 48 && code <= 57;
}

/** "• 1 July 2015: Palestinian prisoner stops hunger strike": a dated link to another story. */
const DATED_LINK = new RegExp(`^[•*]\\s*(?:\\d{1,2}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4})\\s*:`, 'iu');
/** "VOA’s Anna Kosstutschenko reports.", "Carla Babb has more.": a video or audio report's credit line. */
const CREDIT_ENDINGS = ['reports', 'has more', 'has the story'];
const CREDIT_LINE = new RegExp(`^[\\p{Lu}][\\p{L}’'. -]{2,60}\\s(?:${CREDIT_ENDINGS.join('|')})\\.$`, 'u');
const CREDIT_LINE_ENDS = CREDIT_ENDINGS.map((ending) => `${ending}.`);

/** The letter before the full stop of each ending ("s" of "reports."). */
const CREDIT_LINE_LAST_LETTERS = new Set(CREDIT_LINE_ENDS.map((end) => end.charCodeAt(end.length - 2)));

/** The ending is looked at first, from its last codes: every sentence is tested, and the pattern costs far more. */
function isCreditLine(text: string): boolean {
  if (text.charCodeAt(text.length - 1) !== 46 || !CREDIT_LINE_LAST_LETTERS.has(text.charCodeAt(text.length - 2))) return false; // "."
  return CREDIT_LINE_ENDS.some((end) => text.endsWith(end)) && CREDIT_LINE.test(text);
}

/**
 * A video teaser on a feed page: a short paragraph whose last sentence credits a correspondent's report ("...
 * VOA Pentagon Correspondent Carla Babb reports.", "..., as Dorian Jones reports from Istanbul.", "Lisa Bryant
 * looks at what this means for the EU."). A one-word credit ("Interfax reports.") is an agency's attribution.
 */
const TEASER_AS_REPORTS = /\bas [\p{Lu}][\p{L}’'-]+(?: [\p{Lu}][\p{L}’'-]+){1,3} reports from [\p{Lu}][\p{L}’' -]{1,30}\.$/u;
const TEASER_LOOKS_AT = /^[\p{Lu}][\p{L}’'.-]+(?: [\p{Lu}][\p{L}’'.-]+){1,4} (?:looks at|takes a look at|has details on)\b[^.!?]{0,150}[.!?]$/u;
const MAX_TEASER_WORDS = 90;

function isVideoTeaser(text: string): boolean {
  if (text.charCodeAt(text.length - 1) !== 46 && text.charCodeAt(text.length - 1) !== 63) return false; // "." "?"
  const cut = text.lastIndexOf('. ', text.length - 2);
  const last = cut < 0 ? text : text.slice(cut + 2);
  if (last.indexOf(' ') < last.lastIndexOf(' ') && last.length < 80 && isCreditLine(last) && !last.startsWith('The ')) return true;
  if (last.includes(' reports from ')) return TEASER_AS_REPORTS.test(last);
  return (last.includes(' look') || last.includes(' has details')) && TEASER_LOOKS_AT.test(last) && !REPORTED.test(last);
}

const MAX_FURNITURE_CHARS = 600;

const BYLINE_PREFIXES = ['by ', 'written by ', 'author:', 'words by ', 'reporting by '];
const SENTENCE_END = new Set(['.', '!', '?', '…', '"', '”', '’', '»', ')']);

/** "Tetyana Viktorova", "Jane O'Neill-Smith": two to four capitalised words. */
function looksLikePersonName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

const CLOSING_QUOTES = new Set(['"', '”', '’', '»']);

/** Finite verbs a lead-in states its fact with, past forms aside ("then detailed", "is", "has"). */
const LEAD_IN_FINITE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'says', 'said', 'told', 'wrote', 'writes', 'reports', 'found', 'shows', 'showed']);
const MIN_STATING_LEAD_IN_WORDS = 6;
const POINTING_LEAD_IN = /\b(?:this|these|the following|following|below|as follows|attributable)\b/iu;

/**
 * "The paper then detailed another meeting in which the deal fell through:": a
 * lead-in in sentence case with a finite verb states a fact before the quotation
 * it introduces, so it is prose; a title-case heading ("The Latest Figures:") or
 * one with no verb ("The latest assessment by the British military:") is not.
 */
function isStatingLeadIn(text: string, words: number): boolean {
  if (!text.endsWith(':') || words < MIN_STATING_LEAD_IN_WORDS || !/^\p{Lu}/u.test(text)) return false;
  // "The below is attributable to ...:", "Her office sent this reply:": it points at what follows, no fact
  if (POINTING_LEAD_IN.test(text)) return false;
  const tokens = text.slice(0, -1).split(/\s+/).slice(1);
  const lower = tokens.filter((t) => /^\p{Ll}/u.test(t));
  if (lower.length * 2 < tokens.length) return false;
  return lower.some((t) => LEAD_IN_FINITE_VERBS.has(t) || (t.length > 4 && t.endsWith('ed')));
}

/**
 * "The company's listing in Hong Kong might value ...": a related story's
 * teaser, cut by the page, ends in an ellipsis standing apart after a word
 * (speech trailing off, "wait...", keeps it glued or inside quotes).
 */
function isCutTeaser(text: string): boolean {
  const trimmed = text.trimEnd();
  const cut = trimmed.endsWith('...') ? trimmed.length - 3 : trimmed.endsWith('…') ? trimmed.length - 1 : -1;
  if (cut > 1 && /\s/u.test(trimmed[cut - 1]) && /[\p{L}\d,]/u.test(trimmed[cut - 2])) return true;
  // "... who died during the war in…": glued to a word no sentence ends on, an article or a preposition
  // (the one-character ellipsis of a page's cut: "and..." closing a report's summary is the summary's own)
  const last = cut > 0 && trimmed.endsWith('…') ? CUT_LAST_WORD.exec(trimmed.slice(Math.max(0, cut - 8), cut)) : null;
  return last !== null && CUT_FUNCTION_WORDS.has(last[1].toLowerCase());
}
const CUT_LAST_WORD = /(?:^|[^\p{L}])(\p{L}+)$/u;
// (not "on", "over", "by", "about": "the talks went on and on…")
const CUT_FUNCTION_WORDS = new Set('a an the of in at to for with from into its their his her'.split(' '));

/** A closing quote ends a sentence only after a full stop: “Time is on its side” is a heading. */
function endsLikeSentence(text: string): boolean {
  let end = text.length - 1;
  // "... in after-hours trading.]": the stop before a bracket closing an update note
  if (end > 0 && text[end] === ']' && SENTENCE_END.has(text[end - 1])) return true;
  while (end > 0 && CLOSING_QUOTES.has(text[end])) end--;
  if (end < text.length - 1) return SENTENCE_END.has(text[end]) && !CLOSING_QUOTES.has(text[end]);
  return SENTENCE_END.has(text[end]);
}

/** Bracketed credits under a picture: "(Yonhap)", "(KCNA-Yonhap)", "(AP Photo/Jane Roe)", "(PHOTO NOT FOR SALE)", "(Xinhua/Jane Roe)". */
const PICTURE_CREDIT = /\((?:photo not for sale|[\p{L}&-]+ photo(?:\/[^()]{2,40})?|[\p{Lu}][\p{L}&.-]*(?: [\p{Lu}][\p{L}&.-]*){0,3}(?:[/-][^()]{2,40})?)\)$/u;

/** The caption's last bracket is a picture's credit, not an aside of prose ("... (in 2021)"). */
function hasPictureCredit(text: string): boolean {
  const close = text.lastIndexOf('(');
  return close >= 0 && PICTURE_CREDIT.test(text.slice(close));
}

/** Page furniture in a short paragraph (the length bound keeps the patterns cheap on any input). */
function furnitureOf(text: string, words: number): ExclusionReason | undefined {
  if (text.length > MAX_FURNITURE_CHARS) return undefined;
  if (words <= MAX_BOILERPLATE_WORDS && FURNITURE.test(text)) return 'boilerplate';
  if (words <= MAX_LICENCE_WORDS && LICENCE.test(text)) return 'boilerplate';
  // "Sidi Ould Cheikh Abdallahi.": a name alone under a photo
  if (words <= 5 && text.endsWith('.') && looksLikePersonName(text.slice(0, -1))) return 'boilerplate';
  if (words <= MAX_CAPTION_WORDS && (CAPTION_DATE.test(text.trim()) || (endsWithYear(text) && CAPTION_PLACE_DATE.test(text.trim())))) return 'boilerplate';
  if (words <= MAX_DATELINED_CAPTION_WORDS && DATELINED_CAPTION.test(text.trim())) return 'boilerplate';
  if (words <= MAX_DATELINED_CAPTION_WORDS && CREDITED_CAPTION.test(text.trim()) && hasPictureCredit(text.trim())) return 'boilerplate';
  if (words <= 14 && TIMESTAMP.test(text.trim())) return 'boilerplate';
  if (words <= MAX_ENTRY_HEADING_WORDS && ENTRY_STAMP.test(text.trim())) return 'boilerplate';
  if (words <= 60 && BIO.test(text)) return 'boilerplate';
  if (words <= MAX_PROMO_WORDS && PROMO.test(text) && !REPORTED.test(text)) return 'boilerplate';
  if (words <= MAX_AGGREGATOR_PITCH_WORDS && AGGREGATOR_PITCH.test(text)) return 'boilerplate';
  if (words <= MAX_PROMO_WORDS && READER_GATE.test(text) && !REPORTED.test(text)) return 'boilerplate';
  if (words <= MAX_BIO_VERB_WORDS && BIO_VERB.test(text) && !HAS_FIGURE.test(text) && !REPORTED.test(text)) return 'byline';
  if (words <= 15 && text.startsWith('(') && text.trimEnd().endsWith(')')) return 'boilerplate'; // "(See table A-1.)"
  if (words <= 8 && isCreditLine(text)) return 'byline';
  if (words <= MAX_LINK_LABELS_WORDS && isLinkLabels(text)) return 'related-link';
  if (words <= MAX_TEASER_WORDS && isVideoTeaser(text)) return 'boilerplate';
  if (words <= MAX_TEASER_WORDS && isCutTeaser(text)) return 'related-link';
  return undefined;
}

/** "Statement  |  Report on retail sales  |  Report on manufacturing and trade", "Home › World › Europe": link labels in a row. */
const LABEL_SEPARATOR = /\s[|›»]\s/u;
const MAX_LINK_LABELS_WORDS = 30;
const MAX_LABEL_WORDS = 8;

function isLinkLabels(text: string): boolean {
  if (!LABEL_SEPARATOR.test(text)) return false;
  const labels = text.split(LABEL_SEPARATOR);
  if (labels.length < 3) return false;
  return labels.every((label) => {
    const trimmed = label.trim();
    return trimmed.length > 0 && wordCount(trimmed) <= MAX_LABEL_WORDS && !/[.!?]$/u.test(trimmed);
  });
}

/**
 * A long image description, however factual: "A James Webb Space Telescope image of ... At left, the cluster
 * appears ... Three small boxes outlined in white ... They are labeled JD 1 ...". The paragraph names an image and
 * points at its parts at least twice, in the words of a description of a picture, not of events.
 */
const PICTURE_WORD = /\b(?:image|images|photo|photograph|picture|illustration|composite|mosaic|rendering)\b/iu;
const LAYOUT_CUE =
  /(?:^|[.;] )(?:at|on the|to the|far) (?:left|right|top|bottom|center|centre)\b|\b(?:upper|lower|top|bottom)[- ](?:left|right)\b|\bin this (?:image|photo|photograph|picture|view|illustration|composite|mosaic)\b|\bthe (?:image|photo|picture) (?:is|was) (?:punctuated|dominated|filled)\b|\b(?:highlighted|outlined|circled|marked) (?:with|in) (?:white|red|yellow|blue|green|orange|black)\b|\b(?:is|are) (?:labeled|labelled)\b|\bpanels? (?:at|on|to) (?:the )?(?:left|right)\b|\bzoomed[- ]in\b|\bon a (?:black|dark|white) background\b|\bin the (?:foreground|background)\b|\b(?:red|green|blue|orange|purple|cyan|magenta|yellow) (?:was|were|is|are) assigned\b|\bside of the (?:screen|image|frame)\b/giu;
const MAX_DESCRIPTION_WORDS = 200;
/** A description that points at two parts of a picture runs at least this long. */
const MIN_DESCRIPTION_WORDS = 15;

/**
 * A literal of every picture word, looked for before the pattern: most paragraphs name no picture. One pass of
 * one pattern reads a paragraph once; seven `includes` read it seven times, at twice the cost.
 */
const PICTURE_WORD_LITERAL = /mage|hoto|icture|llustration|omposite|osaic|endering/;

function mayNamePicture(text: string): boolean {
  return PICTURE_WORD_LITERAL.test(text);
}

function isImageDescription(text: string, words: number): boolean {
  if (words < MIN_DESCRIPTION_WORDS || words > MAX_DESCRIPTION_WORDS || !mayNamePicture(text) || !PICTURE_WORD.test(text)) return false;
  LAYOUT_CUE.lastIndex = 0;
  let first: string | undefined;
  for (let match = LAYOUT_CUE.exec(text); match; match = LAYOUT_CUE.exec(text)) {
    const cue = match[0].toLowerCase().replace(/^[.;] /u, '');
    if (first === undefined) first = cue;
    else if (cue !== first) return true;
  }
  return false;
}

/**
 * "Spokesperson's Press Briefing (March 8, 2018)", "Unemployment rate falls to 6.3% in January; payroll employment
 * changes little (+49,000)": a closing parenthesis with no full stop before it ends a heading, not a sentence.
 */
function endsWithBareParenthetical(text: string): boolean {
  if (text.charCodeAt(text.length - 1) !== 41) return false; // ")"
  const open = text.lastIndexOf('(');
  if (open <= 0) return false;
  const inside = text.slice(open + 1, -1).trimEnd();
  const before = text.slice(0, open).trimEnd();
  return before.length > 0 && !SENTENCE_END.has(before[before.length - 1]) && !SENTENCE_END.has(inside[inside.length - 1]);
}

/** "The full press release is available here.", "(For more information: Jane Roe – Tel.: ...)": pointers to elsewhere. */
const POINTER_HERE = /\b(?:available|can be (?:found|read|seen|downloaded|accessed)|click)\b/i;
const CONTACT_LINE = /^\(?for (?:more|further) information\b/i;

function isPointerSentence(text: string): boolean {
  return (text.endsWith('here.') && POINTER_HERE.test(text)) || CONTACT_LINE.test(text);
}

/** "(See table A-1.)": a cross-reference in parentheses standing as a sentence. */
const CROSS_REFERENCE = /^\((?:see|source|photo|image|\*?\s*(?:full )?(?:text|transcript) of)\b[^()]{0,80}\)$/iu;

/**
 * An editor's note on the page: "This story has been updated to include ...", "Correction: An earlier version of
 * this article ...", and the outlet's promise of more: "Further news on the talks will be later published."
 */
const UPDATE_NOTE =
  /^(?:(?:this (?:story|article|post|piece|report|page) (?:has been|was|is being)|(?:the|this) (?:story|article|post|piece) has been) (?:updated|corrected|amended|revised)\b|(?:correction|clarification)s?\s*[:(]|an earlier version of this (?:story|article|post|piece|report)\b|this is a (?:developing|breaking)(?: news)? story\b|this (?:story|article|post) (?:is developing|will be updated)\b|(?:the )?live (?:updates|coverage|blog) (?:for|on) this (?:event|story|page) (?:have|has) ended\b|more (?:to follow|to come|follows)\s*[.…]*$|(?:further|more) (?:news|details|updates) (?:on|about) (?:[^.!?]|\b(?:Mr|Mrs|Ms|Dr)\.){1,80} will be (?:later |soon )?(?:published|posted)(?: later| soon| shortly)?\s*[.…]*$)/iu;
/**
 * A report's reading conventions: "Numbers in the text ... may not add up to totals because of rounding.",
 * "Unless this report indicates otherwise, all years referred to are federal fiscal years ...".
 */
const READING_CONVENTION = /\b(?:because of|due to) rounding\b|^unless (?:this report|otherwise) (?:indicates?|notes?|noted|stated|specified|indicated)\b/iu;
/** "Previous editions of this report ... are available at https://...": a pointer to a web address. */
const POINTER_TO_ADDRESS = /\bavailable (?:at|on|from|online at)\s+(?:<?https?:\/\/|www\.)/iu;
/** A briefing's or speech's frame: "Good afternoon.", "Let me start today’s briefing.", "Today, I have three announcements to make." */
const SPEECH_FRAME =
  /^(?:good (?:morning|afternoon|evening)(?:,? (?:everyone|everybody|all))?[.!]$|(?:so,? |now,? |ok(?:ay)?,? )?let[’']s (?:get started|get going|begin|start|dive in)\b.{0,60}$|let me (?:start|begin|open)\b.{0,40}\b(?:briefing|remarks|statement|announcements?)[.!]$|(?:today,? )?i have (?:a|an|one|two|three|four|five|several|a few|a couple of|some) (?:\p{L}+ )?announcements?\b)/iu;
/** "Most of this report was researched, written, and edited by ...": the page crediting its own authors. */
const SELF_CREDIT =
  /\bthis (?:report|article|story|post|newsletter|edition|piece)\b.{0,40}?\b(?:researched|written|edited|compiled|prepared|produced|translated)(?:,? (?:and )?(?:researched|written|edited|compiled|prepared|produced|translated))* by\b/iu;
/** A lead-in with no content of its own: "Examples of actions taken ... include:", "Some of the highlights read;". */
const LEAD_IN = /\b(?:include|includes|are as follows|is as follows|the following|for example|for instance|highlights (?:read|include|are))\s*[:;]$/iu;
const MAX_LEAD_IN_WORDS = 20;
/**
 * A widget's or feed reader's own message: "HungryFEED can't get feed.", "A feed could not be found at ...",
 * "This video could not be loaded.", "Use force_feed() if ...", "Sorry, this video has failed to load.".
 */
const WIDGET_ERROR =
  /\b(?:feed|widget|plugin|embed|video|audio|content|player|media|tweet|map)s? (?:has |have |had )?(?:could not|cannot|can[’']t|couldn[’']t|failed to|is unable to|was unable to) (?:be )?(?:found|loaded|load|displayed|display|played|play|retrieved)\b|\bcan[’']t get (?:the )?feed\b|\bunable to (?:auto-?discover|load|retrieve|fetch|parse) (?:it|the feed|the content|the widget|the page)\b|\b[a-z]+_[a-z_]+\(\)/iu;
/** The outlet on its own work: "We translate our stories into 40 languages ...", "We are tracking news and stories on ...". */
const OUTLET_SELF = /^we (?:are )?(?:translat|track|cover|curat|bring|brought|aggregat)[a-z]* (?:[\p{L}’'-]+ ){0,4}?(?:news|stories|coverage|reports)\b/iu;
/** A broadcast's schedule: "The Morning Edition airs at 0600 Tehran time/0230 UTC ...". */
const SCHEDULE = /\b(?:airs|is broadcast|broadcasts|is aired)\b[^.]{0,30}?\bat \d{1,2}(?::?\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|utc|gmt|et|est|edt|[\p{Lu}][\p{L}]+ time)/iu;
/** "Disclosure: ...", "This article mentions the X Foundation, ... or people related to it.": an interest declared. */
const DISCLOSURE = /^(?:disclosure\s*:|this (?:article|story|post) (?:mentions|is about|discusses) .{0,120}\b(?:related to it|its owner|parent company|which owns|affiliated with))/iu;

/** A lead-in to a list of links: "Below are posts about ...", "Following are links to various press releases." */
const LIST_LEAD_IN = /^(?:below|following|here) (?:are|is) (?:some |a few |the |a )?(?:links?|posts|list|excerpts|highlights|stories|articles|quotes)\b/iu;
/** A digest's lead-in, after its dateline: "SEOUL, Nov. 6 (Yonhap) -- The following is a summary of ... this week." */
const DIGEST_LEAD_IN = /\bthe following (?:is|are) (?:a |an )?(?:summary|summaries|list|roundup|round-up|rundown|digest|selection|compilation)\b/iu;
/** The anchored sentence patterns as one: one call per sentence instead of one per pattern. */
const SENTENCE_FURNITURE = new RegExp([SPEECH_FRAME, UPDATE_NOTE, OUTLET_SELF, DISCLOSURE, LIST_LEAD_IN].map((r) => `(?:${r.source})`).join('|'), 'iu');

/** A literal every widget error holds: WIDGET_ERROR looks at every word, and most sentences hold none of these. */
const WIDGET_ERROR_HINT = /be (?:found|loaded|displayed|played|retrieved)|[ t]get (?:the )?feed|nable to|to (?:load|display|play)\b|\(\)/u;

function mayBeWidgetError(text: string): boolean {
  return WIDGET_ERROR_HINT.test(text);
}

/** The sentence rules that need a literal first: each pattern is tried only where its cheap test passes. */
function isReportFurniture(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if ((last === 58 || last === 59) && wordCount(text) <= MAX_LEAD_IN_WORDS && LEAD_IN.test(text)) return true; // ":" ";"
  if (SENTENCE_FURNITURE.test(text)) return true; // anchored: fails at the first letters
  if (text.includes('following') && DIGEST_LEAD_IN.test(text)) return true;
  if (mayBeWidgetError(text) && WIDGET_ERROR.test(text)) return true;
  if ((text.includes(' airs ') || text.includes('aired') || text.includes('broadcast')) && SCHEDULE.test(text)) return true;
  if (PROMO.test(text) && wordCount(text) <= MAX_PROMO_WORDS && !REPORTED.test(text)) return true; // a pitch inside a paragraph
  if ((text.includes('rounding') || text.startsWith('Unless')) && READING_CONVENTION.test(text)) return true;
  if ((text.includes('://') || text.includes('www.')) && POINTER_TO_ADDRESS.test(text)) return true;
  return text.includes(' by ') && text.includes('his ') && SELF_CREDIT.test(text); // "this", "This"
}

/**
 * A sentence inside a paragraph that is furniture whatever surrounds it: a
 * cross-reference, a video report's credit ("VOA’s Anna Kosstutschenko reports.").
 */
export function classifySentence(text: string): ExclusionReason | undefined {
  if (text.charCodeAt(0) === 40 && text.length <= MAX_SIGN_OFF_CHARS) { // "("
    if (SIGN_OFF.test(text)) return 'byline';
    if (BRACKETED_LINK.test(text) || MEDIA_LINK.test(text)) return 'boilerplate';
  }
  if (CROSS_REFERENCE.test(text) || isPointerSentence(text) || isReportFurniture(text) || isBareDateline(text)) return 'boilerplate';
  if (text.length < 80 && isCreditLine(text)) return 'byline';
  if (text.length < 40 && DASHED_SIGN_OFF.test(text)) return 'byline';
  // "— Fayetteville Police (@FayettevillePD) November 6, 2019": who posted the embedded words above
  if (isEmbedCredit(text)) return 'boilerplate';
  if (text.length < 300 && isLinkLabels(text)) return 'related-link'; // a row of links glued to the paragraph before it
  if (text.length < 300 && SITE_NOTICE.test(text) && !REPORTED.test(text)) return 'boilerplate';
  return undefined;
}

/**
 * A site's own notice, one sentence of a paragraph too long for the furniture test: an affiliate disclosure
 * ("Should you click on these links, we may earn a commission"), its terms, a machine translation's warning.
 */
const SITE_NOTICE =
  /\baffiliate links?\b|\bmay earn (?:a )?commission|\byour use of this (?:web)?site|\bsignifies your acceptance|\b(?:automatically|machine)[- ](?:generated|translated)\b|\binaccuracies in (?:the )?translati/iu;

/**
 * "• USD 67.37 -0.69 • EUR 78.58 -0.92 • BRENT 78.80": a page's market ticker, two or more items of a
 * code in capitals (or a pair, "EUR/USD"), a price and maybe its change, bullets or bars between, nothing else.
 */
const TICKER_ITEM = String.raw`(?:[A-Z]{2,6}(?:\/[A-Z]{3})?)\s+[\d.,]+(?:\s*[-+−–]\s*[\d.,]+%?)?`;
const TICKER_LINE = new RegExp(String.raw`^(?:[•|·]\s*)?${TICKER_ITEM}(?:\s*[•|·]?\s*${TICKER_ITEM}){1,20}\s*[•|·]?$`, 'u');
const MAX_TICKER_CHARS = 400;
/** "• USD 67.37 -0.69" on a line of its own: one item of a ticker the page lays out one per line, after its bullet. */
const TICKER_BULLET = new RegExp(String.raw`^[•·]\s*${TICKER_ITEM}$`, 'u');

/** '[charts-share-price id="223"]', "[/caption]": a shortcode's name in lower case and its attributes, nothing else. */
const SHORTCODE = /^\[\/?[a-z][a-z0-9_-]*(?:\s+[a-z][\w-]*=(?:"[^"]*"|'[^']*'|[^\s\]]+))*\s*\/?\]$/u;
const MAX_SHORTCODE_CHARS = 200;

/** "— Reuters", "-- The Associated Press": a wire's name after a dash, closing the copy it supplied (no verb, no stop). */
const DASHED_SIGN_OFF = /^(?:[-–—]|--)\s*[\p{Lu}][\p{L}&.'’-]*(?:\s+[\p{Lu}][\p{L}&.'’-]*){0,3}$/u;

/** "(Reporting by Jane Roe in Lima; Editing by John Doe)": a wire's sign-off in parentheses, at most this long. */
const MAX_SIGN_OFF_CHARS = 300;
const SIGN_OFF = /^\((?:additional )?(?:reporting|writing|editing|compiled|compiling|production) by\b[^()]*\)\.?$/iu;
/** "(bloom.bg/1hljzzC)", "(https://example.org/report)": a bare address in parentheses, a pointer to the source's page. */
const BRACKETED_LINK = /^\((?:https?:\/\/)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/[^\s()]*)?\)\.?$/u;
/** "(Logo: http://www.example.com/logo)", "(Photo: https://...)": a release's pointer to its picture. */
const MEDIA_LINK = /^\((?:logo|photo|video|image|graphic)\s*:\s*\S+\)\.?$/iu;
/** The sentence end before a sign-off glued to a paragraph: ". (" and the sign-off closing the paragraph. */
const GLUED_SIGN_OFF = /[.!?"”] \((?:additional )?(?:reporting|writing|editing) by\b[^()]*\)\.?$/iu;

/**
 * Where a wire's sign-off glued to a paragraph's last sentence starts ("... Bloomberg reported. (Reporting by
 * Jane Roe; Editing by John Doe)"), or -1: the paragraph is prose with furniture after it, not furniture whole.
 */
function trailingSignOffAt(text: string): number {
  const dashed = dashedSignOffAt(text);
  if (dashed > 0) return dashed;
  const credit = embedCreditAt(text);
  if (credit > 0) return credit;
  if (text.charCodeAt(text.length - 1) !== 41 && text.charCodeAt(text.length - 2) !== 41) return -1; // ")"
  const open = text.lastIndexOf(' (');
  if (open < 1 || text.length - open > MAX_SIGN_OFF_CHARS) return -1;
  return GLUED_SIGN_OFF.test(text.slice(open - 1)) ? open + 1 : -1;
}

/** A sentence's stop, then a dash standing apart: where "... until April 12. – Zarya.com" glues a sign-off on. */
const STOP_THEN_DASH = /[.!?"”]\s+(?:[-–—]|--)\s/gu;
/** A dashed sign-off's characters, at most: "– Zarya.com", "— The Associated Press". */
const MAX_DASHED_SIGN_OFF_CHARS = 60;

/** Where a dashed sign-off glued to the paragraph's last sentence starts ("... until April 12. – Zarya.com"), or -1. */
function dashedSignOffAt(text: string): number {
  const from = Math.max(0, text.length - MAX_DASHED_SIGN_OFF_CHARS - 4);
  STOP_THEN_DASH.lastIndex = from;
  let at = -1;
  for (let match = STOP_THEN_DASH.exec(text); match; match = STOP_THEN_DASH.exec(text)) at = match.index + 1;
  if (at < 1) return -1;
  const tail = text.slice(at).trim();
  return DASHED_SIGN_OFF.test(tail) ? at : -1;
}

/** A dash standing apart, or opening a line: where an embedded post's credit may start. */
const DASH_APART = /(?:\s|^)(?:[-–—]|--)\s/gu;

/**
 * Where an embedded post's credit closing the paragraph starts ("... Stay tuned here. — Norvale Police (@NorvalePD)
 * November 6, 2019"), or -1: the post is prose, its credit furniture.
 */
function embedCreditAt(text: string): number {
  DASH_APART.lastIndex = Math.max(0, text.length - MAX_EMBED_CREDIT_CHARS - 2);
  for (let match = DASH_APART.exec(text); match; match = DASH_APART.exec(text)) {
    const at = match.index + (match[0].length - match[0].trimStart().length);
    if (at > 0 && isEmbedCredit(text.slice(at))) return at;
  }
  return -1;
}

const DATELINE_PLACE = /^[\p{Lu}][\p{Lu} .'’-]{1,30}(?:,\s*[\p{Lu}][\p{L} .'’-]{1,30})?,\s*/u;
const DATELINE_DATE = new RegExp(`^${MONTH}\\s+\\d{1,2}\\.?$`, 'iu');

/**
 * "MOSCOW, September 3." before "/TASS/. Russian air defenses ...": a
 * wire's dateline the sentence splitter cut off (its stop ends a sentence),
 * an all-capitals place and a date and nothing else.
 */
function isBareDateline(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 60) return false;
  const place = DATELINE_PLACE.exec(trimmed);
  return place !== null && DATELINE_DATE.test(trimmed.slice(place[0].length));
}

/**
 * Furniture standing as a line of its own inside a paragraph ("Updated: 1 hour
 * 30 min ago" under a feed's title): the same patterns as a paragraph's, for
 * a line that a lost blank line glued to its neighbours.
 */
export function classifyLine(text: string): ExclusionReason | undefined {
  const words = wordCount(text);
  return linkOrBoilerplate(text, lowered(text, words), words) ?? furnitureOf(text, words);
}

const NUMBERED = /^\d+[.)]\s/u;

/**
 * "1. UK denies 'political decision' to snub EU over medical kit" over "James Landale": a live page numbers its
 * entries, and an entry's heading stands over its author's name. A numbered line over prose is a list item.
 */
export function isNumberedEntryHeading(text: string, next: string | undefined): boolean {
  if (next === undefined || !NUMBERED.test(text) || endsLikeSentence(text) || wordCount(text) > 30) return false;
  return wordCount(next) <= 4 && !endsLikeSentence(next) && looksLikePersonName(next);
}

/** A list bullet and its space: "- ", "• ", "* ". */
const BULLET = /^[-•*] /u;
/** A bulleted related-link label is this short: a longer bullet ("- Recommended that the agency ...") is a list item. */
const MAX_BULLETED_LABEL_WORDS = 6;

/** ", the Guardian reports", ", Bloomberg News reported Tuesday", ", the outlet notes": a report clause closing a sentence. */
const CLOSING_REPORT_CLAUSE = /,\s+(?:(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){1,4}|the\s+(?:outlet|newspaper|paper|agency|magazine|website|broadcaster)\s+)(?:reports|reported|says|said|notes|noted|writes|wrote|adds|added)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?$/;

/** Furniture phrases are looked for anywhere only in a paragraph or line of at most this many words. */
const MAX_BOILERPLATE_WORDS = 40;
/** "About X: ...": the colon within this many characters. */
const ABOUT_COLON_WITHIN = 60;
/** What is read of a longer paragraph in lower case: its opening, for the related-link prefixes and "About X:". */
const LOWERED_OPENING = Math.max(ABOUT_COLON_WITHIN, ...RELATED_PREFIXES.map((p) => p.length));

/**
 * The paragraph in lower case, all of it where a furniture phrase may stand
 * anywhere, else only its opening: lowering every long paragraph whole cost
 * more than the rest of its checks. Lowering is per character (the one rule
 * that looks ahead, a final sigma, changes no ASCII letter), so the opening
 * lowered is the opening of the whole lowered.
 */
function lowered(text: string, words: number): string {
  return words <= MAX_BOILERPLATE_WORDS || text.length <= LOWERED_OPENING ? text.toLowerCase() : text.slice(0, LOWERED_OPENING).toLowerCase();
}

/** A related link, or a short paragraph or line that holds a page-furniture phrase. */
function linkOrBoilerplate(text: string, lower: string, words: number): ExclusionReason | undefined {
  if (RELATED_PREFIX.test(lower) || (words <= 30 && DATED_LINK.test(text))) return 'related-link';
  // "- READ MORE ON:", "• Related stories": a link list's label set as a bullet of its own
  if (words <= MAX_BULLETED_LABEL_WORDS && BULLET.test(lower) && RELATED_PREFIX.test(lower.slice(2))) return 'related-link';
  if (words <= MAX_BOILERPLATE_WORDS && BOILERPLATE_ANYWHERE.test(lower) && BOILERPLATE.test(lower) && !REPORTED.test(text)) return 'boilerplate';
  return undefined;
}

/**
 * Why a paragraph is not article prose, or undefined when it is. `isFirst`
 * marks the paragraphs before the first prose paragraph, where section labels
 * and the headline stand. `lineClassified`: the paragraph is one line in which
 * classifyLine found nothing (see Paragraph.lineClassified).
 */
export function classifyParagraph(text: string, beforeProse: boolean, lineClassified = false): ExclusionReason | undefined {
  // "... a deal will be reached, Bloomberg reported. (Reporting by Jane Roe; Editing by John Doe)": the wire's
  // sign-off glued to the last paragraph is set aside as a sentence of its own; the paragraph is judged without it
  const unsigned = withoutTrailingSignOffs(text);
  return unsigned.length < text.length ? classifyUnsigned(unsigned, beforeProse, false) : classifyUnsigned(text, beforeProse, lineClassified);
}

/**
 * The paragraph without the sign-offs glued to its end, taken off one after another in a loop: taken off by a call
 * of classifyParagraph each, a paragraph ending in thousands of them overflowed the stack.
 */
function withoutTrailingSignOffs(text: string): string {
  let rest = text;
  for (let signOff = trailingSignOffAt(rest); signOff > 0; signOff = trailingSignOffAt(rest)) rest = rest.slice(0, signOff).trimEnd();
  return rest;
}

/** classifyParagraph of a paragraph with no sign-off glued to its end. */
function classifyUnsigned(text: string, beforeProse: boolean, lineClassified: boolean): ExclusionReason | undefined {
  // '[charts-share-price id="223"]': a publishing system's shortcode the page left unrendered
  if (text.charCodeAt(0) === 91 && text.length <= MAX_SHORTCODE_CHARS && SHORTCODE.test(text)) return 'boilerplate'; // "["
  if (text.length <= MAX_TICKER_CHARS && (TICKER_LINE.test(text) || TICKER_BULLET.test(text))) return 'boilerplate';
  const words = wordCount(text);
  const lower = lowered(text, words);
  // a line classifyLine found nothing in (see Paragraph.lineClassified) holds no link label or furniture phrase
  const listed = lineClassified ? undefined : linkOrBoilerplate(text, lower, words);
  if (listed) return listed;
  if (lower.startsWith('about ') && lower.indexOf(':') > 0 && lower.indexOf(':') < ABOUT_COLON_WITHIN) return 'boilerplate';
  const furniture = lineClassified ? undefined : furnitureOf(text, words);
  if (furniture) return furniture;
  if (words <= 12 && BYLINE_PREFIXES.some((p) => lower.startsWith(p))) return 'byline';
  if (isImageDescription(text, words)) return 'boilerplate';
  if ((endsLikeSentence(text) && !endsWithBareParenthetical(text)) || words > 30) return undefined;
  if (isStatingLeadIn(text, words)) return undefined;
  // "Jane Roe said the plant closed, the Guardian reports" with its final stop lost: a report clause after a comma
  // closes prose, never a headline ("Plant closes: Guardian" is one)
  if (CLOSING_REPORT_CLAUSE.test(text)) return undefined;
  if (text.startsWith('- ') || text.startsWith('• ') || text.startsWith('* ') || /^\d+[.)]\s/.test(text)) return undefined;
  if (looksLikePersonName(text) && !beforeProse) return 'byline';
  if (beforeProse && words <= 3) return 'section-label';
  if (beforeProse) return 'headline';
  return 'heading';
}
