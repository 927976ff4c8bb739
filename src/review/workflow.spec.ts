import {
  END_STATUSES,
  LIFECYCLE,
  LIFECYCLE_EVENTS,
  agree,
  canStart,
  edgeFor,
  gradeEvent,
  gradeIsBlind,
  gradeProblem,
  graderLookback,
  initialStatus,
  nextStatus,
  sameGrade,
  statusesFrom,
} from './workflow.js';

describe('review workflow rules', () => {
  it('keeps graders out: this round everywhere, the disputed round at escalated, every round at approval with four-eyes', () => {
    expect(graderLookback('source_check', true)).toBe(0);
    expect(graderLookback('verdict', true)).toBe(0);
    expect(graderLookback('escalated', false)).toBe(1);
    expect(graderLookback('approval', true)).toBeNull();
    expect(graderLookback('approval', false)).toBe(0);
  });

  it('keeps every grader of the claim from resolving an escalation from approval (it publishes), with four-eyes', () => {
    expect(graderLookback('escalated', true, 'approval')).toBeNull();
    expect(graderLookback('escalated', true, 'verdict')).toBe(1);
    expect(graderLookback('escalated', true, 'source_check')).toBe(1);
    expect(graderLookback('escalated', false, 'approval')).toBe(1);
  });

  it('hides an open round\'s grade from everyone but its author, and shows closed rounds to all', () => {
    expect(gradeIsBlind({ round: 3, reviewerId: 'a' }, 3, 'b')).toBe(true);
    expect(gradeIsBlind({ round: 3, reviewerId: 'a' }, 3, 'a')).toBe(false);
    expect(gradeIsBlind({ round: 2, reviewerId: 'a' }, 3, 'b')).toBe(false);
  });

  it('routes new claims: below the threshold dismissed, unsourced to verdict, sourced to source_check', () => {
    expect(initialStatus(0.1, true, 0.2)).toBe('dismissed');
    expect(initialStatus(0.5, false, 0.2)).toBe('verdict');
    expect(initialStatus(0.5, true, 0.2)).toBe('source_check');
    expect(initialStatus(0.2, true, 0.2)).toBe('source_check');
  });

  it.each([
    ['source_check', {}, /attributionVerdict is required/],
    ['source_check', { attributionVerdict: 'confirmed' }, /evidence must contain at least one URL/],
    ['source_check', { attributionVerdict: 'confirmed', evidence: [{ url: 'https://x.org' }], rating: 'true' }, /rating is not part/],
    ['verdict', { note: 'n' }, /rating is required/],
    ['verdict', { rating: 'false' }, /note is required/],
    ['verdict', { rating: 'false', note: '   ' }, /note is required/],
    // Invisible characters are no note: the approver would read an empty one.
    ['verdict', { rating: 'false', note: '\u200b\u200b' }, /note is required/],
    ['approval', { decision: 'send_back', note: '\u2060\ufeff \u200b' }, /note is required/],
    // Nor are the Hangul fillers and the blank Braille pattern, letters and symbols drawn as nothing.
    ['verdict', { rating: 'false', note: '\u3164\u3164' }, /note is required/],
    ['approval', { decision: 'approve', note: '\u2800 \uffa0' }, /note is required/],
    ['approval', { note: 'ok' }, /decision is required/],
    ['approval', { decision: 'approve' }, /note is required/],
    ['approval', { decision: 'approve', note: 'ok', returnTo: 'verdict' }, /returnTo only goes with/],
  ] as const)('refuses an incomplete %s grade %j, naming the field', (stage, grade, message) => {
    expect(gradeProblem(stage, grade as never)).toMatch(message);
  });

  it.each([
    ['source_check', { attributionVerdict: 'not_applicable' }],
    ['source_check', { attributionVerdict: 'misattributed', evidence: [{ url: 'https://x.org' }] }],
    ['verdict', { rating: 'mostly_true', note: 'matches the report' }],
    ['approval', { decision: 'send_back', returnTo: 'source_check', note: 'wrong outlet' }],
  ] as const)('accepts a complete %s grade', (stage, grade) => {
    expect(gradeProblem(stage, grade as never)).toBeNull();
  });

  it('moves a claim on: source_check -> verdict -> approval -> published, or back on send_back', () => {
    expect(nextStatus('source_check', { attributionVerdict: 'confirmed' })).toBe('verdict');
    expect(nextStatus('verdict', { rating: 'true' })).toBe('approval');
    expect(nextStatus('approval', { decision: 'approve' })).toBe('published');
    expect(nextStatus('approval', { decision: 'send_back' })).toBe('verdict');
    expect(nextStatus('approval', { decision: 'send_back', returnTo: 'source_check' })).toBe('source_check');
  });

  it('compares only what the stage decides', () => {
    expect(agree('source_check', [{ attributionVerdict: 'confirmed', note: 'a' }, { attributionVerdict: 'confirmed', note: 'b' }])).toBe(true);
    expect(agree('source_check', [{ attributionVerdict: 'confirmed' }, { attributionVerdict: 'distorted' }])).toBe(false);
    expect(agree('verdict', [{ rating: 'true' }, { rating: 'mostly_true' }])).toBe(false);
    expect(agree('approval', [{ decision: 'send_back' }, { decision: 'send_back', returnTo: 'verdict' }])).toBe(true);
  });

  it('recognises the same grade sent twice, whatever the absent fields look like', () => {
    expect(sameGrade({ rating: 'true', note: 'x ' }, { rating: 'true', note: 'x', attributionVerdict: null, evidence: [] })).toBe(true);
    expect(sameGrade({ rating: 'true', note: 'x' }, { rating: 'true', note: 'y' })).toBe(false);
  });
});

