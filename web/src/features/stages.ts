export const STAGES = ['source_check', 'verdict', 'approval', 'escalated'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  source_check: 'Source check',
  verdict: 'Verdict',
  approval: 'Approval',
  escalated: 'Escalations',
};

/**
 * A claim's status in words ("source_check": "source check"), for the marks in
 * an article's text: their colour alone told a colour-blind reviewer or a
 * screen reader nothing.
 */
export function statusLabel(status: string): string {
  return status.replaceAll('_', ' ');
}

export function isStage(value: string | undefined): value is Stage {
  return (STAGES as readonly string[]).includes(value ?? '');
}

/** Approval and escalations are editors' work. */
export function mayWork(role: string, stage: Stage): boolean {
  return role !== 'reviewer' || stage === 'source_check' || stage === 'verdict';
}

export function formatAge(seconds: number): string {
  if (seconds <= 0) return '—';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86400) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86400)} d`;
}
