import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { OutletRecord } from '../analysis/index.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { OutletRegistryCache } from './outlet-registry.cache.js';

/** The curated seed file shipped beside this module (copied into dist by the build). */
export const DEFAULT_SEED_FILE = fileURLToPath(new URL('./outlets.seed.json', import.meta.url));

export function parseSeed(json: unknown): OutletRecord[] {
  const list = Array.isArray(json) ? json : (json as { outlets?: unknown })?.outlets;
  if (!Array.isArray(list)) throw new Error('outlet seed must be an array of outlets or { "outlets": [...] }');
  return list.map((entry, i) => {
    const r = entry as Partial<OutletRecord>;
    if (typeof r.id !== 'string' || typeof r.name !== 'string' || typeof r.type !== 'string') {
      throw new Error(`outlet seed entry ${i} needs string id, name and type`);
    }
    return r as OutletRecord;
  });
}

/**
 * Loads the seed file into the outlets table on start-up. Existing slugs are
 * left alone: once in the database, an outlet belongs to the admins who edit it.
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
      records = parseSeed(JSON.parse(await readFile(file, 'utf8')));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !this.config.outletsSeedFile) {
        this.logger.warn(`no outlet seed file at ${file}; the registry starts empty`);
        return;
      }
      throw new Error(`cannot load outlet seed ${file}: ${(error as Error).message}`);
    }
    const inserted = await this.seed(records);
    if (inserted > 0) {
      this.logger.log(`seeded ${inserted} outlet(s) from ${file}`);
      this.cache.invalidate();
    }
  }

  /** One multi-row insert; returns how many outlets were new. */
  async seed(records: OutletRecord[]): Promise<number> {
    if (records.length === 0) return 0;
    const rows = (await this.dataSource.query(
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
    )) as unknown[];
    return rows.length;
  }
}
