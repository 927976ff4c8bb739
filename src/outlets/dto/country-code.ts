import { ValidateBy, isISO31661Alpha2, type ValidationOptions } from 'class-validator';

/** Codes an outlet may carry besides the assigned ISO 3166-1 alpha-2 ones. */
const EXTRA_CODES = new Set([
  // International bodies (the UN, NATO, the wires' world desks): no one country.
  'INT',
  // Kosovo: user-assigned in ISO 3166, and the code the EU, the IMF and the wires use.
  'XK',
]);

/** The shape of a country code, for the OpenAPI document; isCountryCode also checks that it is assigned. */
export const COUNTRY_CODE_PATTERN = '^([A-Z]{2}|INT)$';

/**
 * An assigned ISO 3166-1 alpha-2 code in capitals, or one of EXTRA_CODES.
 * Two capitals were enough before, so "ZZ" or "UK" (the United Kingdom is
 * GB) was stored, and the outlet then matched no country filter.
 */
export function isCountryCode(value: unknown): boolean {
  return typeof value === 'string' && (EXTRA_CODES.has(value) || (/^[A-Z]{2}$/.test(value) && isISO31661Alpha2(value)));
}

export const COUNTRY_CODE_RULE = 'an assigned ISO 3166-1 alpha-2 code in capitals (e.g. US; GB for the United Kingdom), XK for Kosovo, or INT for international bodies';

export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCountryCode',
      validator: {
        validate: (value: unknown) => isCountryCode(value),
        defaultMessage: (args) => `${args?.property} must be ${COUNTRY_CODE_RULE}`,
      },
    },
    options,
  );
}
