import { splitSentences } from '../analyze.js';

// The 52 English Golden Rules of the Pragmatic Segmenter (Kevin Dias,
// pragmatic_segmenter, spec "Golden Rules"), written from the published list.
// Sentences are compared with runs of whitespace collapsed: the engine
// returns spans of the input, and rules 40 and 41 expect a line break inside a
// sentence to read as a space.
const GOLDEN_RULES: Array<[number, string, string, string[]]> = [
  [1, 'simple period to end sentence', 'Hello World. My name is Jonas.', ['Hello World.', 'My name is Jonas.']],
  [2, 'question mark to end sentence', 'What is your name? My name is Jonas.', ['What is your name?', 'My name is Jonas.']],
  [3, 'exclamation point to end sentence', 'There it is! I found it.', ['There it is!', 'I found it.']],
  [4, 'one letter upper case abbreviations', 'My name is Jonas E. Smith.', ['My name is Jonas E. Smith.']],
  [5, 'one letter lower case abbreviations', 'Please turn to p. 55.', ['Please turn to p. 55.']],
  [6, 'two letter lower case abbreviations in the middle of a sentence', 'Were Jane and co. at the party?', ['Were Jane and co. at the party?']],
  [7, 'two letter upper case abbreviations in the middle of a sentence', 'They closed the deal with Pitt, Briggs & Co. at noon.', ['They closed the deal with Pitt, Briggs & Co. at noon.']],
  [8, 'two letter lower case abbreviations at the end of a sentence', "Let's ask Jane and co. They should know.", ["Let's ask Jane and co.", 'They should know.']],
  [9, 'two letter upper case abbreviations at the end of a sentence', 'They closed the deal with Pitt, Briggs & Co. It closed yesterday.', ['They closed the deal with Pitt, Briggs & Co.', 'It closed yesterday.']],
  [10, 'two letter (prepositive) abbreviations', 'I can see Mt. Fuji from here.', ['I can see Mt. Fuji from here.']],
  [11, 'two letter (prepositive and postpositive) abbreviations', "St. Michael's Church is on 5th st. near the light.", ["St. Michael's Church is on 5th st. near the light."]],
  [12, 'possessive two letter abbreviations', "That is JFK Jr.'s book.", ["That is JFK Jr.'s book."]],
  [13, 'multi-period abbreviations in the middle of a sentence', 'I visited the U.S.A. last year.', ['I visited the U.S.A. last year.']],
  [14, 'multi-period abbreviations at the end of a sentence', 'I live in the E.U. How about you?', ['I live in the E.U.', 'How about you?']],
  [15, 'U.S. as sentence boundary', 'I live in the U.S. How about you?', ['I live in the U.S.', 'How about you?']],
  [16, 'U.S. as non sentence boundary with next word capitalized', 'I work for the U.S. Government in Virginia.', ['I work for the U.S. Government in Virginia.']],
  [17, 'U.S. as non sentence boundary', 'I have lived in the U.S. for 20 years.', ['I have lived in the U.S. for 20 years.']],
  [18, 'A.M. / P.M. as non sentence boundary and sentence boundary', 'At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.', ['At 5 a.m. Mr. Smith went to the bank.', 'He left the bank at 6 P.M.', 'Mr. Smith then went to the store.']],
  [19, 'number as non sentence boundary', 'She has $100.00 in her bag.', ['She has $100.00 in her bag.']],
  [20, 'number as sentence boundary', 'She has $100.00. It is in her bag.', ['She has $100.00.', 'It is in her bag.']],
  [21, 'parenthetical inside sentence', 'He teaches science (He previously worked for 5 years as an engineer.) at the local University.', ['He teaches science (He previously worked for 5 years as an engineer.) at the local University.']],
  [22, 'email addresses', 'Her email is Jane.Doe@example.com. I sent her an email.', ['Her email is Jane.Doe@example.com.', 'I sent her an email.']],
  [23, 'web addresses', 'The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.', ['The site is: https://www.example.50.com/new-site/awesome_content.html.', 'Please check it out.']],
  [24, 'single quotations inside sentence', "She turned to him, 'This is great.' she said.", ["She turned to him, 'This is great.' she said."]],
  [25, 'double quotations inside sentence', 'She turned to him, "This is great." she said.', ['She turned to him, "This is great." she said.']],
  [26, 'double quotations at the end of a sentence', 'She turned to him, "This is great." She held the book out to show him.', ['She turned to him, "This is great."', 'She held the book out to show him.']],
  [27, 'double punctuation (exclamation point)', 'Hello!! Long time no see.', ['Hello!!', 'Long time no see.']],
  [28, 'double punctuation (question mark)', 'Hello?? Who is there?', ['Hello??', 'Who is there?']],
  [29, 'double punctuation (exclamation point / question mark)', 'Hello!? Is that you?', ['Hello!?', 'Is that you?']],
  [30, 'double punctuation (question mark / exclamation point)', 'Hello?! Is that you?', ['Hello?!', 'Is that you?']],
  [31, 'list (period followed by parens and no period to end item)', '1.) The first item 2.) The second item', ['1.) The first item', '2.) The second item']],
  [32, 'list (period followed by parens and period to end item)', '1.) The first item. 2.) The second item.', ['1.) The first item.', '2.) The second item.']],
  [33, 'list (parens and no period to end item)', '1) The first item 2) The second item', ['1) The first item', '2) The second item']],
  [34, 'list (parens and period to end item)', '1) The first item. 2) The second item.', ['1) The first item.', '2) The second item.']],
  [35, 'list (period to mark list and no period to end item)', '1. The first item 2. The second item', ['1. The first item', '2. The second item']],
  [36, 'list (period to mark list and period to end item)', '1. The first item. 2. The second item.', ['1. The first item.', '2. The second item.']],
  [37, 'list with bullet', '• 9. The first item • 10. The second item', ['• 9. The first item', '• 10. The second item']],
  [38, 'list with hyphen', '⁃9. The first item ⁃10. The second item', ['⁃9. The first item', '⁃10. The second item']],
  [39, 'alphabetical list', 'a. The first item b. The second item c. The third list item', ['a. The first item', 'b. The second item', 'c. The third list item']],
  [40, 'errant newlines in the middle of sentences (PDF)', 'This is a sentence\ncut off in the middle because pdf.', ['This is a sentence cut off in the middle because pdf.']],
  [41, 'errant newlines in the middle of sentences', 'It was a cold \nnight in the city.', ['It was a cold night in the city.']],
  [42, 'lower case list separated by newline', 'features\ncontact manager\nevents, activities\n', ['features', 'contact manager', 'events, activities']],
  [43, 'geo coordinates', 'You can find it at N°. 1026.253.553. That is where the treasure is.', ['You can find it at N°. 1026.253.553.', 'That is where the treasure is.']],
  [44, 'named entities with an exclamation point', 'She works at Yahoo! in the accounting department.', ['She works at Yahoo! in the accounting department.']],
  [45, 'I as a sentence boundary and I as an abbreviation', 'We make a good team, you and I. Did you see Albert I. Jones yesterday?', ['We make a good team, you and I.', 'Did you see Albert I. Jones yesterday?']],
  [46, 'ellipsis at end of quotation', 'Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”', ['Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”']],
  [47, 'ellipsis with square brackets', '"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).', ['"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).']],
  [48, 'ellipsis as sentence boundary (standard ellipsis rules)', 'If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.', ['If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .', 'Next sentence.']],
  [49, 'ellipsis as sentence boundary (non-standard ellipsis rules)', 'I never meant that.... She left the store.', ['I never meant that....', 'She left the store.']],
  [50, 'ellipsis as non sentence boundary', 'I wasn’t really ... well, what I mean...see . . . what I\'m saying, the thing is . . . I didn’t mean it.', ['I wasn’t really ... well, what I mean...see . . . what I\'m saying, the thing is . . . I didn’t mean it.']],
  [51, '4-dot ellipsis', 'One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .', ['One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.', '. . . The practice was not abandoned. . . .']],
  [52, 'no whitespace in between sentences', 'Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.', ['Hello world.', 'Today is Tuesday.', 'Mr. Smith went to the store and bought 1,000.', 'That is a lot.']],
];

/** Rules the segmenter does not meet yet, each with the reason. */
const KNOWN_FAILURES = new Map<number, string>([
  // "6 P.M. Mr. Smith": telling a time that ends a sentence from one that opens a
  // name needs more than the next word (the Pragmatic Segmenter skips it too)
  [18, 'a.m. / p.m. before a capitalised word'],
  // the ellipsis is moved to the next sentence only when the period before it is
  // attached to a word; not done, as it is rare in news copy
  [51, 'four-dot ellipsis split between two sentences'],
]);

const sentences = (text: string) => splitSentences(text).map((s) => s.text.replace(/\s+/g, ' '));

describe('the English Golden Rules of sentence segmentation', () => {
  for (const [n, name, text, expected] of GOLDEN_RULES) {
    const test = KNOWN_FAILURES.has(n) ? it.failing : it;
    test(`#${n} ${name}`, () => {
      expect(sentences(text)).toEqual(expected);
    });
  }

  it('meets at least 46 of the 52', () => {
    expect(GOLDEN_RULES).toHaveLength(52);
    expect(GOLDEN_RULES.length - KNOWN_FAILURES.size).toBeGreaterThanOrEqual(46);
  });
});
