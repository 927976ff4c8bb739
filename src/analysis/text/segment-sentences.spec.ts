import { splitSentences } from '../analyze.js';

const sentences = (text: string) => splitSentences(text).map((s) => s.text);

describe('sentence segmentation', () => {
  it.each([
    ['abbreviations and titles', 'The U.S. and the U.N. met Gen. Smith and Dr. Jones on Jan. 5. No. 10 said nothing.', ['The U.S. and the U.N. met Gen. Smith and Dr. Jones on Jan. 5.', 'No. 10 said nothing.']],
    ['initials', 'J. R. R. Tolkien wrote it. He was British.', ['J. R. R. Tolkien wrote it.', 'He was British.']],
    ['decimals, thousands and percentages', 'Prices rose 1.5% to 11,000.50 rubles. Growth was 3.2 per cent.', ['Prices rose 1.5% to 11,000.50 rubles.', 'Growth was 3.2 per cent.']],
    ['a quoted question followed by its speaker', '“Is this the end?” he asked. Nobody answered.', ['“Is this the end?” he asked.', 'Nobody answered.']],
    ['punctuation inside quotes', 'He said: "We will win." Then he left.', ['He said: "We will win."', 'Then he left.']],
    ['a full stop inside parentheses', 'The plan failed (see the report. It is long) last year. Then it changed.', ['The plan failed (see the report. It is long) last year.', 'Then it changed.']],
    ['an ellipsis inside a sentence', 'He paused... and then went on. Later he left.', ['He paused... and then went on.', 'Later he left.']],
    ['a missing space after a full stop', 'The talks ended.Officials left the room.', ['The talks ended.', 'Officials left the room.']],
    ['non-breaking spaces and dashes', 'Kyiv\u00a0said 40\u00a0drones flew in — most were downed. Moscow denied it.', ['Kyiv\u00a0said 40\u00a0drones flew in — most were downed.', 'Moscow denied it.']],
    ['list items', 'Key points:\n\n- 11,000 troops were sent\n- 200 plants work for the army', ['Key points:', '- 11,000 troops were sent', '- 200 plants work for the army']],
    // round 16: a bracket the tokenizer keeps with a colon after it still closes
    ['a bracketed time stamp before a colon', 'UPDATE (14:30): The roads reopened at noon. Buses run again. Trains follow.', ['UPDATE (14:30): The roads reopened at noon.', 'Buses run again.', 'Trains follow.']],
    // round 17: an update note opened by a bracket runs on over sentences and paragraphs; each sentence stands apart
    ['a bracketed update note', '[Updated, May 3, 2:25 p.m.: Profit rose 3%. Sales fell 2%.\n\nShares fell 7%.]', ['[Updated, May 3, 2:25 p.m.: Profit rose 3%.', 'Sales fell 2%.', 'Shares fell 7%.]']],
    ['a bracketed correction', '[Correction: An earlier version gave the wrong date. The vote was on May 3.]', ['[Correction: An earlier version gave the wrong date.', 'The vote was on May 3.]']],
    ['paragraph breaks without a full stop', 'A heading\n\nThe text starts here.', ['A heading', 'The text starts here.']],
    // round 24: a wire's name after a dash closing the copy is its sign-off, a sentence of its own
    ['a dashed wire sign-off', 'Nine of the cases are imported. — Reuters', ['Nine of the cases are imported.', '— Reuters']],
    ['a dashed sign-off of two words', 'Talks go on. -- The Associated Press', ['Talks go on.', '-- The Associated Press']],
    // a figure's unit with the stop kept to it ends the sentence
    ['a figure in millions ending a sentence', 'Sales fell short of estimates of more than $600m. Forecasts are weak.', ['Sales fell short of estimates of more than $600m.', 'Forecasts are weak.']],
    ['a figure in billions ending a sentence', 'The deal was worth €3bn. Shares rose.', ['The deal was worth €3bn.', 'Shares rose.']],
    ['a unit inside a sentence', 'It paid $600m. for the plant in 2020.', ['It paid $600m. for the plant in 2020.']],
    // a dash before a clause goes on with the sentence
    ['a dash before prose', 'Nine of the cases are imported. — and more may follow', ['Nine of the cases are imported. — and more may follow']],
    // round 31: the tokenizer cuts "Korea-U.S." into "Korea" "-" "U" "." "S."; the initialism goes on
    ['an initialism after a hyphen', 'The South Korea-U.S. combined drill will go on. It starts Monday.', ['The South Korea-U.S. combined drill will go on.', 'It starts Monday.']],
    ['an initialism after a hyphen ending a sentence', 'Talks on the Japan-U.S. pact ended. They resume in May.', ['Talks on the Japan-U.S. pact ended.', 'They resume in May.']],
    // round 32: a site's name glued to its domain ending ("Censor.NET") is no sentence end; a word glued on is ("Monday.Net")
    ['a site named with its domain', 'As Zarya.NET reports, the bridge was hit. Traffic stopped.', ['As Zarya.NET reports, the bridge was hit.', 'Traffic stopped.']],
    ['two sentences glued at a word that is also a domain', 'The bridge was hit on Monday.Net losses rose.', ['The bridge was hit on Monday.', 'Net losses rose.']],
    // round 37: a release's bracketed pointer to its logo, its bracket kept with the address by the tokenizer, is a
    // unit of its own, and the sentences after it are apart again
    ['a release\'s logo pointer between sentences', 'Sales rose. (Logo: http://www.example.com/prnh/ACMELOGO) "We are pleased," said Jane Roe. "It was a good year."', ['Sales rose.', '(Logo: http://www.example.com/prnh/ACMELOGO)', '"We are pleased," said Jane Roe.', '"It was a good year."']],
    // any address in brackets left its bracket open on main, and the paragraph's next sentences joined it
    ['an address in brackets inside a sentence', 'The report (see http://www.example.com/report) says sales rose. Prices fell.', ['The report (see http://www.example.com/report) says sales rose.', 'Prices fell.']],
  ])('%s', (_, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each([
    ['emoji', 'Crowds cheered 🎉🇺🇦 in Kyiv. Then they went home 🏠.'],
    ['combining characters', 'Cafe\u0301 owners protested. Zoë and José said so.'],
    ['right-to-left text', 'The sign read "السلام عليكم". The crowd sang "שלום" twice.'],
  ])('keeps offsets exact with %s', (_, text) => {
    const found = splitSentences(text);
    expect(found).toHaveLength(2);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('round 48: forms from held-out business copy', () => {
  // "MTN's share price dropped 3.84%, to close at R86.50, after closing Tuesday at R89.95." (ITWeb), "Mr Price rose
  // 0.79% to R159.05." (TimesLIVE), "Steinhoff was 1.31% higher at R87.15" (BusinessLIVE's wrap), "close at R1.80 per
  // share" (Fin24): the tokenizer cuts a figure with a currency's letters glued before it ("R86" "." "50") and ended the
  // sentence at its decimal point
  it.each([
    ['a rand figure', 'MTN\'s share price dropped 3.84%, to close at R86.50, after closing Tuesday at R89.95. Analysts were calm.', ['MTN\'s share price dropped 3.84%, to close at R86.50, after closing Tuesday at R89.95.', 'Analysts were calm.']],
    ['a rupee figure written close', 'The stock rose to Rs86.50 on the BSE. It fell later.', ['The stock rose to Rs86.50 on the BSE.', 'It fell later.']],
    ['a rand figure in billions', 'The contract was worth R1.2bn. It was set aside.', ['The contract was worth R1.2bn.', 'It was set aside.']],
    // as before (pass on both)
    ['a dollar figure', 'The stock closed at $86.50 on Tuesday. It fell later.', ['The stock closed at $86.50 on Tuesday.', 'It fell later.']],
    ['a figure ending a sentence before one opening with a figure', 'Sales rose to R86. 50 stores opened.', ['Sales rose to R86.', '50 stores opened.']],
  ])('%s', (_, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
