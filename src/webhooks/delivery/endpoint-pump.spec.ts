import type { DeliveryForAttempt, FinishedAttempt } from '../webhook-deliveries.repository.js';
import { EndpointPump, Slots, type PumpSteps, type Run } from './endpoint-pump.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

function delivery(n: number): DeliveryForAttempt {
  return { id: `d${n}`, attempt_count: 0 } as DeliveryForAttempt;
}

/** A pump over scripted steps: claims hand out `perClaim` new deliveries each; POSTs land when the test says. */
function harness(options: { slots: number; readyTarget: number; maxWaitMs?: number; perClaim: number; total: number }) {
  let next = 0;
  const claims: number[] = [];
  const inFlight = new Map<string, () => void>();
  let maxInFlight = 0;
  const sent: string[] = [];
  const released: string[] = [];
  const steps: PumpSteps = {
    claim: async (want) => {
      claims.push(want);
      const send = Array.from({ length: Math.min(options.perClaim, want, options.total - next) }, () => delivery(next++));
      return { taken: send.length, send };
    },
    attempt: (d) =>
      new Promise<FinishedAttempt>((resolve) => {
        sent.push(d.id);
        inFlight.set(d.id, () => resolve({ delivery: d } as FinishedAttempt));
        maxInFlight = Math.max(maxInFlight, inFlight.size);
      }),
    record: async () => {},
    release: (ds) => released.push(...ds.map((d) => d.id)),
    stopping: () => false,
    finished: () => {},
    lost: () => {},
  };
  const run: Run = { again: false, done: Promise.resolve() };
  const done = new Promise<void>((resolve, reject) =>
    new EndpointPump(run, new Slots(options.slots), steps, () => options.readyTarget, options.maxWaitMs ?? 60_000).start(resolve, reject),
  );
  const land = (id: string) => {
    inFlight.get(id)!();
    inFlight.delete(id);
  };
  return { claims, sent, released, inFlight, done, land, maxInFlight: () => maxInFlight };
}

describe('EndpointPump', () => {
  it('claims ahead of the free slots, so a landed POST is followed at once by the next', async () => {
    const h = harness({ slots: 2, readyTarget: 4, perClaim: 3, total: 20 });
    await tick();
    // Both slots busy, and still claiming until 4 wait for a slot: 3 + 3 claimed, 2 sent.
    expect(h.sent).toEqual(['d0', 'd1']);
    expect(h.claims).toHaveLength(2);
    // Each claim asks for up to twice the target, less what already waits.
    expect(h.claims).toEqual([8, 7]);
    // A POST lands: the next claimed one goes out in the same turn, no claim statement in between.
    const claimsBefore = h.claims.length;
    h.land('d0');
    await tick();
    expect(h.sent).toEqual(['d0', 'd1', 'd2']);
    expect(h.claims.length).toBeLessThanOrEqual(claimsBefore + 1);
    while (h.inFlight.size > 0) {
      for (const id of [...h.inFlight.keys()]) h.land(id);
      await tick();
    }
    await h.done;
    expect(h.sent).toHaveLength(20);
    expect(new Set(h.sent).size).toBe(20);
    expect(h.maxInFlight()).toBe(2);
  });

  it('does not send a claimed delivery that waited too long for a slot (its lease could lapse in flight): it releases it', async () => {
    const h = harness({ slots: 1, readyTarget: 3, maxWaitMs: 30, perClaim: 3, total: 3 });
    await tick();
    expect(h.sent).toEqual(['d0']);
    await new Promise((resolve) => setTimeout(resolve, 60));
    h.land('d0');
    await h.done;
    expect(h.sent).toEqual(['d0']);
    expect(h.released).toEqual(['d1', 'd2']);
  });
});
