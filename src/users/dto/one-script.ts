import { ValidateBy, type ValidationOptions } from 'class-validator';
import { lookalikeScriptsIn } from '../../common/lookalike-scripts.js';

/**
 * An address whose letters come from one script: "admin@exаmple.org" with a
 * Cyrillic "а" is a different account that lists exactly like the real one.
 */
export function IsOneScript(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isOneScript',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || lookalikeScriptsIn(value).length <= 1,
        defaultMessage: (args) =>
          `${args?.property} mixes letters of ${lookalikeScriptsIn(String(args?.value)).join(' and ')}, which makes it look like another address`,
      },
    },
    options,
  );
}

// Format characters draw nothing: a zero-width space, a direction override (which shows the address
// reversed), a soft hyphen, a word joiner. Nor does the blank Braille pattern, a symbol that shows
// as a space ("rev\u2800@example.org" listed as a second "rev@example.org"); the Hangul fillers, the
// other letters drawn as nothing, are variant forms (HasNoCompatibilityForm).
const INVISIBLE = /[\p{Cf}\u2800]/u;

/**
 * An address with no invisible character in it: "ev\u200bil@example.org" is another account that
 * lists exactly like "evil@example.org", as a look-alike letter makes one.
 */
export function HasNoInvisibleCharacter(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'hasNoInvisibleCharacter',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !INVISIBLE.test(value),
        defaultMessage: (args) =>
          `${args?.property} holds an invisible character (a zero-width space, a direction override, a soft hyphen ...), which makes it look like another address`,
      },
    },
    options,
  );
}

/**
 * An address with no compatibility form of a character: "ａdmin@example.org" with a fullwidth "ａ"
 * (a Latin letter, so one script) is another account that lists like "admin@example.org"; so do
 * ligatures ("ﬁ"), superscripts and circled or mathematical letters. NFKC folds each to the
 * character it stands for, so an address it changes holds one.
 */
export function HasNoCompatibilityForm(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'hasNoCompatibilityForm',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || value.normalize('NFKC') === value.normalize('NFC'),
        defaultMessage: (args) =>
          `${args?.property} holds a variant form of a character (a fullwidth letter, a ligature, a superscript ...), which makes it look like another address`,
      },
    },
    options,
  );
}
