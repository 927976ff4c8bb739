import { BadRequestException } from '@nestjs/common';

/** Names as the registry's matching sees their case: "Kyiv Post" and "KYIV POST" are one name. */
function caseKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

/**
 * Refuses (400) an outlet whose name and aliases hold one name twice in
 * different cases: the engine matches names without case, so the second
 * adds nothing, and the registry screen listed both. `existing`: the names
 * the outlet already had, exactly as stored; a pair made only of those is let
 * be (the seed holds a few such pairs, and editing an outlet's other names
 * must not trip on them).
 */
export function refuseNamesDifferingByCase(names: readonly string[], existing: readonly string[] = []): void {
  const kept = new Set(existing);
  const first = new Map<string, string>();
  for (const name of names) {
    const earlier = first.get(caseKey(name));
    if (earlier === undefined) {
      first.set(caseKey(name), name);
    } else if (!kept.has(name) || !kept.has(earlier)) {
      throw new BadRequestException(
        `"${earlier}" and "${name}" differ only by case: an outlet's name and aliases match without case, so keep one of them`,
      );
    }
  }
}
