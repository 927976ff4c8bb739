import {
  BadRequestException,
  ParseUUIDPipe,
  ValidationPipe,
  type ArgumentMetadata,
  type ValidationError,
} from '@nestjs/common';

// Rules that speak for a missing value themselves ("one of text or html is required").
const OWN_MISSING_MESSAGE = new Set(['exactlyOneOf']);

// Rules about what kind of value a field holds: when one fails, it is the
// message to give, whatever length or range rule also failed on the value.
const KIND_RULES = [
  'isString', 'isInt', 'isNumber', 'isNumberString', 'isBoolean', 'isArray', 'isObject', 'isUUID', 'isUrl', 'isEmail',
  'isISO8601', 'isDateString', 'isDate', 'isEnum', 'isIn', 'whitelistValidation',
];

// Rules about a string's form: one that is too long fails them too (isURL gives up past 2,083
// characters), and "must be an absolute http(s) URL" misled about a URL that only was too long.
const FORM_RULES = new Set(['isUrl', 'isEmail', 'isUUID', 'isISO8601', 'isDateString']);
const LENGTH_RULES = ['maxLength', 'isLength'];

const SCALAR_RULES = new Set(KIND_RULES.filter((rule) => rule !== 'isArray' && rule !== 'isObject' && rule !== 'whitelistValidation'));

/** One message per field: what is wrong with it, not every rule its value broke. */
function messageFor(error: ValidationError, path: string): string | null {
  const constraints = error.constraints ?? {};
  const names = Object.keys(constraints);
  if (names.length === 0) return null;
  if (!names.some((c) => OWN_MISSING_MESSAGE.has(c))) {
    // A missing required field fails every rule on it; say what is wrong, not which rule ran first.
    if (error.value === undefined) return `${path} is required`;
    if (error.value === null) return `${path} must not be null`;
  }
  const kind = KIND_RULES.find((rule) => rule in constraints) ?? names[0];
  const tooLong = typeof error.value === 'string' && FORM_RULES.has(kind) ? LENGTH_RULES.find((rule) => rule in constraints) : undefined;
  const name = tooLong ?? kind;
  // class-validator says "property extra should not exist" wherever it is: a nested one names its path.
  if (name === 'whitelistValidation') return `property ${path} should not exist`;
  const message = constraints[name];
  // A repeated query parameter (?q=a&q=b), or a list where one value is expected: a scalar rule's own
  // message ("q must be a string", "status must be one of: ..."), not one of a rule on each item ("each value in ...",
  // "each scope must be one of: ...") or another custom one.
  if (Array.isArray(error.value) && SCALAR_RULES.has(name) && /^\S+ must be (an? |one of)/.test(message)) return `${path} must be a single value, not a list`;
  // class-validator names the leaf property; prefix nested paths so the field is unambiguous.
  return path !== error.property && message.startsWith(error.property) ? `${path.slice(0, -error.property.length)}${message}` : message;
}

/**
 * A field's path the one way every refusal spells it (the body checks and the
 * corrected-chain checks too): members after dots, list items in brackets,
 * `evidence[1].quote`, `sources[0].cue.start`. class-validator names a list
 * item by its index as if it were a member ("evidence.1.quote").
 */
function childPath(parent: { path: string; value: unknown } | null, property: string): string {
  if (!parent) return property;
  return Array.isArray(parent.value) ? `${parent.path}[${property}]` : `${parent.path}.${property}`;
}

function flatten(errors: ValidationError[], parent: { path: string; value: unknown } | null = null): string[] {
  return errors.flatMap((error) => {
    const path = childPath(parent, error.property);
    const own = messageFor(error, path);
    // A value of the wrong kind (a string where a list of objects belongs) is the one thing to say:
    // ValidateNested's remarks on its items ("each value in nested property ...") add nothing.
    const wrongKind = KIND_RULES.some((rule) => rule in (error.constraints ?? {}));
    return [...(own ? [own] : []), ...(wrongKind ? [] : flatten(error.children ?? [], { path, value: error.value }))];
  });
}

/** ValidationPipe that also refuses a JSON body that is not an object (an array, a string, null). */
class BodyValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new BadRequestException('request body must be a JSON object');
    }
    return super.transform(value, metadata);
  }
}

/**
 * Whitelist + forbid unknown fields, transform to DTO classes, and one 400
 * message that names every bad field.
 */
export function createValidationPipe(): ValidationPipe {
  return new BodyValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // Every rule runs, so that the message can be the one about the value's kind (messageFor).
    stopAtFirstError: false,
    // The value is kept to tell a missing field from a wrong one; messages never include it.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => new BadRequestException(flatten(errors).join('; ') || 'invalid request'),
  });
}

/** `@Param('id', uuidParam('id'))`: a 400 that names the parameter instead of Nest's generic text. */
export function uuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException(`${name} must be a UUID`) });
}
