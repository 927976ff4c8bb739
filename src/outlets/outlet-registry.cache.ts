import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OutletRegistry, type OutletRecord } from '../analysis/outlets.js';

// How stale another process's copy may get after an admin edit.
const CHECK_EVERY_MS = 2000;

/**
 * The analysis engine's registry built from the database copy. Rebuilt when
 * the outlets change: at once in the process that made the change, and within
 * CHECK_EVERY_MS elsewhere (workers on other machines) by comparing a cheap
 * fingerprint of the table.
 */
@Injectable()
export class OutletRegistryCache {
  private registry?: OutletRegistry;
  private records: OutletRecord[] = [];
  private fingerprint = '';
  private checkedAt = 0;
  private loading?: Promise<OutletRegistry>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(): Promise<OutletRegistry> {
    if (this.registry && Date.now() - this.checkedAt < CHECK_EVERY_MS) return this.registry;
    this.loading ??= this.refresh().finally(() => (this.loading = undefined));
    return this.loading;
  }

  /** The records behind the registry and their version, for engine threads that build their own copy. */
  async snapshot(): Promise<{ version: string; records: OutletRecord[] }> {
    await this.get();
    return { version: this.fingerprint, records: this.records };
  }

  invalidate(): void {
    this.checkedAt = 0;
    this.fingerprint = '';
  }

  private async refresh(): Promise<OutletRegistry> {
    const [{ fingerprint }] = await this.dataSource.query<[{ fingerprint: string }]>(
      `SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') AS fingerprint FROM outlets`,
    );
    if (this.registry && fingerprint === this.fingerprint) {
      this.checkedAt = Date.now();
      return this.registry;
    }
    const rows = await this.dataSource.query<Array<OutletRecord & { country: string | null }>>(
      `SELECT id, name, aliases, abbreviations, type, country, domains FROM outlets ORDER BY slug`,
    );
    // The engine reports `outletId` = record id, so it maps straight to our rows.
    this.records = rows.map((r) => ({ ...r, country: r.country ?? undefined }));
    this.registry = OutletRegistry.fromRecords(this.records);
    this.fingerprint = fingerprint;
    this.checkedAt = Date.now();
    return this.registry;
  }
}
