import { cutLongRuns, MAX_TOKEN_RUN } from './tokenize.js';

describe('cutLongRuns', () => {
  it('treats exactly the characters /\\s/ matches as breaking a run', () => {
    const half = 'a'.repeat(MAX_TOKEN_RUN - 40);
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      const text = half + ch + half; // longer than a run only when `ch` does not break it
      const breaks = cutLongRuns(text) === text;
      if (breaks !== /\s/.test(ch)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('cuts a run longer than MAX_TOKEN_RUN with a space, keeping the length', () => {
    const text = 'x'.repeat(MAX_TOKEN_RUN * 2 + 5);
    const cut = cutLongRuns(text);
    expect(cut).toHaveLength(text.length);
    expect(cut.split(' ').every((part) => part.length <= MAX_TOKEN_RUN)).toBe(true);
  });
});
