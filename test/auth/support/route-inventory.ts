import { RequestMethod, type DynamicModule, type Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';

export interface RouteRef {
  method: string;
  /** Full path as Fastify serves it, e.g. `/v1/users/:id/deactivate`. */
  path: string;
}

type ModuleRef = Type<unknown> | DynamicModule | Promise<DynamicModule> | { forwardRef: () => ModuleRef };

/**
 * Every route of every controller reachable from the root module, read from
 * the same metadata Nest's router uses, without booting anything. A route
 * added anywhere in the app shows up here without anyone remembering to list
 * it (the Swagger document would miss @ApiExclude routes).
 */
export async function controllerRoutes(root: ModuleRef, globalPrefix = ''): Promise<RouteRef[]> {
  const controllers = new Set<Type<unknown>>();
  const seen = new Set<unknown>();
  const visit = async (ref: ModuleRef | undefined): Promise<void> => {
    if (!ref) return;
    const resolved = await resolveRef(ref);
    if (seen.has(resolved)) return;
    seen.add(resolved);
    const cls = 'module' in resolved ? resolved.module : resolved;
    const dynamic = 'module' in resolved ? resolved : undefined;
    const own = (Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, cls) ?? []) as Type<unknown>[];
    for (const c of [...own, ...(dynamic?.controllers ?? [])]) controllers.add(c);
    const imports = (Reflect.getMetadata(MODULE_METADATA.IMPORTS, cls) ?? []) as ModuleRef[];
    for (const i of [...imports, ...((dynamic?.imports ?? []) as ModuleRef[])]) await visit(i);
  };
  await visit(root);

  const routes: RouteRef[] = [];
  for (const controller of controllers) {
    const bases = asArray(Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined);
    for (const name of methodNames(controller.prototype as object)) {
      const handler = (controller.prototype as Record<string, object>)[name];
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const paths = asArray(Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined);
      for (const base of bases) for (const path of paths) routes.push({ method: RequestMethod[method], path: join(globalPrefix, base, path) });
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

async function resolveRef(ref: ModuleRef): Promise<Type<unknown> | DynamicModule> {
  const awaited = await ref;
  if (typeof awaited === 'object' && 'forwardRef' in awaited) return resolveRef(awaited.forwardRef());
  return awaited;
}

function asArray(value: string | string[] | undefined): string[] {
  if (value === undefined) return ['/'];
  return Array.isArray(value) ? value : [value];
}

function methodNames(prototype: object): string[] {
  const names = new Set<string>();
  for (let p = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object) {
    for (const name of Object.getOwnPropertyNames(p)) {
      const descriptor = Object.getOwnPropertyDescriptor(p, name);
      if (name !== 'constructor' && typeof descriptor?.value === 'function') names.add(name);
    }
  }
  return [...names];
}

function join(...parts: string[]): string {
  return '/' + parts.flatMap((part) => part.split('/')).filter(Boolean).join('/');
}
