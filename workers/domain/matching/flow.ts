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

/**
 * Arcs with capacities and costs. They are listed first (`addArc`), then laid out by tail node
 * (`freeze`), so that a search reads each node's arcs from consecutive memory: on a company's graph
 * that is most of the search's time. Outside, arcs are named by the number `addArc` gave them.
 */
export class FlowGraph {
  readonly potential: Float64Array;
  readonly dist: Float64Array;
  private listed = 0;
  private readonly tail: Int32Array;
  private readonly head: Int32Array;
  private readonly listedCap: Int32Array;
  private readonly listedCost: Float64Array;
  // After `freeze`: node u's arcs are first[u] .. first[u + 1] - 1, with the reverse of arc a at rev[a].
  private first!: Int32Array;
  private to!: Int32Array;
  private rev!: Int32Array;
  private cap!: Int32Array;
  private cost!: Float64Array;
  /** Where each listed arc went. */
  private at!: Int32Array;

  constructor(
    readonly nodes: number,
    arcs: number,
  ) {
    this.tail = new Int32Array(arcs);
    this.head = new Int32Array(arcs);
    this.listedCap = new Int32Array(arcs);
    this.listedCost = new Float64Array(arcs);
    this.potential = new Float64Array(nodes);
    this.dist = new Float64Array(nodes);
  }

  /** Lists u → v with capacity c and cost w (and its empty reverse); returns its number. */
  addArc(u: number, v: number, c: number, w: number) {
    const e = this.listed++;
    this.tail[e] = u;
    this.head[e] = v;
    this.listedCap[e] = c;
    this.listedCost[e] = w;
    return e;
  }

  /** Lays the listed arcs out by tail node; no arc can be added after. */
  freeze() {
    const { nodes, listed, tail, head } = this;
    const first = new Int32Array(nodes + 1);
    for (let e = 0; e < listed; e++) {
      first[tail[e]! + 1]!++;
      first[head[e]! + 1]!++;
    }
    for (let u = 0; u < nodes; u++) first[u + 1]! += first[u]!;
    const fill = first.slice(0, nodes);
    const size = 2 * listed;
    this.to = new Int32Array(size);
    this.rev = new Int32Array(size);
    this.cap = new Int32Array(size);
    this.cost = new Float64Array(size);
    this.at = new Int32Array(listed);
    for (let e = 0; e < listed; e++) {
      const a = fill[tail[e]!]!++;
      const b = fill[head[e]!]!++;
      this.to[a] = head[e]!;
      this.to[b] = tail[e]!;
      this.rev[a] = b;
      this.rev[b] = a;
      this.cap[a] = this.listedCap[e]!;
      this.cost[a] = this.listedCost[e]!;
      this.cost[b] = -this.listedCost[e]!;
      this.at[e] = a;
    }
    this.first = first;
  }

  /** Moves one unit along listed arc e. */
  push(e: number) {
    const a = this.at[e]!;
    this.cap[a]! -= 1;
    this.cap[this.rev[a]!]! += 1;
  }

  /** The flow on listed arc e. */
  flow(e: number) {
    return this.cap[this.rev[this.at[e]!]!]!;
  }

  /** Takes listed arc e out of the graph, flow and all. */
  remove(e: number) {
    const a = this.at[e]!;
    this.cap[a] = this.cap[this.rev[a]!] = 0;
  }

  /** Shortest reduced distances from `source` into `dist`; stops once `sink` is settled when `early`. */
  dijkstra(source: number, sink: number, early: boolean) {
    const { dist, first, cap, to, cost, potential } = this;
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
      for (let a = first[u]!, end = first[u + 1]!; a < end; a++) {
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
    const { first, to, cap, cost, potential, nodes, rev } = this;
    const current = first.slice(0, nodes);
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
        for (let a = current[u]!, end = first[u + 1]!; a < end; a++) {
          const v = to[a]!;
          if (cap[a]! > 0 && !dead[v] && !onPath[v] && cost[a]! + potential[u]! - potential[v]! === 0) {
            current[u] = a;
            pathArc[v] = a;
            onPath[v] = 1;
            stack.push(v);
            advanced = true;
            break;
          }
          current[u] = a + 1;
        }
        if (!advanced) {
          dead[u] = 1;
          onPath[u] = 0;
          stack.pop();
        }
      }
      for (const v of stack) onPath[v] = 0;
      if (!found) return;
      for (let k = 1; k < stack.length; k++) {
        const a = pathArc[stack[k]!]!;
        cap[a]! -= 1;
        cap[rev[a]!]! += 1;
      }
    }
  }
}
