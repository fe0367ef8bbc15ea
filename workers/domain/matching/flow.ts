/**
 * @module domain/matching/flow
 * A residual flow graph in typed arrays and the two steps of successive shortest paths over it:
 * Dijkstra on reduced costs (Johnson potentials) and a blocking flow along every shortest path found.
 */

/** A binary heap of (distance, node) in typed arrays, enough for Dijkstra; `pop` returns the node. */
class Heap {
  private d = new Float64Array(1024);
  private n = new Int32Array(1024);
  size = 0;
  /** The distance of the node `pop` returned last. */
  top = 0;
  push(dist: number, node: number) {
    if (this.size === this.d.length) {
      const d = new Float64Array(this.size * 2);
      const n = new Int32Array(this.size * 2);
      d.set(this.d);
      n.set(this.n);
      this.d = d;
      this.n = n;
    }
    const { d, n } = this;
    let i = this.size++;
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
    const { d, n } = this;
    const node = n[0]!;
    this.top = d[0]!;
    const size = --this.size;
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

/** Arcs with capacities and costs; each arc has its reverse at index ^ 1. */
export class FlowGraph {
  readonly head: Int32Array;
  readonly to: Int32Array;
  readonly cap: Int32Array;
  readonly cost: Float64Array;
  readonly next: Int32Array;
  readonly potential: Float64Array;
  readonly dist: Float64Array;
  arcCount = 0;

  constructor(
    readonly nodes: number,
    arcs: number,
  ) {
    this.head = new Int32Array(nodes).fill(-1);
    this.to = new Int32Array(2 * arcs);
    this.cap = new Int32Array(2 * arcs);
    this.cost = new Float64Array(2 * arcs);
    this.next = new Int32Array(2 * arcs);
    this.potential = new Float64Array(nodes);
    this.dist = new Float64Array(nodes);
  }

  /** Adds u → v and its empty reverse; returns the forward arc's index. */
  addArc(u: number, v: number, c: number, w: number) {
    const { to, cap, cost, next, head } = this;
    const a = this.arcCount;
    to[a] = v;
    cap[a] = c;
    cost[a] = w;
    next[a] = head[u]!;
    head[u] = a;
    to[a + 1] = u;
    cap[a + 1] = 0;
    cost[a + 1] = -w;
    next[a + 1] = head[v]!;
    head[v] = a + 1;
    this.arcCount += 2;
    return a;
  }

  /** Moves one unit along arc a. */
  push(a: number) {
    this.cap[a]! -= 1;
    this.cap[a ^ 1]! += 1;
  }

  /** Shortest reduced distances from `source` into `dist`; stops once `sink` is settled when `early`. */
  dijkstra(source: number, sink: number, early: boolean) {
    const { dist, head, next, cap, to, cost, potential } = this;
    dist.fill(Infinity);
    dist[source] = 0;
    const heap = new Heap();
    heap.push(0, source);
    while (heap.size) {
      const u = heap.pop();
      const d = heap.top;
      if (d > dist[u]!) continue;
      // The sink is settled: nodes farther away cannot lie on this shortest path.
      if (early && u === sink) break;
      for (let a = head[u]!; a !== -1; a = next[a]!) {
        if (cap[a]! <= 0) continue;
        const v = to[a]!;
        const nd = d + cost[a]! + potential[u]! - potential[v]!;
        if (nd < dist[v]!) {
          dist[v] = nd;
          heap.push(nd, v);
        }
      }
    }
  }

  /**
   * One phase: shortest distances from `source`, potentials raised by them (capped at the sink's, which
   * keeps every reduced cost non-negative after an early stop), then a unit along every path of zero
   * reduced cost. Returns the cost of the paths taken (with the potentials as they were before), or
   * null when the sink cannot be reached; `improving` stops before taking paths of non-negative cost.
   */
  phase(source: number, sink: number, improving: boolean): number | null {
    const { dist, potential, nodes } = this;
    this.dijkstra(source, sink, true);
    if (dist[sink] === Infinity) return null;
    const pathCost = dist[sink]! + potential[sink]! - potential[source]!;
    if (improving && pathCost >= 0) return pathCost;
    const reach = dist[sink]!;
    for (let v = 0; v < nodes; v++) potential[v]! += Math.min(dist[v]!, reach);
    this.augmentAll(source, sink);
    return pathCost;
  }

  /**
   * Every path of zero reduced cost is now a shortest path (its cost telescopes to the same total),
   * so augment along as many of them as exist before running Dijkstra again: a blocking flow on the
   * admissible arcs, found by depth-first search with current-arc pointers.
   */
  private augmentAll(source: number, sink: number) {
    const { head, next, to, cap, cost, potential, nodes } = this;
    const current = Int32Array.from(head);
    const dead = new Uint8Array(nodes);
    const onPath = new Uint8Array(nodes);
    const pathArc = new Int32Array(nodes);
    const stack: number[] = [];
    for (;;) {
      stack.length = 0;
      stack.push(source);
      onPath[source] = 1;
      let found = false;
      while (stack.length) {
        const u = stack[stack.length - 1]!;
        if (u === sink) {
          found = true;
          break;
        }
        let advanced = false;
        for (let a = current[u]!; a !== -1; a = next[a]!) {
          const v = to[a]!;
          if (cap[a]! > 0 && !dead[v] && !onPath[v] && cost[a]! + potential[u]! - potential[v]! === 0) {
            current[u] = a;
            pathArc[v] = a;
            onPath[v] = 1;
            stack.push(v);
            advanced = true;
            break;
          }
          current[u] = next[a]!;
        }
        if (!advanced) {
          dead[u] = 1;
          onPath[u] = 0;
          stack.pop();
        }
      }
      for (const v of stack) onPath[v] = 0;
      if (!found) return;
      for (let k = 1; k < stack.length; k++) this.push(pathArc[stack[k]!]!);
    }
  }
}
