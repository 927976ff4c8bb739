import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { OutletRecord } from '../analysis/index.js';
import { normalizeName } from '../analysis/registry/normalize-name.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { OutletRegistryCache } from './outlet-registry.cache.js';
import { DEFAULT_SEED_FILE, readSeedFile } from './outlet-seed-file.js';

/**
 * Loads the seed file into the outlets table on start-up. Existing slugs are
 * left alone: once in the database, an outlet belongs to the admins who edit it.
 * So is a seed entry whose name or alias an outlet already answers to: an
 * admin merged it into that outlet (its name became an alias there) or gave
 * it another slug, and seeding it again brought back a second outlet for the
 * same names at every start, the ambiguity the registry refuses (409) when an
 * admin adds one.
 */
@Injectable()
export class OutletSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(OutletSeeder.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: OutletRegistryCache,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const file = this.config.outletsSeedFile ?? DEFAULT_SEED_FILE;
    let records: OutletRecord[];
    try {
      records = await readSeedFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !this.config.outletsSeedFile) {
        this.logger.warn(`no outlet seed file at ${file}; the registry starts empty`);
        return;
      }
      throw new Error(`cannot load outlet seed ${file}: ${(error as Error).message}`, { cause: error });
    }
    const inserted = await this.seed(records);
    if (inserted > 0) {
      this.logger.log(`seeded ${inserted} outlet(s) from ${file}`);
      this.cache.invalidate();
    }
  }

  /** One multi-row insert; returns how many outlets were new. */
  async seed(all: OutletRecord[]): Promise<number> {
    const records = await this.unclaimed(all);
    if (records.length === 0) return 0;
    const rows = await this.dataSource.query<unknown[]>(
      `INSERT INTO outlets (slug, name, aliases, abbreviations, type, country, domains)
       SELECT r.id, r.name,
              coalesce(ARRAY(SELECT jsonb_array_elements_text(r.aliases)), '{}'),
              coalesce(ARRAY(SELECT jsonb_array_elements_text(r.abbreviations)), '{}'),
              r.type, r.country,
              coalesce(ARRAY(SELECT jsonb_array_elements_text(r.domains)), '{}')
         FROM jsonb_to_recordset($1::jsonb)
              AS r(id text, name text, aliases jsonb, abbreviations jsonb, type text, country text, domains jsonb)
       ON CONFLICT (slug) DO NOTHING
       RETURNING id`,
      [JSON.stringify(records)],
    );
    return rows.length;
  }

  /** The records whose slug is new and whose name and aliases no outlet answers to yet. */
  private async unclaimed(records: OutletRecord[]): Promise<OutletRecord[]> {
    const existing = await this.dataSource.query<Array<{ slug: string; name: string; aliases: string[] }>>(
      `SELECT slug, name, aliases FROM outlets`,
    );
    const slugs = new Set(existing.map((o) => o.slug));
    const names = new Set(existing.flatMap((o) => [o.name, ...o.aliases]).map(normalizeName));
    return records.filter((r) => !slugs.has(r.id) && ![r.name, ...(r.aliases ?? [])].some((n) => names.has(normalizeName(n))));
  }
}
