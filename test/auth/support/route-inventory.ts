import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';

export interface RouteRef {
  method: string;
  /** Full path as Fastify serves it, e.g. `/v1/users/:id/deactivate`. */
  path: string;
}

/**
 * Every route of every controller, read from the same metadata Nest's router
 * uses, so a route added anywhere in the app shows up here without anyone
 * remembering to list it. (The Swagger document would miss @ApiExclude routes.)
 */
export function controllerRoutes(app: INestApplication): RouteRef[] {
  const prefix = globalPrefix(app);
  const routes: RouteRef[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!controller?.prototype) continue;
      const base = asArray(Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined);
      for (const name of methodNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        const method = Reflect.getMetadata(METHOD_METADATA, handler as object) as RequestMethod | undefined;
        if (method === undefined) continue;
        const paths = asArray(Reflect.getMetadata(PATH_METADATA, handler as object) as string | string[] | undefined);
        for (const b of base) for (const p of paths) routes.push({ method: RequestMethod[method]!, path: join(prefix, b, p) });
      }
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

function globalPrefix(app: INestApplication): string {
  const config = (app as unknown as { config?: { getGlobalPrefix?: () => string } }).config;
  return config?.getGlobalPrefix?.() ?? '';
}

function asArray(value: string | string[] | undefined): string[] {
  if (value === undefined) return ['/'];
  return Array.isArray(value) ? value : [value];
}

function methodNames(prototype: object): string[] {
  const names = new Set<string>();
  for (let p = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const name of Object.getOwnPropertyNames(p)) if (name !== 'constructor') names.add(name);
  }
  return [...names];
}

function join(...parts: string[]): string {
  const path = parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/');
  return `/${path}`;
}
