import { domainToASCII } from 'node:url';
import { BadRequestException } from '@nestjs/common';

/** The names, abbreviations and domains an outlet will have, and those it had (none for a new one). */
export interface OutletLabels {
  names: readonly string[];
  abbreviations: readonly string[];
  domains: readonly string[];
}

/** Names as the registry's matching sees their case: "Kyiv Post" and "KYIV POST" are one name. */
const nameKey = (name: string) => name.trim().normalize('NFC').toLowerCase();
/**
 * Domains compare as DNS names do: without case or a trailing dot, and an
 * internationalised name as its ASCII form ("bücher.example" is
 * "xn--bcher-kva.example", which is what a URL's hostname gives); the two
 * forms were two domains, so two outlets could own one. A leading "www." is
 * the publisher's web host, not another publisher: "www.reuters.com" could be
 * given to a second outlet while Reuters owned reuters.com.
 */
export function domainKey(domain: string): string {
  const bare = domain.replace(/\.$/, '');
  const ascii = domainToASCII(bare) || bare.toLowerCase();
  return ascii.startsWith('www.') && ascii.indexOf('.', 4) > 0 ? ascii.slice(4) : ascii;
}

/**
 * Refuses (400) an outlet that lists one name, abbreviation or domain twice:
 * a name and an alias differing only by case (the engine matches names
 * without case, so the second adds nothing, and the registry screen listed
 * both), an abbreviation given twice, a domain twice in another case. A
 * repeat made only of values the outlet already had is let be (the seed
 * holds a few, and editing an outlet's other fields must not trip on them).
 */
export function refuseRepeatedLabels(next: OutletLabels, had: OutletLabels = { names: [], abbreviations: [], domains: [] }): void {
  const name = firstRepeat(next.names, nameKey, had.names);
  if (name) {
    const [earlier, later] = name;
    throw new BadRequestException(
      earlier === later
        ? `the name "${later}" is given twice among the outlet's name and aliases`
        : `"${earlier}" and "${later}" differ only by case: an outlet's name and aliases match without case, so keep one of them`,
    );
  }
  const abbreviation = firstRepeat(next.abbreviations, (a) => a, had.abbreviations);
  if (abbreviation) throw new BadRequestException(`the abbreviation "${abbreviation[1]}" is given twice`);
  const domain = firstRepeat(next.domains, domainKey, had.domains);
  if (domain) throw new BadRequestException(`the domain "${domain[1]}" is given twice (domains compare without case or a leading www.)`);
}

/**
 * The first value whose key an earlier one shares, with that earlier one,
 * unless both were already there. Counted: each value the outlet had stands
 * for one occurrence only, so its name sent again as an alias is a new repeat
 * (a set of the values it had let the name pass as the alias).
 */
function firstRepeat(values: readonly string[], key: (value: string) => string, existing: readonly string[]): [string, string] | null {
  const unmatched = new Map<string, number>();
  for (const value of existing) unmatched.set(value, (unmatched.get(value) ?? 0) + 1);
  const wasThere = (value: string): boolean => {
    const left = unmatched.get(value) ?? 0;
    if (left > 0) unmatched.set(value, left - 1);
    return left > 0;
  };
  const first = new Map<string, { value: string; old: boolean }>();
  for (const value of values) {
    const old = wasThere(value);
    const earlier = first.get(key(value));
    if (earlier === undefined) first.set(key(value), { value, old });
    else if (!old || !earlier.old) return [earlier.value, value];
  }
  return null;
}
