import { BadRequestException } from '@nestjs/common';
import { refuseNamesDifferingByCase } from './outlet-names.js';

describe('refuseNamesDifferingByCase', () => {
  const message = (names: string[], existing?: string[]) => {
    try {
      refuseNamesDifferingByCase(names, existing);
      return 'accepted';
    } catch (error) {
      return (error as BadRequestException).message;
    }
  };

  it('refuses a name and an alias, or two aliases, that differ only by case', () => {
    expect(message(['Kyiv Post', 'KYIV POST'])).toBe(
      '"Kyiv Post" and "KYIV POST" differ only by case: an outlet\'s name and aliases match without case, so keep one of them',
    );
    expect(message(['Kyiv Post', 'The Post', 'the post '])).toMatch(/^"The Post" and "the post " differ only by case/);
    expect(message(['Café Weekly', 'CAFE\u0301 WEEKLY'])).toMatch(/differ only by case/);
  });

  it('accepts names that differ otherwise, and a pair the outlet already had', () => {
    expect(message(['The Associated Press', 'Associated Press', 'AP News'])).toBe('accepted');
    expect(message(["Japan's Statistics Bureau", "Japan's statistics bureau", 'Stat Bureau'], ["Japan's Statistics Bureau", "Japan's statistics bureau"])).toBe('accepted');
    expect(message(["Japan's Statistics Bureau", "JAPAN'S STATISTICS BUREAU"], ["Japan's Statistics Bureau", "Japan's statistics bureau"])).toMatch(/differ only by case/);
  });
});
