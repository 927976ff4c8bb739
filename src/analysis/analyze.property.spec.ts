import fc from 'fast-check';
import { analyze } from './analyze.js';
import { seedRegistry } from './testing/seed-registry.js';

const registry = seedRegistry();

// Pieces that stress the segmenter and the cue finder far more than random letters.
const newsy = fc.constantFrom(
  'according to ', 'Reuters', ' said ', ', citing ', 'the Wall Street Journal', ' (ISW) ', 'U.S.', 'Gen. ', '1.5%', '11,000',
  '“', '”', '"', '«', '»', '(', ')', '...', '…', '. ', '? ', '! ', '\n', '\n\n', ' — ', '\u00a0', '😀', 'e\u0301', 'שלום',
  'NATO Secretary General Jens Stoltenberg', ' told ', ' with reference to ', 'Ukrainian Pravda', ' he said.', 'See also ',
  'Leave a Reply', 'By Jane Doe', 'Officials', 'Kyiv', "'s ", 'The ', 'A', 'x', ' ',
);
const articles = fc.oneof(
  fc.array(newsy, { maxLength: 80 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 300 }),
);

describe('analyze: properties over any input', () => {
  it('never throws, and every claim and cue indexes the input exactly, in order, without overlap', () => {
    fc.assert(
      fc.property(articles, (text) => {
        const result = analyze(text, registry, { format: 'text' });
        let previousEnd = 0;
        for (const claim of result.claims) {
          expect(text.slice(claim.start, claim.end)).toBe(claim.text);
          expect(claim.start).toBeGreaterThanOrEqual(previousEnd);
          expect(claim.end).toBeGreaterThan(claim.start);
          expect(claim.checkworthiness).toBeGreaterThanOrEqual(0);
          expect(claim.checkworthiness).toBeLessThanOrEqual(1);
          previousEnd = claim.end;
          for (const source of claim.sources) {
            expect(source.cue.start).toBeGreaterThanOrEqual(0);
            expect(source.cue.end).toBeLessThanOrEqual(text.length);
            expect(source.cue.start).toBeLessThan(source.cue.end);
          }
        }
        for (const segment of result.excluded) expect(text.slice(segment.start, segment.end)).toBe(segment.text);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on markup', () => {
    const markup = fc.array(fc.constantFrom('<p>', '</p>', '<div>', '<script>x</script>', '<nav>menu</nav>', 'Reuters said 5 died.', '<h1>T</h1>', '&amp;', '<'), { maxLength: 40 });
    fc.assert(
      fc.property(markup, (parts) => {
        const result = analyze({ html: `<html><body>${parts.join('')}</body></html>` }, registry);
        for (const claim of result.claims) expect(result.text.slice(claim.start, claim.end)).toBe(claim.text);
      }),
      { numRuns: 100 },
    );
  });
});
