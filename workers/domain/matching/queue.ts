/**
 * @module domain/matching/queue
 * The queue of Dijkstra's search in flow.ts: (distance, node) pairs, the nearest first. The distances
 * are reduced costs, whole numbers (scores are, and so every potential and price built from them) and
 * small: a search pushes none below the last it popped. A radix heap fits that exactly: a push is a few
 * bit operations, and each entry is moved down at most once a bit of its distance, where a binary heap
 * pays a sift through its whole height for every push and pop. On a company's run the search pushes
 * millions of entries a solve. Should a distance ever not be a whole number below 2^31, the queue moves
 * what it holds into a binary heap and goes on with that, in the same order.
 *
 * Written here: the priority queues on npm hold objects with a comparator, which at millions of
 * entries costs more in allocation than the search itself.
 */

/** Growable typed arrays of distances and nodes: one radix bucket, or the binary heap's storage. */
class Entries {
  d = new Float64Array(64);
  n = new Int32Array(64);
  size = 0;
  push(dist: number, node: number) {
    if (this.size === this.d.length) {
      const d = new Float64Array(this.size * 2);
      const n = new Int32Array(this.size * 2);
      d.set(this.d);
      n.set(this.n);
      this.d = d;
      this.n = n;
    }
    this.d[this.size] = dist;
    this.n[this.size++] = node;
  }
}

/** A binary min-heap over `Entries`; `pop` returns the node and leaves its distance in `top`. */
class BinaryHeap {
  private e = new Entries();
  top = 0;
  get size() {
    return this.e.size;
  }
  push(dist: number, node: number) {
    const e = this.e;
    e.push(dist, node);
    const { d, n } = e;
    let i = e.size - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (d[p]! <= dist) break;
      d[i] = d[p]!;
      n[i] = n[p]!;
      i = p;
    }
    d[i] = dist;
    n[i] = node;
  }
  pop(): number {
    const { d, n } = this.e;
    const node = n[0]!;
    this.top = d[0]!;
    const size = --this.e.size;
    const lastD = d[size]!;
    const lastN = n[size]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && d[c + 1]! < d[c]!) c++;
      if (d[c]! >= lastD) break;
      d[i] = d[c]!;
      n[i] = n[c]!;
      i = c;
    }
    d[i] = lastD;
    n[i] = lastN;
    return node;
  }
}

/** Bucket b > 0 holds the distances whose highest bit that differs from `last` is bit b - 1; bucket 0, `last` itself. */
const bucketOf = (dist: number, last: number) => 32 - Math.clz32(dist ^ last);

/** Dijkstra's queue: a radix heap while every distance is a whole number below 2^31. */
export class DistanceQueue {
  private buckets = Array.from({ length: 33 }, () => new Entries());
  private last = 0;
  private fallback: BinaryHeap | null = null;
  size = 0;
  /** The distance of the node `pop` returned last. */
  top = 0;

  push(dist: number, node: number) {
    this.size++;
    if (this.fallback) return this.fallback.push(dist, node);
    if ((dist | 0) !== dist || dist < this.last) return this.toBinaryHeap().push(dist, node);
    this.buckets[bucketOf(dist, this.last)]!.push(dist, node);
  }

  pop(): number {
    this.size--;
    if (this.fallback) {
      const node = this.fallback.pop();
      this.top = this.fallback.top;
      return node;
    }
    const { buckets } = this;
    let zero = buckets[0]!;
    if (zero.size === 0) {
      let b = 1;
      while (buckets[b]!.size === 0) b++;
      const from = buckets[b]!;
      let least = from.d[0]!;
      for (let t = 1; t < from.size; t++) if (from.d[t]! < least) least = from.d[t]!;
      // Every entry of bucket b moves to a lower bucket against the new `last`.
      this.last = least;
      for (let t = 0; t < from.size; t++) buckets[bucketOf(from.d[t]!, least)]!.push(from.d[t]!, from.n[t]!);
      from.size = 0;
      zero = buckets[0]!;
    }
    this.top = this.last;
    return zero.n[--zero.size]!;
  }

  /** Moves every entry into a binary heap, which serves from now on. */
  private toBinaryHeap() {
    const heap = new BinaryHeap();
    for (const bucket of this.buckets) {
      for (let t = 0; t < bucket.size; t++) heap.push(bucket.d[t]!, bucket.n[t]!);
      bucket.size = 0;
    }
    this.fallback = heap;
    return heap;
  }
}
