import { deleteInBatches } from './delete-in-batches.js';

describe('deleteInBatches', () => {
  it('stops after a short batch', async () => {
    const counts = [10, 10, 3, 10];
    const calls: number[] = [];
    const deleted = await deleteInBatches(10, 100, async (limit) => {
      calls.push(limit);
      return counts.shift()!;
    });
    expect(deleted).toBe(23);
    expect(calls).toEqual([10, 10, 10]);
  });

  it('stops after the last allowed batch, leaving the rest for the next run', async () => {
    let calls = 0;
    const deleted = await deleteInBatches(5, 3, async () => {
      calls++;
      return 5;
    });
    expect([deleted, calls]).toEqual([15, 3]);
  });
});
