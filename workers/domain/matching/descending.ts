/** @module domain/matching/descending — searching numbers kept sorted from the highest down. */

/** How many of `descending`'s numbers are above `x`, by halving: the lists are as long as the seated mentors. */
export function countAbove(descending: Float64Array, x: number) {
  let lo = 0;
  let hi = descending.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (descending[mid]! > x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
