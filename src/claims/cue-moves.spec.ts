import { movedCue } from './cue-moves.js';

describe('movedCue', () => {
  const before = 'Reuters said grain rose. It rose by a tenth.';
  const claim = { start: 25, end: 44 }; // "It rose by a tenth."
  const cue = { start: 0, end: 7 }; // "Reuters", in the sentence before

  it('moves a cue inside its claim with the claim', () => {
    expect(movedCue({ start: 28, end: 32 }, { before: claim, delta: 5 }, before, `Now. ${before}`)).toEqual({ start: 33, end: 37 });
  });

  it('moves a cue before its claim with it when the text between moved unchanged', () => {
    const after = `Update. ${before}`;
    expect(movedCue(cue, { before: claim, delta: 8 }, before, after)).toEqual({ start: 8, end: 15 });
  });

  it('leaves a cue where it was when a sentence came between it and its claim', () => {
    const after = 'Reuters said grain rose. Officials agreed. It rose by a tenth.';
    expect(movedCue(cue, { before: claim, delta: 18 }, before, after)).toEqual(cue);
  });

  it('cannot place a cue whose words are gone', () => {
    expect(movedCue(cue, { before: claim, delta: -25 }, before, 'It rose by a tenth.')).toBeNull();
  });
});