describe('claim lifecycle table', () => {
  it('names, for each event, where a claim may start and where it goes', () => {
    expect(edgeFor('advance', { status: 'source_check' }, 'verdict')?.writes).toBe('claim.advanced');
    expect(edgeFor('advance', { status: 'source_check' }, 'approval')).toBeNull();
    expect(edgeFor('approve', { status: 'verdict' }, 'published')).toBeNull();
    expect(edgeFor('route', { status: 'queued' }, 'dismissed')?.writes).toBe('claim.dismissed');
    expect(edgeFor('restore', { status: 'dismissed' }, 'verdict')?.writes).toBe('claim.restored');
    expect(edgeFor('dismiss', { status: 'published' }, 'dismissed')).toBeNull();
  });

  it('withdraws a claim a revision no longer has, from any status of the article, for good', () => {
    for (const status of ['queued', 'source_check', 'verdict', 'approval', 'escalated', 'published', 'dismissed'] as const) {
      expect(edgeFor('withdraw', { status }, 'withdrawn')?.writes).toBe('claim.withdrawn');
    }
    expect(edgeFor('withdraw', { status: 'withdrawn' }, 'withdrawn')).toBeNull();
    for (const event of LIFECYCLE_EVENTS) expect(canStart(event, 'withdrawn')).toBe(false);
    expect(LIFECYCLE_EVENTS.filter((event) => LIFECYCLE[event].some((e) => e.to === 'withdrawn'))).toEqual(['withdraw']);
  });

  it('resolves an escalation by the rules of the stage that disagreed', () => {
    expect(edgeFor('resolve', { status: 'escalated', escalatedFrom: 'source_check' }, 'verdict')?.writes).toBe('claim.advanced');
    expect(edgeFor('resolve', { status: 'escalated', escalatedFrom: 'approval' }, 'verdict')?.writes).toBe('claim.sent_back');
    expect(edgeFor('resolve', { status: 'escalated', escalatedFrom: 'verdict' }, 'published')).toBeNull();
  });

  it('derives the end states and the statuses each event starts from', () => {
    expect(END_STATUSES).toEqual(['published', 'dismissed', 'withdrawn']);
    expect(statusesFrom('route')).toEqual(['queued']);
    expect(canStart('dismiss', 'escalated')).toBe(true);
    expect(canStart('dismiss', 'dismissed')).toBe(false);
    expect(canStart('restore', 'dismissed')).toBe(true);
  });

  it('maps an accepted grade to its lifecycle event, and that event has an edge to where nextStatus sends the claim', () => {
    const cases = [
      ['source_check', { attributionVerdict: 'confirmed' }, 'advance'],
      ['verdict', { rating: 'true' }, 'advance'],
      ['approval', { decision: 'approve' }, 'approve'],
      ['approval', { decision: 'send_back', returnTo: 'source_check' }, 'send_back'],
    ] as const;
    for (const [stage, grade, event] of cases) {
      expect(gradeEvent(stage, grade)).toBe(event);
      expect(edgeFor(event, { status: stage }, nextStatus(stage, grade))).not.toBeNull();
      expect(edgeFor('resolve', { status: 'escalated', escalatedFrom: stage }, nextStatus(stage, grade))).not.toBeNull();
    }
  });

  it('only routes to the statuses initialStatus can produce', () => {
    const routed = LIFECYCLE.route.map((e) => e.to).sort();
    expect(routed).toEqual([initialStatus(0, true, 0.2), initialStatus(1, false, 0.2), initialStatus(1, true, 0.2)].sort());
  });
});
