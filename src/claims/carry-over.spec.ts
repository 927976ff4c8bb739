import { carryOver } from './carry-over.js';

describe('carryOver', () => {
  const standing = [
    { id: 'a', fingerprint: 'f-a', ordinal: 0 },
    { id: 'b', fingerprint: 'f-b', ordinal: 1 },
    { id: 'c', fingerprint: 'f-c', ordinal: 2 },
  ];

  it('keeps unchanged claims wherever they moved, finds new ones and the ones that are gone', () => {
    expect(carryOver(standing, ['f-new', 'f-c', 'f-a'])).toEqual({ continues: [null, 'c', 'a'], removed: ['b'] });
  });

  it('pairs repeated texts in reading order, each standing claim at most once', () => {
    const twice = [
      { id: 'x2', fingerprint: 'f-x', ordinal: 3 },
      { id: 'x1', fingerprint: 'f-x', ordinal: 1 },
    ];
    expect(carryOver(twice, ['f-x'])).toEqual({ continues: ['x1'], removed: ['x2'] });
    expect(carryOver(twice, ['f-x', 'f-x', 'f-x'])).toEqual({ continues: ['x1', 'x2', null], removed: [] });
  });

  // A revision that dropped one copy of a repeated sentence withdrew the graded (even published) copy
  // and kept its ungraded twin, so the sentence started review over and left ClaimReview.
  it('keeps the copy someone graded when a revision drops one of two copies of a sentence', () => {
    const twice = [
      { id: 'x1', fingerprint: 'f-x', ordinal: 0, reviewed: false },
      { id: 'x2', fingerprint: 'f-x', ordinal: 2, reviewed: true },
    ];
    expect(carryOver(twice, ['f-x'])).toEqual({ continues: ['x2'], removed: ['x1'] });
    expect(carryOver(twice, ['f-x', 'f-x'])).toEqual({ continues: ['x2', 'x1'], removed: [] });
  });

  it('is everything new on a first analysis, and everything removed when no claim is left', () => {
    expect(carryOver([], ['f-a', 'f-b'])).toEqual({ continues: [null, null], removed: [] });
    expect(carryOver(standing, [])).toEqual({ continues: [], removed: ['a', 'b', 'c'] });
  });
});
