import { ParseUUIDPipe, type INestApplication } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { ONE_LINE_NAME_PATTERN } from '../common/validation.js';
import { COUNTRY_CODE_PATTERN } from '../outlets/dto/country-code.js';

type Schema = Record<string, unknown>;
type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];
type Schemas = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>;

/**
 * A class-validator rule as the JSON Schema keywords that say the same, or
 * none when it has no such form (a custom rule, a regular expression with
 * flags). Only shape rules: what the service checks after the shape (a
 * stage's required grade) stays in the descriptions.
 */
function keywordsOf(rule: ValidationMetadata, type: unknown): Schema {
  const [first, second] = (rule.constraints ?? []) as unknown[];
  switch (rule.name) {
    case 'isLength':
      return { minLength: first, ...(second === undefined ? {} : { maxLength: second }) };
    case 'minLength':
      return { minLength: first };
    case 'maxLength':
      return { maxLength: first };
    case 'isNotEmpty':
      return type === 'string' ? { minLength: 1 } : {};
    case 'matches':
      if (first instanceof RegExp) return first.flags ? {} : { pattern: first.source };
      return typeof first === 'string' && !second ? { pattern: first } : {};
    case 'isOneLineName':
      return { pattern: ONE_LINE_NAME_PATTERN };
    case 'isCountryCode':
      return { pattern: COUNTRY_CODE_PATTERN };
    case 'arrayMinSize':
      return { minItems: first };
    case 'arrayNotEmpty':
      return { minItems: 1 };
    case 'arrayMaxSize':
      return { maxItems: first };
    case 'arrayUnique':
      return { uniqueItems: true };
    case 'min':
      return { minimum: first };
    case 'max':
      return { maximum: first };
    default:
      return {};
  }
}

type Class = abstract new (...args: never[]) => unknown;

/**
 * The classes to look at: those class-validator holds rules for (its storage
 * keeps them by class, privately), and the controllers' parameter types, for
 * a DTO that only inherits its rules (`class ReviseArticleDto extends OmitType(...)`).
 */
function validatedClasses(app: INestApplication): Class[] {
  const storage = getMetadataStorage() as unknown as { validationMetadatas?: unknown };
  const held = storage.validationMetadatas instanceof Map ? [...(storage.validationMetadatas as Map<unknown, unknown>).keys()] : [];
  const parameters: unknown[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      const prototype = (metatype as { prototype?: object } | null)?.prototype;
      if (!prototype) continue;
      for (const method of Object.getOwnPropertyNames(prototype)) {
        parameters.push(...((Reflect.getMetadata('design:paramtypes', prototype, method) as unknown[] | undefined) ?? []));
      }
    }
  }
  return [...new Set([...held, ...parameters])].filter((k): k is Class => typeof k === 'function');
}

/**
 * Writes the request DTOs' length, pattern, list-size and range rules into
 * their schemas, where @ApiProperty did not already say them. Documented as
 * any string, an empty title, a 300-character slug or a list of the same
 * webhook event twice were valid requests by the document that the service
 * refused with 400; a validator or a generated client took the document's word.
 */
export function documentValidationRules(app: INestApplication, schemas: Schemas): Schemas {
  const storage = getMetadataStorage();
  for (const dto of validatedClasses(app)) {
    const schema = schemas[dto.name] as { properties?: Record<string, Schema> } | undefined;
    if (!schema?.properties) continue;
    for (const rule of storage.getTargetValidationMetadatas(dto, '', true, false)) {
      const property = schema.properties[rule.propertyName];
      if (!property || '$ref' in property) continue;
      const items = property['items'] as Schema | undefined;
      const target = rule.each ? (items && !('$ref' in items) ? items : undefined) : property;
      if (!target) continue;
      for (const [keyword, value] of Object.entries(keywordsOf(rule, target['type']))) target[keyword] ??= value;
    }
  }
  return schemas;
}

/**
 * The names of the path parameters the controllers parse with ParseUUIDPipe
 * (`uuidParam`), and of those they take as they come; a name in both is
 * left out (the document could not say which route means which).
 */
function uuidPathParameters(app: INestApplication): Set<string> {
  const uuid = new Set<string>();
  const other = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      const controller = metatype as { prototype?: object } | null;
      if (!controller?.prototype) continue;
      for (const method of Object.getOwnPropertyNames(controller.prototype)) {
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, { data?: unknown; pipes?: unknown[] }>;
        for (const [key, arg] of Object.entries(args)) {
          if (key.split(':')[0] !== String(RouteParamtypes.PARAM) || typeof arg.data !== 'string') continue;
          (arg.pipes?.some((pipe) => pipe instanceof ParseUUIDPipe) ? uuid : other).add(arg.data);
        }
      }
    }
  }
  return new Set([...uuid].filter((name) => !other.has(name)));
}

/**
 * Path parameters the service requires to be UUIDs (400 otherwise) say
 * `format: uuid`: documented as any string, `/v1/articles/latest` was a
 * valid request by the document, and a generated client or a request
 * validator could not tell an id from a slug.
 */
export function documentUuidPathParameters(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  const names = uuidPathParameters(app);
  for (const item of Object.values(document.paths)) {
    for (const operation of [item.get, item.put, item.post, item.delete, item.patch]) {
      for (const parameter of operation?.parameters ?? []) {
        if ('$ref' in parameter || parameter.in !== 'path' || !names.has(parameter.name)) continue;
        const schema = parameter.schema as { format?: string } | undefined;
        parameter.schema = { ...schema, type: 'string', format: 'uuid' };
      }
    }
  }
  return document;
}
