import type { FastifyRequest } from 'fastify';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * The methods some route answers at this request's path, for a request no
 * route took: a 405 with `Allow` (RFC 9110, 15.5.6) rather than a 404 that
 * says the resource is not there. The review UI's catch-all (`GET /*`) does not
 * count: it answers every path, so it would make every unknown path a 405.
 */
export function allowedMethods(request: FastifyRequest): string[] {
  const path = request.url.split('?')[0];
  return METHODS.filter((method) => {
    const route = request.server.findRoute({ method, url: path });
    return route !== null && !(route.params && ('*' in route.params || hasEmptyParam(route.params)));
  });
}

/**
 * findRoute matches `:id` to an empty segment, which the router itself does
 * not route: `GET /v1/articles//claims` and `GET /v1/articles/` answered
 * "405: GET is not allowed here; this path answers GET". No resource is
 * there, so it is a 404.
 */
function hasEmptyParam(params: object): boolean {
  return Object.values(params).some((value) => value === '');
}
