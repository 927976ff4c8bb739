import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength, registerDecorator } from 'class-validator';

export const PASSWORD_MIN_LENGTH = 12;
// Argon2 accepts long inputs, but an unbounded one is a cheap CPU attack.
export const PASSWORD_MAX_LENGTH = 256;
/**
 * Twelve spaces, twelve times the same letter or "abababababab" are the
 * length asked for and guessed at once: NIST SP 800-63B has verifiers refuse
 * repetitive passwords. Five different characters still admits any
 * passphrase a person would choose.
 */
export const PASSWORD_MIN_DISTINCT = 5;

// Counted as the password is hashed and compared (PasswordHasher: NFKC), where "ａ" is "a": counted as
// typed, "aａbｂcｃaａbｂcｃ" had six different characters and was stored as "aabbccaabbcc", three.
const distinctCharacters = (value: string) => new Set(value.normalize('NFKC')).size;

/** A password being set (a new account's, a changed or reset one): the policy above, each rule named in its message. */
export function IsNewPassword(name: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({
      minLength: PASSWORD_MIN_LENGTH,
      maxLength: PASSWORD_MAX_LENGTH,
      format: 'password',
      writeOnly: true,
      description: `At least ${PASSWORD_MIN_LENGTH} characters, ${PASSWORD_MIN_DISTINCT} of them different`,
    }),
    IsString({ message: `${name} must be a string` }),
    MinLength(PASSWORD_MIN_LENGTH, { message: `${name} must be at least ${PASSWORD_MIN_LENGTH} characters` }),
    IsLongEnoughAsRead(name),
    MaxLength(PASSWORD_MAX_LENGTH, { message: `${name} must be at most ${PASSWORD_MAX_LENGTH} characters` }),
    HasVariedCharacters(name),
  );
}

/**
 * The length asked for, counted as the password is hashed and compared (NFKC), where a letter and its
 * combining accent are one letter: "a\u0301e\u0301i\u0301o\u0301u\u0301y\u0301" was twelve characters as
 * typed and is "áéíóúý", six. A password shorter as typed is MinLength's to name.
 */
function IsLongEnoughAsRead(name: string): PropertyDecorator {
  return passwordRule(
    'isLongEnoughAsRead',
    (value) => [...value].length < PASSWORD_MIN_LENGTH || [...value.normalize('NFKC')].length >= PASSWORD_MIN_LENGTH,
    `${name} must be at least ${PASSWORD_MIN_LENGTH} characters (a letter and its accent count as one)`,
  );
}

function HasVariedCharacters(name: string): PropertyDecorator {
  return passwordRule(
    'hasVariedCharacters',
    (value) => distinctCharacters(value) >= PASSWORD_MIN_DISTINCT,
    `${name} must use at least ${PASSWORD_MIN_DISTINCT} different characters: a repeated one is guessed at once`,
  );
}

/** A rule of the password's own: a value that is no string is IsString's to name. */
function passwordRule(name: string, holds: (value: string) => boolean, message: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      validator: { validate: (value: unknown) => typeof value !== 'string' || holds(value), defaultMessage: () => message },
    });
}
