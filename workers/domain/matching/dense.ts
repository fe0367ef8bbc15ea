/**
 * @module domain/matching/dense
 * The exact assignment of a small, dense problem by Jonker and Volgenant's method (column reduction,
 * augmenting row reduction, then shortest augmenting paths by an array Dijkstra without a heap), over
 * a square cost matrix of doubles (measured faster here than 32-bit integers, which need converting in
 * every reduced cost) with one column per mentor seat.
 *
 * Why beside the pruned solver: when almost every pair is allowed and the problem has a few thousand
 * seats, the arcs of a graph cost more than the whole matrix, and this method's initial phases settle
 * most rows before any path search. Written here rather than taken from npm: the packages that exist
 * (munkres, linear-sum-assignment) are slower on these shapes (`npm run bench`) and know no seats.
 */

/** Row-major scores, row = mentee, column = mentor; `forbidden` marks a pair that may not be made. */
export type DenseProblem = { capacities: number[]; menteeCount: number; scores: Uint8Array; forbidden: number };
export type DensePairs = { mentor: number; mentee: number; score: number }[];

/** The largest side of the square matrix: its 8 bytes a cell then take 32 MB of a Worker's 128 MB. */
export const DENSE_MAX_SIDE = 2_000;

/**
 * Most mentees matched, then the highest total score. The square side is the larger of mentees and
 * seats; the padding and forbidden pairs cost `big`, more than any total of real costs, so an
 * optimum first makes as few of them as it can (the most pairs), then the least `100 - score`.
 */
export function solveDense(p: DenseProblem): DensePairs {
  const mentors = p.capacities.length;
  const seatMentor: number[] = [];
  p.capacities.forEach((seats, j) => {
    for (let s = 0; s < seats; s++) seatMentor.push(j);
  });
  const seats = seatMentor.length;
  const n = Math.max(p.menteeCount, seats);
  if (n === 0) return [];
  const big = 100 * n + 1;
  const costOf = new Float64Array(256).fill(big);
  for (let s = 0; s <= 100; s++) costOf[s] = 100 - s;
  costOf[p.forbidden] = big;
  // The smaller side are the rows: every real row takes a real column (at `big` when only a forbidden
  // pair is left, i.e. unmatched), and the extra rows cost nothing anywhere, i.e. unused columns.
  const seatRows = seats < p.menteeCount;
  const rows = seatRows ? seats : p.menteeCount;
  const cols = seatRows ? p.menteeCount : seats;
  const cost = new Float64Array(n * n);
  for (let r = 0; r < rows; r++) {
    const line = r * n;
    for (let c = 0; c < cols; c++) {
      const mentee = seatRows ? c : r;
      const seat = seatRows ? r : c;
      cost[line + c] = costOf[p.scores[mentee * mentors + seatMentor[seat]!]!]!;
    }
  }
  const x = lapjv(n, cost);
  const pairs: DensePairs = [];
  for (let r = 0; r < rows; r++) {
    const mentee = seatRows ? x[r]! : r;
    const mentor = seatMentor[seatRows ? r : x[r]!]!;
    const score = p.scores[mentee * mentors + mentor]!;
    if (score !== p.forbidden) pairs.push({ mentor, mentee, score });
  }
  pairs.sort((a, b) => a.mentee - b.mentee);
  return pairs;
}

/** The column of each row in a minimum-cost perfect assignment of the n × n matrix `cost`. */
export function lapjv(n: number, cost: Float64Array): Int32Array {
  const lap: Lap = {
    n,
    cost,
    x: new Int32Array(n).fill(-1),
    y: new Int32Array(n).fill(-1),
    v: new Float64Array(n),
    free: new Int32Array(n),
  };
  const { x, y, v, free } = lap;
  let freeCount = columnReduction(lap);
  // Two rounds, as Jonker and Volgenant found best: each settles most free rows cheaply.
  for (let round = 0; round < 2 && freeCount > 0; round++) freeCount = rowReduction(lap, freeCount);
  const search = pathSearch(n, cost, y, v);
  for (let f = 0; f < freeCount; f++) {
    const start = free[f]!;
    let j = search(start);
    // Flip the path from the free column back to the start row.
    for (let i = -1; i !== start;) {
      i = search.pred[j]!;
      y[j] = i;
      const previous = x[i]!;
      x[i] = j;
      j = previous;
    }
  }
  return x;
}

/** The solver's state: the matrix, each row's column (x) and column's row (y), prices (v), free rows. */
type Lap = { n: number; cost: Float64Array; x: Int32Array; y: Int32Array; v: Float64Array; free: Int32Array };

