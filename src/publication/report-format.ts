import { NotAcceptableException } from '@nestjs/common';
import Negotiator from 'negotiator';
import type { ReportFormat } from './report.renderer.js';

const MEDIA_TYPES: Record<string, ReportFormat> = {
  'application/json': 'json',
  'text/markdown': 'md',
  'text/html': 'html',
};

/**
 * The report's format: `?format=` when given, else the best of the caller's
 * `Accept` (JSON for none, or for `*` / `*`), else a 406 naming the three.
 */
export function reportFormat(format: ReportFormat | undefined, accept: string | undefined): ReportFormat {
  if (format) return format;
  if (!accept) return 'json';
  const best = new Negotiator({ headers: { accept } }).mediaType(Object.keys(MEDIA_TYPES));
  if (!best) {
    throw new NotAcceptableException(`the report is served as ${Object.keys(MEDIA_TYPES).join(', ')} (Accept), or choose one with ?format=`);
  }
  return MEDIA_TYPES[best];
}
