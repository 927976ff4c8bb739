/**
 * Runs `deleteBatch(batchSize)` until it deletes fewer than a full batch or
 * `maxBatches` have run; returns how many rows went. Short statements, so a
 * large backlog never holds locks or a snapshot for long: what is left is
 * worked off on the next run.
 */
export async function deleteInBatches(
  batchSize: number,
  maxBatches: number,
  deleteBatch: (limit: number) => Promise<number>,
): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < maxBatches; i++) {
    const count = await deleteBatch(batchSize);
    deleted += count;
    if (count < batchSize) break;
  }
  return deleted;
}
