import type { OutletRecord } from '../types.js';
import { normalizeName } from './normalize-name.js';

/**
 * The outlets and organisations the engine can recognise. Built from the
 * curated seed file (CLI) or the database copy (service); lookups are by
 * normalised full name or alias, and by exact abbreviation.
 */
export class OutletRegistry {
  private readonly byName = new Map<string, OutletRecord>();
  private readonly byAbbreviation = new Map<string, OutletRecord>();
  private readonly byKey = new Map<string, OutletRecord>();
  /** Every normalised word-prefix of every name ("wall", "wall street", ...), so a phrase stops growing once no name can start with it. */
  private readonly prefixes = new Set<string>();

  private constructor(readonly records: readonly OutletRecord[]) {
    for (const record of records) {
      this.byKey.set(record.id, record);
      for (const name of [record.name, ...(record.aliases ?? [])]) {
        const key = normalizeName(name);
        if (!key || this.byName.has(key)) continue;
        this.byName.set(key, record);
        const words = key.split(' ');
        for (let n = 1; n <= words.length; n++) this.prefixes.add(words.slice(0, n).join(' '));
      }
      for (const abbreviation of record.abbreviations ?? []) {
        if (!this.byAbbreviation.has(abbreviation)) this.byAbbreviation.set(abbreviation, record);
        const dotless = abbreviation.replace(/\./g, '');
        if (!this.byAbbreviation.has(dotless)) this.byAbbreviation.set(dotless, record);
      }
    }
  }

  static fromRecords(records: readonly OutletRecord[]): OutletRegistry {
    return new OutletRegistry(records);
  }

  get size(): number {
    return this.records.length;
  }

  findById(id: string): OutletRecord | undefined {
    return this.byKey.get(id);
  }

  /** A full name or alias, as written in the text ("the Wall Street Journal"). */
  findByName(name: string): OutletRecord | undefined {
    return this.byName.get(normalizeName(name));
  }

  /** Abbreviations are case-sensitive: "AP" is the agency, "ap" is not. */
  findByAbbreviation(token: string): OutletRecord | undefined {
    return this.byAbbreviation.get(token) ?? this.byAbbreviation.get(token.replace(/\./g, ''));
  }

  /** Whether some name begins with this normalised phrase. */
  isNamePrefix(normalised: string): boolean {
    return this.prefixes.has(normalised);
  }

  /** A name by its normalised key (see normalizeName). */
  findByKey(normalised: string): OutletRecord | undefined {
    return this.byName.get(normalised);
  }
}