/** Each column's cheapest row takes it if still free; rows taken once get their price transferred. */
function columnReduction({ n, cost, x, y, v, free }: Lap) {
  v.fill(Infinity);
  const minRow = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    for (let j = 0; j < n; j++) {
      const c = cost[row + j]!;
      if (c < v[j]!) {
        v[j] = c;
        minRow[j] = i;
      }
    }
  }
  const unique = new Uint8Array(n).fill(1);
  for (let j = n - 1; j >= 0; j--) {
    const i = minRow[j]!;
    if (x[i]! < 0) {
      x[i] = j;
      y[j] = i;
    } else unique[i] = 0;
  }
  let freeCount = 0;
  for (let i = 0; i < n; i++) {
    if (x[i]! < 0) free[freeCount++] = i;
    else if (unique[i]) {
      const j = x[i]!;
      const row = i * n;
      let min = Infinity;
      for (let k = 0; k < n; k++) if (k !== j) min = Math.min(min, cost[row + k]! - v[k]!);
      if (min < Infinity) v[j]! -= min;
    }
  }
  return freeCount;
}

/**
 * Augmenting row reduction: a free row takes its cheapest column, lowering that column's price by the
 * gap to its second cheapest, and the row it displaces becomes free in turn.
 */
function rowReduction({ n, cost, x, y, v, free }: Lap, freeCount: number) {
  let current = 0;
  let next = 0;
  let steps = 0;
  while (current < freeCount) {
    steps++;
    const i = free[current++]!;
    const row = i * n;
    let j1 = 0;
    let u1 = cost[row]! - v[0]!;
    let j2 = -1;
    let u2 = Infinity;
    for (let j = 1; j < n; j++) {
      const h = cost[row + j]! - v[j]!;
      if (h < u2) {
        if (h >= u1) {
          u2 = h;
          j2 = j;
        } else {
          u2 = u1;
          u1 = h;
          j2 = j1;
          j1 = j;
        }
      }
    }
    let i0 = y[j1]!;
    const lowered = v[j1]! - (u2 - u1);
    const lowers = lowered < v[j1]!;
    // The step bound stops ties from sending rows round in circles; the path search finishes them.
    if (steps < current * n) {
      if (lowers) v[j1] = lowered;
      else if (i0 >= 0 && j2 >= 0) {
        j1 = j2;
        i0 = y[j2]!;
      }
      if (i0 >= 0) {
        if (lowers) free[--current] = i0;
        else free[next++] = i0;
      }
    } else if (i0 >= 0) free[next++] = i0;
    x[i] = j1;
    y[j1] = i;
    if (i0 >= 0) x[i0] = -1;
  }
  return next;
}

/**
 * Dijkstra from a free row over all columns in arrays: the columns at the current least distance are
 * kept together at the front of `cols`, so finding the next ones is one scan, with no heap.
 * Returns the free column the shortest path ends at; `pred` holds the path.
 */
function pathSearch(n: number, cost: Float64Array, y: Int32Array, v: Float64Array) {
  const d = new Float64Array(n);
  const cols = new Int32Array(n);
  const pred = new Int32Array(n);
  const search = (start: number): number => {
    for (let j = 0; j < n; j++) {
      cols[j] = j;
      d[j] = cost[start * n + j]! - v[j]!;
      pred[j] = start;
    }
    let lo = 0; // cols[0, lo): settled; [lo, hi): at the least distance, to scan; [hi, n): the rest
    let hi = 0;
    let ready = 0;
    let end = -1;
    while (end < 0) {
      if (lo === hi) {
        ready = lo;
        let min = d[cols[lo]!]!;
        hi = lo + 1;
        for (let k = hi; k < n; k++) {
          const j = cols[k]!;
          const dj = d[j]!;
          if (dj <= min) {
            if (dj < min) {
              hi = lo;
              min = dj;
            }
            cols[k] = cols[hi]!;
            cols[hi++] = j;
          }
        }
        for (let k = lo; k < hi; k++) {
          if (y[cols[k]!]! < 0) {
            end = cols[k]!;
            break;
          }
        }
        if (end >= 0) break;
      }
      const j0 = cols[lo++]!;
      const i = y[j0]!;
      const min = d[j0]!;
      const row = i * n;
      const h = cost[row + j0]! - v[j0]! - min;
      for (let k = hi; k < n; k++) {
        const j = cols[k]!;
        const reduced = cost[row + j]! - v[j]! - h;
        if (reduced < d[j]!) {
          d[j] = reduced;
          pred[j] = i;
          if (reduced === min) {
            if (y[j]! < 0) {
              end = j;
              break;
            }
            cols[k] = cols[hi]!;
            cols[hi++] = j;
          }
        }
      }
    }
    // Settled columns get cheaper by how much closer they were than the path's end.
    const min = d[end]!;
    for (let k = 0; k < ready; k++) {
      const j = cols[k]!;
      v[j]! += d[j]! - min;
    }
    return end;
  };
  return Object.assign(search, { pred });
}
