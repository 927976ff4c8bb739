import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateUserDto } from './dto/create-user.dto.js';
import { lookalikeScriptsIn } from '../common/lookalike-scripts.js';
import { normalizeEmail } from './normalize-email.js';

describe('normalizeEmail', () => {
  it('gives one spelling to an address however its accents were typed', () => {
    const composed = 'j\u00e4ger@example.org'; // "ä" as one code point (NFC)
    const decomposed = 'ja\u0308ger@example.org'; // "a" + combining diaeresis (NFD): looks the same
    expect(normalizeEmail(decomposed)).toBe(composed);
    expect(normalizeEmail(' JA\u0308GER@Example.org ')).toBe(composed);
    expect(normalizeEmail(composed)).toBe(composed);
  });

  it('gives one spelling to a domain written in Unicode or in its ASCII (punycode) form', () => {
    expect(normalizeEmail('Admin@XN--EXMPLE-CUA.org')).toBe('admin@ex\u00e4mple.org');
    expect(normalizeEmail('admin@mail.xn--exmple-cua.org')).toBe('admin@mail.ex\u00e4mple.org');
    expect(normalizeEmail('admin@ex\u00e4mple.org')).toBe('admin@ex\u00e4mple.org');
    // Not valid punycode, or no domain: kept as written, for the address checks to judge.
    expect(normalizeEmail('admin@xn--zz.org')).toBe('admin@xn--zz.org');
    expect(normalizeEmail('xn--exmple-cua')).toBe('xn--exmple-cua');
    // "xn--" inside a local part is not a domain.
    expect(normalizeEmail('xn--exmple-cua@example.org')).toBe('xn--exmple-cua@example.org');
  });
});

describe('a new account address', () => {
  const problems = (email: string) =>
    validateSync(plainToInstance(CreateUserDto, { email, password: 'long-enough-password', role: 'reviewer' })).flatMap((e) => Object.values(e.constraints ?? {}));

  it('refuses letters of look-alike scripts mixed in one address (a homoglyph of another account)', () => {
    expect(problems('admin@ex\u0430mple.org')).toEqual(['email mixes letters of Latin and Cyrillic, which makes it look like another address']);
    expect(problems('\u03bflga@example.org')).toEqual(['email mixes letters of Latin and Greek, which makes it look like another address']);
  });

  it('refuses a look-alike domain written in its ASCII form, whose letters are checked once spelt in Unicode', () => {
    // "xn--exmple-4nf.org" is "exаmple.org" with a Cyrillic "а": every character of it is ASCII.
    expect(problems('admin@xn--exmple-4nf.org')).toEqual(['email mixes letters of Latin and Cyrillic, which makes it look like another address']);
    expect(problems('admin@xn--exmple-cua.org')).toEqual([]);
  });

  it('refuses invisible characters in an address (zero-width spaces, direction overrides): it lists like another', () => {
    const invisible = 'email holds an invisible character (a zero-width space, a direction override, a soft hyphen ...), which makes it look like another address';
    expect(problems('ev\u200bil@example.org')).toEqual([invisible]);
    expect(problems('\u202eevil@example.org')).toEqual([invisible]);
    expect(problems('ad\u00admin@example.org')).toEqual([invisible]);
    expect(problems('admin\u2060@example.org')).toEqual([invisible]);
    expect(problems('admin\u2800@example.org')).toEqual([invisible]);
  });

  it('refuses variant forms of characters (fullwidth letters, ligatures): Latin throughout, yet it lists like another', () => {
    const variant = 'email holds a variant form of a character (a fullwidth letter, a ligature, a superscript ...), which makes it look like another address';
    expect(problems('\uff41dmin@example.org')).toEqual([variant]);
    expect(problems('o\ufb03ce@example.org')).toEqual([variant]);
    expect(problems('admin\u00b2@example.org')).toEqual([variant]);
  });

  it('accepts an address in one script, accents included', () => {
    expect(problems('j\u00e4ger@example.org')).toEqual([]);
    expect(problems('\u0438\u0432\u0430\u043d@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444')).toEqual([]);
    expect(lookalikeScriptsIn('checker@example.org')).toEqual(['Latin']);
    // Pasted with spaces around it: sign-in trims them, so creation does too.
    expect(problems(' checker@example.org ')).toEqual([]);
  });
});
