import type { QueueService } from '../queue/queue.service.js';
import { MetricsService } from './metrics.service.js';

describe('metrics', () => {
  const queues = { isAvailable: () => false, allQueues: () => [] } as unknown as QueueService;

  // The HTTP histogram's help said "by route and status" and left its method label out.
  it("names every label of claimtrail's own metrics in their help text", async () => {
    const metrics = new MetricsService(queues);
    const own = (await metrics.registry.getMetricsAsJSON()).filter((m) => !/^claimtrail_(process|nodejs)_/.test(m.name));
    expect(own.length).toBeGreaterThan(5);
    for (const metric of own) {
      const { labelNames = [] } = metrics.registry.getSingleMetric(metric.name) as unknown as { labelNames?: string[] };
      const missing = labelNames.map((label) => label.replace(/_code$/, '')).filter((label) => !metric.help.includes(label));
      expect({ name: metric.name, missing }).toEqual({ name: metric.name, missing: [] });
    }
  });
});
