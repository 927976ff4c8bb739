import fc from 'fast-check';

// Pieces that stress the segmenter and the cue finder far more than random letters.
const newsy = fc.constantFrom(
  'according to ', 'Reuters', ' said ', ', citing ', 'the Wall Street Journal', ' (ISW) ', 'U.S.', 'Gen. ', '1.5%', '11,000',
  '“', '”', '"', '«', '»', '(', ')', '...', '…', '. ', '? ', '! ', '\n', '\n\n', ' — ', '\u00a0', '😀', 'e\u0301', 'שלום',
  'NATO Secretary General Jens Stoltenberg', ' told ', ' with reference to ', 'Ukrainian Pravda', ' he said.', 'See also ',
  'Leave a Reply', 'By Jane Doe', 'Officials', 'Kyiv', "'s ", 'The ', 'A', 'x', ' ',
);

/** Any text: news-like pieces glued at random, or random strings (lone surrogates included). */
export const articleTexts = fc.oneof(
  fc.array(newsy, { maxLength: 80 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 300 }),
);

/** Pieces of a page: block elements, furniture, entities and a stray '<'. */
export const markupParts = fc.array(
  fc.constantFrom('<p>', '</p>', '<div>', '<script>x</script>', '<script>', '<style>', '<!--', '-->', '<nav>menu</nav>', 'Reuters said 5 died.', '<h1>T</h1>', '&amp;', '<'),
  { maxLength: 40 },
);
