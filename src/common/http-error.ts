import { STATUS_CODES } from 'node:http';

/** The one error body every route answers with. */
export interface HttpErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

export function errorBody(statusCode: number, message: string): HttpErrorBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
}

/**
 * The router's own refusals (Fastify's frameworkErrors) in words, without the
 * path, which Fastify's text echoes back whole.
 */
export function routerRefusal(code: string | undefined, maxSegment: number): { status: number; message: string } {
  switch (code) {
    case 'FST_ERR_BAD_URL':
      return { status: 400, message: 'the URL is malformed (invalid percent-encoding)' };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return { status: 414, message: `a path segment is longer than ${maxSegment} characters` };
    default:
      return { status: 400, message: 'the request could not be routed' };
  }
}

// Connection-level failures: PostgreSQL is down or restarting, so 503 and retry.
const PG_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300']);
const NET_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

export function isUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown }; message?: unknown; name?: string };
  const code = (e?.driverError?.code ?? e?.code) as string | undefined;
  if (code && (PG_UNAVAILABLE.has(code) || NET_UNAVAILABLE.has(code))) return true;
  if (e?.name === 'QueueUnavailableError') return true;
  const message = typeof e?.message === 'string' ? e.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(message);
}
