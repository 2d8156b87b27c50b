// What the timing gates share (the scaling test's worst-case shapes, the corpus run's worst-case check).

/**
 * The fastest of `rounds` runs of each of two timings, taken in turns (first, second, first…) so that a spell of load
 * on a shared machine, or a garbage collection, falls on both rather than on one of them.
 */
export function fastestInTurns<T extends { ms: number }>(rounds: number, first: () => T, second: () => T): [T, T] {
  let a: T | undefined;
  let b: T | undefined;
  for (let round = 0; round < rounds; round++) {
    const x = first();
    const y = second();
    if (a === undefined || x.ms < a.ms) a = x;
    if (b === undefined || y.ms < b.ms) b = y;
  }
  return [a!, b!];
}
