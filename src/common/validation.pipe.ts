import {
  BadRequestException,
  ParseUUIDPipe,
  ValidationPipe,
  type ArgumentMetadata,
  type ValidationError,
} from '@nestjs/common';

// Rules that speak for a missing value themselves ("one of text or html is required").
const OWN_MISSING_MESSAGE = new Set(['exactlyOneOf']);

function flatten(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const constraints = Object.keys(error.constraints ?? {});
    // A missing required field fails every rule on it; say what is wrong, not which rule ran first.
    if (error.value === undefined && constraints.length > 0 && !constraints.some((c) => OWN_MISSING_MESSAGE.has(c))) {
      return [`${path} is required`];
    }
    const own = Object.values(error.constraints ?? {}).map((message) =>
      // class-validator names the leaf property; prefix nested paths so the field is unambiguous.
      parent && message.startsWith(error.property) ? `${parent}.${message}` : message,
    );
    return [...own, ...flatten(error.children ?? [], path)];
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
    stopAtFirstError: true,
    // The value is kept to tell a missing field from a wrong one; messages never include it.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => new BadRequestException(flatten(errors).join('; ') || 'invalid request'),
  });
}

/** `@Param('id', uuidParam('id'))`: a 400 that names the parameter instead of Nest's generic text. */
export function uuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException(`${name} must be a UUID`) });
}
