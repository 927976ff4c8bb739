// CPU used by the service (split by thread) and by the PostgreSQL backends of
// one database over a phase of a benchmark, read from /proc (Linux only).
// Throughput alone moves with the machine's speed; CPU per unit of work is
// what a change to the service can be judged by on a machine shared or slow.
import { readdirSync, readFileSync } from 'node:fs';
import type { DataSource } from 'typeorm';

const USER_HZ = 100;

/** utime + stime of /proc/<path>/stat in ms, and the thread's name; 0 once the process is gone. */
function readStat(path: string): { ms: number; name: string } {
  try {
    const stat = readFileSync(`/proc/${path}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    return { ms: ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ, name: stat.slice(stat.indexOf('(') + 1, close) };
  } catch {
    return { ms: 0, name: '' };
  }
}

export function cpuMs(pid: number): number {
  return readStat(String(pid)).ms;
}

/**
 * The service's threads grouped by what they run: Node's main thread, the
 * engine's worker threads (named "WorkerThread" by Node), V8's helpers
 * (garbage collection, compilation), libuv's pool.
 */
function threadGroup(name: string, tid: string, pid: number): string {
  if (tid === String(pid)) return 'main';
  if (name.startsWith('WorkerThread')) return 'engine';
  if (name.includes('V8')) return 'v8';
  if (name.startsWith('libuv')) return 'libuv';
  return 'other';
}

function serviceThreads(pid: number): Map<string, { group: string; ms: number }> {
  const threads = new Map<string, { group: string; ms: number }>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return threads; // the process is gone
  }
  for (const tid of tids) {
    const { ms, name } = readStat(`${pid}/task/${tid}`);
    threads.set(tid, { group: threadGroup(name, tid, pid), ms });
  }
  return threads;
}

export interface CpuSpent {
  service: number;
  postgres: number;
  /** The service's CPU by thread group (ms); threads that ended during the phase are missed. */
  threads: Record<string, number>;
}

/**
 * Starts a meter; calling the returned function gives the CPU (ms) spent since.
 * Backends that exit during the phase are missed, so keep the pool's connections open.
 */
export async function cpuMeter(db: DataSource, servicePid: number): Promise<() => Promise<CpuSpent>> {
  const backends = async () =>
    (await db.query<{ pid: number }[]>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)).map((r) => r.pid);
  const serviceBefore = cpuMs(servicePid);
  const threadsBefore = serviceThreads(servicePid);
  const postgresBefore = new Map<number, number>();
  for (const pid of await backends()) postgresBefore.set(pid, cpuMs(pid));
  return async () => {
    const service = cpuMs(servicePid) - serviceBefore;
    let postgres = 0;
    for (const pid of new Set([...postgresBefore.keys(), ...(await backends())])) postgres += cpuMs(pid) - (postgresBefore.get(pid) ?? 0);
    const threads: Record<string, number> = {};
    for (const [tid, now] of serviceThreads(servicePid)) {
      threads[now.group] = (threads[now.group] ?? 0) + now.ms - (threadsBefore.get(tid)?.ms ?? 0);
    }
    return { service, postgres, threads };
  };
}

/** "service 12.3 ms (main 4.1, engine 6.0, ...), PostgreSQL 10.2 ms" per unit of work. */
export function describeCpu(cpu: CpuSpent, units: number, unit: 'ms' | 'µs'): string {
  const scale = unit === 'ms' ? 1 : 1000;
  const per = (ms: number) => ((ms * scale) / units).toFixed(unit === 'ms' ? 1 : 0);
  const threads = Object.entries(cpu.threads)
    .sort((a, b) => b[1] - a[1])
    .map(([group, ms]) => `${group} ${per(ms)}`)
    .join(', ');
  return `service ${per(cpu.service)} ${unit} (${threads}), PostgreSQL ${per(cpu.postgres)} ${unit}`;
}

/**
 * Resolves once the process has used under `busyMs` of CPU over `windowMs`
 * (at most `timeoutMs`; returns the seconds waited): a service that answers
 * /health/ready may still be starting its engine threads, which load the
 * language model (a second or more of CPU each, longer under the TypeScript
 * loader), and a measured phase started then shares the cores with that.
 */
export async function untilQuiet(pid: number, windowMs = 1_000, busyMs = 50, timeoutMs = 30_000): Promise<number> {
  const started = performance.now();
  let before = cpuMs(pid);
  while (performance.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const now = cpuMs(pid);
    if (now - before < busyMs) break;
    before = now;
  }
  return (performance.now() - started) / 1000;
}
