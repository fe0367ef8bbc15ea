/**
 * @module domain/matching/flow
 * A residual flow graph in typed arrays and the two steps of successive shortest paths over it:
 * Dijkstra on reduced costs (Johnson potentials) and a blocking flow along every shortest path found.
 */
import { DistanceQueue } from "./queue";

/** Lists a graph's arcs by calling `add(u, v, capacity, cost)` for each, keeping the numbers it answers. */
export type ArcList = (add: (u: number, v: number, c: number, w: number) => number) => void;

/**
 * Arcs with capacities and costs, laid out by tail node so that a search reads each node's arcs from
 * consecutive memory: on a company's graph that is most of the search's time. The arcs are listed
 * twice, once to count each node's and once to put them in place, so the graph never holds a second
 * copy of them: at a million pairs it takes 40 MB of arrays rather than 64.
 */
export class FlowGraph {
  readonly potential: Float64Array;
  readonly dist: Float64Array;
  // Node u's arcs are first[u] .. first[u + 1] - 1, with the reverse of arc a at rev[a].
  private readonly first: Int32Array;
  private readonly to: Int32Array;
  private readonly rev: Int32Array;
  private readonly cap: Int32Array;
  private readonly cost: Float64Array;

  /** The graph of `nodes` nodes with the arcs `list` gives (and each one's empty reverse). */
  constructor(
    readonly nodes: number,
    list: ArcList,
  ) {
    this.potential = new Float64Array(nodes);
    this.dist = new Float64Array(nodes);
    const first = new Int32Array(nodes + 1);
    let arcs = 0;
    list((u, v) => {
      first[u + 1]!++;
      first[v + 1]!++;
      return arcs++;
    });
    for (let u = 0; u < nodes; u++) first[u + 1]! += first[u]!;
    const fill = first.slice(0, nodes);
    const to = (this.to = new Int32Array(2 * arcs));
    const rev = (this.rev = new Int32Array(2 * arcs));
    const cap = (this.cap = new Int32Array(2 * arcs));
    const cost = (this.cost = new Float64Array(2 * arcs));
    this.first = first;
    list((u, v, c, w) => {
      const a = fill[u]!++;
      const b = fill[v]!++;
      to[a] = v;
      to[b] = u;
      rev[a] = b;
      rev[b] = a;
      cap[a] = c;
      cost[a] = w;
      cost[b] = -w;
      return a;
    });
  }

  /** Moves one unit along arc a (as `add` numbered it). */
  push(a: number) {
    this.cap[a]! -= 1;
    this.cap[this.rev[a]!]! += 1;
  }

  /** The flow on arc a. */
  flow(a: number) {
    return this.cap[this.rev[a]!]!;
  }

  /** Takes arc a out of the graph, flow and all. */
  remove(a: number) {
    this.cap[a] = this.cap[this.rev[a]!] = 0;
  }

  /** Shortest reduced distances from `source` into `dist`; stops once `sink` is settled when `early`. */
  dijkstra(source: number, sink: number, early: boolean) {
    const { dist, first, cap, to, cost, potential } = this;
    dist.fill(Infinity);
    dist[source] = 0;
    const heap = new DistanceQueue();
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
