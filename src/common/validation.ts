import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsUrl, MaxDate, MaxLength, MinDate, NotContains, registerDecorator, ValidateIf, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { hasVisibleText } from './visible-text.js';
import { lookalikeScriptsIn, mixedScriptWordIn } from './lookalike-scripts.js';

// C0 controls other than tab, newline, carriage return and form feed; and
// U+FFFD, which is what invalid UTF-8 bytes become when the body is decoded.
const NON_TEXT = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/;

/**
 * Optional, but never null: an absent field skips its rules, a null one is
 * checked like any other value and fails them. @IsOptional() lets null through,
 * which a PATCH would then write into a NOT NULL column (a 500, not a 400).
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

/**
 * A date a timestamptz column and its parser take: the years 1 to 9999.
 * JavaScript dates reach 271,821 BC and AD 275,760, and their ISO form for
 * year 0 or past 9999 ("+010000-01-01") is not one PostgreSQL parses, so such
 * a date failed the statement (a 500) instead of the request (a 400).
 */
export function IsTimestampInRange(): PropertyDecorator {
  const message = (args: ValidationArguments) => `${args.property} must be between 0001-01-01 and 9999-12-31`;
  return applyDecorators(
    MinDate(new Date('0001-01-01T00:00:00.000Z'), { message }),
    MaxDate(new Date('9999-12-31T23:59:59.999Z'), { message }),
  );
}

/**
 * A query parameter's whole number in decimal digits, as a number; any other
 * value is left as sent, for IsInt to refuse. `@Type(() => Number)` read
 * "0x10" as 16, "1e1" as 10 and an empty `?offset=` as 0, values the OpenAPI
 * document's integer does not admit, so the service answered what a
 * validator expects it to refuse.
 */
export function ToWholeNumber(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value));
}

// The ISO 8601 calendar forms: a date, or a date-time with an optional offset; years of 4 digits or expanded.
const ISO_DATE_TIME = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * `?since=2026-11-29T10:00:00+02:00` typed into a URL: the query string
 * decodes an unescaped "+" as a space, and a valid date-time was refused as
 * "not ISO 8601". A space where only a positive offset can stand is that "+".
 */
const PLUS_READ_AS_SPACE = /(?<=T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?) (\d{2}:\d{2})$/;

const daysIn = (year: number, month: number) =>
  month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/**
 * An ISO 8601 date or date-time as a Date, one without an offset in UTC, as a
 * date alone is: JavaScript reads it in the server's time zone, so the same
 * request stored another instant on a server set to another zone.
 */
export function utcDate(value: string): Date {
  return new Date(/T[^Zz+-]*$/.test(value) ? `${value}Z` : value);
}

/**
 * An ISO 8601 date or date-time string, as a Date; any other value is left as
 * sent, for IsDate to refuse. A plain `new Date(value)` also read a bare
 * number ("1": 2001-01-01, 0: 1970, a Unix time in seconds: January 1970),
 * English or space-separated dates in the server's time zone, and rolled
 * 2024-02-30 over into March, so a mistyped `since` replayed years of
 * deliveries instead of getting a 400. Out-of-range years are left to
 * IsTimestampInRange, which names them. A date-time without an offset is
 * UTC (JavaScript read it in the server's time zone).
 */
export function ToIsoDate(): PropertyDecorator {
  return Transform(({ value: sent }: { value: unknown }) => {
    const value = typeof sent === 'string' ? sent.replace(PLUS_READ_AS_SPACE, '+$1') : sent;
    const parts = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
    if (!parts) return value;
    const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    const date = utcDate(value as string);
    const calendarDay = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
    return calendarDay && !Number.isNaN(date.getTime()) ? date : sent;
  });
}

/**
 * A date string JavaScript's Date reads, as the service does before storing it.
 * IsISO8601 also takes the basic ("20240101"), week ("2024-W01") and ordinal
 * forms, which become an Invalid Date that PostgreSQL refuses (a 500).
 */
export function IsReadableDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isReadableDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        // Presence and form are the other rules' business: absent or non-string passes here.
        validate: (value: unknown) => typeof value !== 'string' || !Number.isNaN(Date.parse(value)),
      },
    });
}

/** A string that has visible content and no binary or mis-encoded bytes. */
export function IsReadableText(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isReadableText',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        // Presence is someone else's rule (ExactlyOneOf, IsOptional): absent passes here.
        validate: (value: unknown) =>
          value === undefined || (typeof value === 'string' && hasVisibleText(value) && !NON_TEXT.test(value)),
        defaultMessage: (args: ValidationArguments) => {
          const value = args.value;
          if (typeof value !== 'string') return `${args.property} must be a string`;
          // Zero-width spaces and other format characters count as whitespace: an article of them has nothing to read.
          if (!hasVisibleText(value)) return `${args.property} must not be empty or whitespace only`;
          return `${args.property} contains control characters or invalid UTF-8 bytes; send text, not binary data`;
        },
      },
    });
}

/** Exactly one of two properties is given (both missing or both present is an error). */
export function ExactlyOneOf(other: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'exactlyOneOf',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      constraints: [other],
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const otherValue = (args.object as Record<string, unknown>)[other];
          return (value === undefined) !== (otherValue === undefined);
        },
        defaultMessage: (args: ValidationArguments) => {
          const both = args.value !== undefined;
          return both
            ? `give either ${args.property} or ${other}, not both`
            : `one of ${args.property} or ${other} is required`;
        },
      },
    });
}

