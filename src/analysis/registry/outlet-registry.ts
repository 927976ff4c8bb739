import type { OutletRecord } from '../types.js';
import { normalizeName } from './normalize-name.js';

const MEDIA_TYPES = new Set(['news-agency', 'newspaper', 'broadcaster', 'online-outlet', 'magazine']);

/**
 * The outlets and organisations the engine can recognise. Built from the
 * curated seed file (CLI) or the database copy (service); lookups are by
 * normalised full name or alias, and by exact abbreviation.
 */
export class OutletRegistry {
  private readonly byName = new Map<string, OutletRecord>();
  private readonly byAbbreviation = new Map<string, OutletRecord>();
  private readonly byKey = new Map<string, OutletRecord>();
  /** Normalised first words of every name, to skip lookups that cannot match. */
  private readonly firstWords = new Set<string>();
  /** The longest name, in characters, so phrase windows can stop early. */
  readonly longestName: number;

  private constructor(readonly records: readonly OutletRecord[]) {
    let longest = 0;
    for (const record of records) {
      this.byKey.set(record.id, record);
      for (const name of [record.name, ...(record.aliases ?? [])]) {
        const key = normalizeName(name);
        if (!key || this.byName.has(key)) continue;
        this.byName.set(key, record);
        this.firstWords.add(key.split(' ')[0]);
        longest = Math.max(longest, name.length);
      }
      for (const abbreviation of record.abbreviations ?? []) {
        if (!this.byAbbreviation.has(abbreviation)) this.byAbbreviation.set(abbreviation, record);
        const dotless = abbreviation.replace(/\./g, '');
        if (!this.byAbbreviation.has(dotless)) this.byAbbreviation.set(dotless, record);
      }
    }
    this.longestName = longest;
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

  mayStartName(word: string): boolean {
    return this.firstWords.has(normalizeName(word));
  }

  static isMedia(record: OutletRecord): boolean {
    return MEDIA_TYPES.has(record.type);
  }
}
