import { domainToUnicode } from 'node:url';

/**
 * The one spelling of an address: trimmed, lower-case, in Unicode NFC, its
 * domain in Unicode. An "ä" typed as "a" plus a combining diaeresis (NFD, as
 * some keyboards and scripts send it) made a second account that lists
 * exactly like the first, and its owner could not sign in from a browser that
 * sends the composed "ä"; a domain written in its ASCII form
 * ("xn--exmple-cua.org" for "exämple.org") made a second account for the
 * same mailbox, and hid the letters of a look-alike domain from the checks
 * of CreateUserDto. A domain that is not valid punycode is kept as written.
 */
export function normalizeEmail(email: string): string {
  const address = email.trim().normalize('NFC').toLowerCase();
  const at = address.lastIndexOf('@');
  const domain = address.slice(at + 1);
  if (at < 0 || !/(^|\.)xn--/.test(domain)) return address;
  const unicode = domainToUnicode(domain);
  return unicode ? `${address.slice(0, at + 1)}${unicode.normalize('NFC')}` : address;
}
