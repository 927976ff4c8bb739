import { BadRequestException } from '@nestjs/common';
import { refuseRepeatedLabels, type OutletLabels } from './outlet-names.js';

describe('refuseRepeatedLabels', () => {
  const none: OutletLabels = { names: [], abbreviations: [], domains: [] };
  const message = (next: Partial<OutletLabels>, had?: Partial<OutletLabels>) => {
    try {
      refuseRepeatedLabels({ ...none, ...next }, had && { ...none, ...had });
      return 'accepted';
    } catch (error) {
      return (error as BadRequestException).message;
    }
  };

  it('refuses a name and an alias, or two aliases, that differ only by case', () => {
    expect(message({ names: ['Kyiv Post', 'KYIV POST'] })).toBe(
      '"Kyiv Post" and "KYIV POST" differ only by case: an outlet\'s name and aliases match without case, so keep one of them',
    );
    expect(message({ names: ['Kyiv Post', 'The Post', 'the post '] })).toMatch(/^"The Post" and "the post " differ only by case/);
    expect(message({ names: ['Café Weekly', 'CAFE\u0301 WEEKLY'] })).toMatch(/differ only by case/);
  });

  it('says so when the very same name, abbreviation or domain is given twice', () => {
    expect(message({ names: ['Alias One', 'Alias One'] })).toBe('the name "Alias One" is given twice among the outlet\'s name and aliases');
    expect(message({ abbreviations: ['DA', 'DA'] })).toBe('the abbreviation "DA" is given twice');
    expect(message({ domains: ['dup.example', 'DUP.example.'] })).toBe('the domain "DUP.example." is given twice (domains compare without case or a leading www.)');
    // A site's www host is its publisher's domain (www.com, a domain of its own, keeps its www).
    expect(message({ domains: ['reuters.com', 'WWW.Reuters.com'] })).toBe('the domain "WWW.Reuters.com" is given twice (domains compare without case or a leading www.)');
    expect(message({ domains: ['www.com', 'com'] })).toBe('accepted');
    // An internationalised domain and its ASCII form are one DNS name.
    expect(message({ domains: ['bücher.example', 'xn--bcher-kva.example'] })).toBe('the domain "xn--bcher-kva.example" is given twice (domains compare without case or a leading www.)');
    expect(message({ domains: ['XN--BCHER-KVA.example', 'BÜCHER.example'] })).toMatch(/^the domain "BÜCHER.example" is given twice/);
  });

  it('accepts names that differ otherwise, abbreviations differing by case, and a repeat the outlet already had', () => {
    expect(message({ names: ['The Associated Press', 'Associated Press', 'AP News'], abbreviations: ['AP', 'Ap'], domains: ['apnews.com', 'ap.org'] })).toBe('accepted');
    const had = { names: ["Japan's Statistics Bureau", "Japan's statistics bureau"] };
    expect(message({ names: [...had.names, 'Stat Bureau'] }, had)).toBe('accepted');
    expect(message({ names: ["Japan's Statistics Bureau", "JAPAN'S STATISTICS BUREAU"] }, had)).toMatch(/differ only by case/);
  });

  // The outlet's own name sent again as an alias passed: the alias was new, but the value was one the
  // outlet had (its name), so the repeat counted as one it already had, and the registry listed the name twice.
  it('refuses a value the outlet had once given twice: its name sent as an alias too, an abbreviation or domain again', () => {
    expect(message({ names: ['Probe Daily', 'Probe Daily'] }, { names: ['Probe Daily'] })).toBe('the name "Probe Daily" is given twice among the outlet\'s name and aliases');
    expect(message({ abbreviations: ['PD', 'PD'] }, { abbreviations: ['PD'] })).toBe('the abbreviation "PD" is given twice');
    expect(message({ domains: ['pd.example', 'pd.example'] }, { domains: ['pd.example'] })).toMatch(/^the domain "pd.example" is given twice/);
    expect(message({ names: ['Probe Daily', 'Probe Daily'] }, { names: ['Probe Daily', 'Probe Daily'] })).toBe('accepted');
  });
});