// Characters shown as nothing that no name needs (a soft hyphen, a zero-width space, a word joiner, a
// byte order mark, Hangul and Mongolian fillers, the blank Braille pattern): "Reu\u00adters" listed
// exactly like Reuters, beside it, and matched nothing. The joiners Persian and Indic names need
// (U+200C, U+200D), the marks of right-to-left names and emoji variation selectors pass; normalizeName
// leaves those out of a name's key.
const INVISIBLE_IN_A_NAME_CHARACTERS = '\\u00AD\\u115F\\u1160\\u180E\\u200B\\u2060-\\u2065\\u206A-\\u206F\\u2800\\u3164\\uFEFF\\uFFA0';
const INVISIBLE_IN_A_NAME = new RegExp(`[${INVISIBLE_IN_A_NAME_CHARACTERS}]`);

// Any C0 or C1 control (line breaks, tabs and terminal escapes included), U+FFFD (invalid UTF-8),
// the bidirectional embeddings, overrides and isolates that make text read in another order
// than it is stored ("Trojan Source"; the marks LRM and RLM, which right-to-left names need, pass),
// and the invisible characters above.
const NOT_IN_A_NAME = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F\\uFFFD\\u202A-\\u202E\\u2066-\\u2069${INVISIBLE_IN_A_NAME_CHARACTERS}]`);

/**
 * The rule as a JSON Schema pattern for the OpenAPI document (no `u` flag
 * there, so "visible" is approximated as "not a space"; the service's check
 * is the stricter).
 */
export const ONE_LINE_NAME_PATTERN = (() => {
  const excluded = NOT_IN_A_NAME.source.slice(1, -1);
  return `^[^${excluded}]*[^\\s${excluded}][^${excluded}]*$`;
})();

/** "U+00AD". */
const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function isOneLineName(value: string): boolean {
  return hasVisibleText(value) && !NOT_IN_A_NAME.test(value) && mixedScriptWordIn(value) === undefined;
}

/**
 * A name shown in lists and matched in text (an outlet, an alias, an API
 * key): one line with something visible in it, no word of it mixing
 * look-alike scripts ("Rеuters" with a Cyrillic "е" lists like Reuters and
 * matches nothing), no invisible character inside ("Reu\u00adters").
 * `"Ctrl\nNews"`, a name of zero-width spaces or one that reverses itself with
 * U+202E were stored and shown as they were, in the admin screens and the
 * analyze CLI's table.
 * Works with `{ each: true }` on a list; `subject` names the value in the
 * message ("each alias").
 */
export function IsOneLineName(subject?: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isOneLineName',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || isOneLineName(value),
        defaultMessage: (args: ValidationArguments) => {
          const named = subject ?? args.property;
          // With { each: true } the value is the whole list: the message is about the item that failed.
          const values: unknown[] = options?.each && Array.isArray(args.value) ? args.value : [args.value];
          const failed = values.find((v) => typeof v === 'string' && !isOneLineName(v));
          if (!hasVisibleText(String(failed))) return `${named} must not be blank`;
          const invisible = INVISIBLE_IN_A_NAME.exec(String(failed))?.[0];
          if (invisible !== undefined) {
            return `${named} holds an invisible character (${codePoint(invisible)}: a soft hyphen, a zero-width space ...), which makes it look like another name`;
          }
          const mixed = NOT_IN_A_NAME.test(String(failed)) ? undefined : mixedScriptWordIn(String(failed));
          if (mixed !== undefined) {
            return `${named} mixes letters of ${lookalikeScriptsIn(mixed).join(' and ')} in one word ("${mixed}"), which makes it look like another name`;
          }
          return `${named} must be one line of text, without control characters (line breaks, tabs, escapes) or direction overrides`;
        },
      },
    });
}

/**
 * Free text (a note, a quote, a reason, a description): any length of it,
 * line breaks and tabs included, but no binary control characters or bytes
 * that were not UTF-8, as article text and titles already refuse. A note
 * carrying a terminal escape or a BEL was stored and printed as sent, in the
 * Markdown report too. Presence and emptiness are other rules' business.
 */
export function IsPlainText(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPlainText',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !NON_TEXT.test(value),
        defaultMessage: (args: ValidationArguments) =>
          `${args.property} contains control characters or invalid UTF-8 bytes; send text, not binary data`,
      },
    });
}

/**
 * An absolute http(s) address a person may follow (an article's page, a
 * piece of evidence). No backslash: browsers read "http://a.example\@b.example"
 * as a path on a.example, other URL parsers (a newsroom's, a webhook
 * receiver's) as the host b.example, so the link a reviewer checked could
 * lead a reader elsewhere.
 */
export function IsHttpUrl(property: string): PropertyDecorator {
  return applyDecorators(
    IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: `${property} must be an absolute http(s) URL` }),
    NotContains('\\', { message: `${property} must not contain a backslash (write / in a path, %5C for a backslash itself)` }),
    MaxLength(2048),
  );
}
