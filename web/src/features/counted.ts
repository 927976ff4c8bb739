/** "1 claim", "0 claims", "3 published claims": a count with its noun, singular for one. */
export const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
