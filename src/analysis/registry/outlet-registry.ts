import type { OutletRecord } from '../types.js';
import { normalizeName } from './normalize-name.js';

const PREFIX_BITS = 1 << 16;

/** FNV-1a over the UTF-16 code units, down to PREFIX_BITS. */
function prefixHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0) & (PREFIX_BITS - 1);
}

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
  /** A bit per hash of every prefix: most phrases looked up begin no name, and a clear bit says so at less cost than the set. */
  private readonly prefixBits = new Int32Array(PREFIX_BITS / 32);

  private constructor(readonly records: readonly OutletRecord[]) {
    for (const record of records) {
      this.byKey.set(record.id, record);
      for (const name of [record.name, ...(record.aliases ?? [])]) {
        const key = normalizeName(name);
        if (!key || this.byName.has(key)) continue;
        this.byName.set(key, record);
        const words = key.split(' ');
        for (let n = 1; n <= words.length; n++) this.addPrefix(words.slice(0, n).join(' '));
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
    const bit = prefixHash(normalised);
    return (this.prefixBits[bit >>> 5] & (1 << (bit & 31))) !== 0 && this.prefixes.has(normalised);
  }

  private addPrefix(prefix: string): void {
    this.prefixes.add(prefix);
    const bit = prefixHash(prefix);
    this.prefixBits[bit >>> 5] |= 1 << (bit & 31);
  }

  /** Every name's and alias's normalised key (see normalizeName). */
  nameKeys(): string[] {
    return [...this.byName.keys()];
  }

  /** A name by its normalised key (see normalizeName). */
  findByKey(normalised: string): OutletRecord | undefined {
    return this.byName.get(normalised);
  }
}
