import { PasswordHasher } from './password-hasher.js';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id and a fresh salt each time', async () => {
    const a = await hasher.hash('correct horse battery');
    const b = await hasher.hash('correct horse battery');
    expect(a).toMatch(/^\$argon2id\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct horse battery');
  });

  it('verifies the right password only', async () => {
    const stored = await hasher.hash('correct horse battery');
    await expect(hasher.verify(stored, 'correct horse battery')).resolves.toBe(true);
    await expect(hasher.verify(stored, 'Correct horse battery')).resolves.toBe(false);
  });

  it('treats a malformed stored hash as a wrong password', async () => {
    await expect(hasher.verify('not-a-hash', 'whatever')).resolves.toBe(false);
  });

  it('spends an Argon2 verification on unknown accounts and always fails', async () => {
    await expect(hasher.verifyDummy('claimtrail-dummy-password-for-timing')).resolves.toBe(false);
  });
});

describe('PasswordHasher and Unicode', () => {
  const hasher = new PasswordHasher();
  const composed = 'Grüße-aus-Köln-2026'.normalize('NFC');
  const decomposed = composed.normalize('NFD');

  it('accepts a password set in one Unicode form and typed in another', async () => {
    expect(composed).not.toBe(decomposed);
    expect(await hasher.verify(await hasher.hash(composed), decomposed)).toBe(true);
    expect(await hasher.verify(await hasher.hash(decomposed), composed)).toBe(true);
    expect(await hasher.verify(await hasher.hash('ＡＢＣ-full-width-pw'), 'ABC-full-width-pw')).toBe(true);
  });

  it('still accepts a hash made from the text as typed, before normalisation', async () => {
    const { hash } = await import('argon2');
    expect(await hasher.verify(await hash(decomposed), decomposed)).toBe(true);
    expect(await hasher.verify(await hash(decomposed), 'Gruesse-aus-Koeln-2026')).toBe(false);
  });
});
