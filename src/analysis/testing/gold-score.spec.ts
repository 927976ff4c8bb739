import { f1, scoreArticle, type GoldArticle, type PredictedClaim } from './gold-score.js';

const text = 'Reuters said the talks failed. Officials left. See also: more news';
const gold: GoldArticle = {
  id: 'g',
  text,
  claims: [
    { quote: 'Reuters said the talks failed.', sources: [['Reuters', 'Thomson Reuters']] },
    { quote: 'A sentence the text lost.', sources: [['AP']], via: [['BBC']] },
  ],
  not_claims: ['See also: more news'],
};
const claim = (quote: string, sources: PredictedClaim['sources'] = []): PredictedClaim => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length, text: quote, sources };
};

describe('gold scoring', () => {
  it('counts a gold quote missing from the analysed text as a missed claim with missed sources', () => {
    const score = scoreArticle(gold, text, [claim('Reuters said the talks failed.', [{ name: 'the Reuters', role: 'original' }])]);
    expect(score).toMatchObject({ gold: 2, found: 1, missingQuotes: 1, sources: { tp: 1, fp: 0, fn: 1 }, relays: { tp: 0, fp: 0, fn: 1 } });
    expect(score.misses).toContain('g: quote missing from the analysed text: A sentence the text lost.');
  });

  it('counts a wrong source, a source on an unannotated sentence and noise', () => {
    const score = scoreArticle(gold, text, [
      claim('Reuters said the talks failed.', [{ name: 'AFP', role: 'original' }]),
      claim('Officials left.', [{ name: 'Reuters', role: 'original' }]),
      claim('See also: more news'),
    ]);
    expect(score.sources).toEqual({ tp: 0, fp: 2, fn: 2 });
    expect(score.noise).toBe(1);
    expect(f1(score.sources)).toBe(0);
  });

  it('flags predictions whose text is not the slice at their offsets', () => {
    const score = scoreArticle(gold, text, [{ start: 0, end: 7, text: 'Reuter' }]);
    expect(score.badOffsets).toBe(1);
  });
});
