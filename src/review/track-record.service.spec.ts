import { jest } from '@jest/globals';
import type { DataSource, EntityManager } from 'typeorm';
import { CONTEXT_RECORD_MS, TrackRecordService } from './track-record.service.js';

/** A transaction that answers the two counting statements and remembers which outlets each count asked for. */
function countingManager() {
  const asked: string[][] = [];
  const manager = {
    query: async (sql: string, [ids]: [string[]]) => {
      if (sql.includes('FROM outlets')) {
        asked.push(ids);
        return ids.map((id) => ({ id, name: `Outlet ${id}` }));
      }
      return ids.map((id) => ({ outlet_id: id, role: 'original', attribution_verdict: 'confirmed', rating: 'true', n: 2 }));
    },
  } as unknown as EntityManager;
  return { manager, asked };
}

describe('TrackRecordService.forContext', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-11-30T12:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  // Each analysis and stage move counted every published claim citing each outlet again: a cost that grew with history.
  it('counts an outlet once per CONTEXT_RECORD_MS, and only the outlets it has not counted lately', async () => {
    const service = new TrackRecordService({} as DataSource);
    const { manager, asked } = countingManager();

    const first = await service.forContext(manager, ['a', 'b']);
    expect(first.get('a')?.asOriginal.attributionVerdicts['confirmed']).toBe(2);
    await service.forContext(manager, ['a', 'b']);
    const third = await service.forContext(manager, ['b', 'c']);
    expect([...third.keys()].sort()).toEqual(['b', 'c']);
    expect(asked).toEqual([['a', 'b'], ['c']]);

    jest.advanceTimersByTime(CONTEXT_RECORD_MS);
    await service.forContext(manager, ['a']);
    expect(asked).toEqual([['a', 'b'], ['c'], ['a']]);
  });

  it('leaves the outlet page exact: forOutlets counts every time', async () => {
    const service = new TrackRecordService({} as DataSource);
    const { manager, asked } = countingManager();
    await service.forOutlets(manager, ['a']);
    await service.forOutlets(manager, ['a']);
    expect(asked).toEqual([['a'], ['a']]);
  });
});
