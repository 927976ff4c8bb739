import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './processes.js';

/**
 * A private PostgreSQL cluster (initdb in a temporary directory, its own
 * port) that a test may stop and start without touching the shared server.
 * Every failure throws with the reason (the tool's own output).
 */
export class PrivatePostgres {
  private dir?: string;
  private port = 0;
  private constructor(private readonly bin: string) {}

  /** Where initdb and pg_ctl are, if anywhere. */
  static binDir(): string | undefined {
    const fromPgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
    const candidates = [
      fromPgConfig.status === 0 ? fromPgConfig.stdout.trim() : '',
      ...(existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort().reverse().map((v) => `/usr/lib/postgresql/${v}/bin`) : []),
    ];
    return candidates.find((dir) => dir && existsSync(`${dir}/initdb`) && existsSync(`${dir}/pg_ctl`));
  }

  /**
   * Why no private cluster can be run on this machine, or undefined if one can.
   * Cheap and synchronous, so a suite can choose `describe.skip` at load time.
   */
  static unavailableReason(): string | undefined {
    const bin = PrivatePostgres.binDir();
    if (!bin) return 'no initdb and pg_ctl (not on pg_config --bindir, nor under /usr/lib/postgresql/*/bin)';
    if (process.getuid?.() === 0 && spawnSync('id', ['-u', 'postgres']).status !== 0) {
      return 'running as root (initdb refuses) and there is no postgres account to run the cluster as';
    }
    const version = PrivatePostgres.asOwner(`${bin}/initdb`, ['--version']);
    if (version.status !== 0) return `${bin}/initdb --version failed: ${String(version.stderr || version.error)}`.trim();
    return undefined;
  }

  /**
   * initdb, then starts the cluster on a free port (another one if that port
   * was taken meanwhile); throws why when it cannot.
   */
  static async create(): Promise<PrivatePostgres> {
    const reason = PrivatePostgres.unavailableReason();
    if (reason) throw new Error(`no private PostgreSQL cluster: ${reason}`);
    const cluster = new PrivatePostgres(PrivatePostgres.binDir()!);
    cluster.init();
    for (let attempt = 1; ; attempt++) {
      cluster.port = await freePort();
      try {
        cluster.start();
        return cluster;
      } catch (error) {
        if (attempt === 3) {
          cluster.destroy();
          throw error;
        }
      }
    }
  }

  /** initdb refuses to run as root: run the cluster as the postgres account then. */
  private static asOwner(command: string, args: string[]): SpawnSyncReturns<string> {
    return process.getuid?.() === 0
      ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
      : spawnSync(command, args, { encoding: 'utf8' });
  }

  /** The maintenance database of the cluster. */
  get adminUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** A database the service creates on start-up. */
  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/claimtrail_private`;
  }

  private init(): void {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrail-pg-'));
    if (process.getuid?.() === 0) spawnSync('chown', ['postgres', dir]);
    const init = PrivatePostgres.asOwner(`${this.bin}/initdb`, ['-D', `${dir}/data`, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    if (init.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`initdb failed (${init.status}): ${init.stderr || String(init.error)}`);
    }
    this.dir = dir;
  }

  start(): void {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    const run = PrivatePostgres.asOwner(`${this.bin}/pg_ctl`, ['-D', `${this.dir}/data`, '-o', options, '-l', `${this.dir}/log`, '-w', 'start']);
    if (run.status !== 0) {
      const log = existsSync(`${this.dir}/log`) ? readFileSync(`${this.dir}/log`, 'utf8').slice(-2000) : '';
      throw new Error(`pg_ctl start on port ${this.port} failed (${run.status}): ${run.stderr}${log}`);
    }
  }

  stop(): void {
    if (!this.dir) return;
    PrivatePostgres.asOwner(`${this.bin}/pg_ctl`, ['-D', `${this.dir}/data`, '-m', 'fast', '-w', 'stop']);
  }

  destroy(): void {
    this.stop();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
