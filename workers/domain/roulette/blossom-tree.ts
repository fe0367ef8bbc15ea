/**
 * @module domain/roulette/blossom-tree
 * The state of the primal-dual blossom algorithm (blossom.ts) and its operations on the alternating
 * forest: labelling, and making a blossom (blossom-paths.ts expands them and augments along paths). It
 * follows J. van Rantwijk's formulation of Edmonds' algorithm (Galil, "Efficient algorithms for
 * finding maximum matching in graphs", 1986), over typed arrays and sparse adjacency lists.
 *
 * Edges are numbered k; their ends are the endpoints 2k (from) and 2k + 1 (to). A vertex's `mate` is the
 * endpoint across its matched edge. Vertex duals are stored doubled so that integer weights keep every
 * dual integral; a blossom's dual is stored as is.
 */

export type WeightedEdges = { count: number; from: Int32Array; to: Int32Array; weight: Float64Array };

/** Labels: none, S (outer), T (inner); 4 marks a blossom on the path scanBlossom is tracing. */
export const FREE = 0;
export const OUTER = 1;
export const INNER = 2;

export class BlossomState {
  readonly n: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weight: Float64Array;
  readonly endpoint: Int32Array;
  /** Vertex v's endpoints across its edges are adj[adjStart[v]] .. adj[adjStart[v + 1] - 1]. */
  readonly adjStart: Int32Array;
  readonly adj: Int32Array;
  readonly mate: Int32Array;
  readonly label: Int8Array;
  readonly labelEnd: Int32Array;
  readonly inBlossom: Int32Array;
  readonly parent: Int32Array;
  readonly base: Int32Array;
  readonly children: (number[] | null)[];
  readonly ends: (number[] | null)[];
  readonly bestEdge: Int32Array;
  readonly bestEdges: (number[] | null)[];
  readonly dual: Float64Array;
  readonly allowed: Uint8Array;
  readonly unused: number[] = [];
  queue: number[] = [];
  private readonly bestTo: Int32Array;
  private readonly leafScratch: number[] = [];

  constructor(n: number, edges: WeightedEdges) {
    this.n = n;
    const m = edges.count;
    this.from = edges.from;
    this.to = edges.to;
    this.weight = edges.weight;
    this.endpoint = new Int32Array(2 * m);
    this.adjStart = new Int32Array(n + 1);
    for (let k = 0; k < m; k++) {
      this.endpoint[2 * k] = this.from[k]!;
      this.endpoint[2 * k + 1] = this.to[k]!;
      this.adjStart[this.from[k]! + 1]!++;
      this.adjStart[this.to[k]! + 1]!++;
    }
    for (let v = 0; v < n; v++) this.adjStart[v + 1]! += this.adjStart[v]!;
    this.adj = new Int32Array(2 * m);
    const fill = this.adjStart.slice(0, n);
    for (let k = 0; k < m; k++) {
      this.adj[fill[this.from[k]!]!++] = 2 * k + 1;
      this.adj[fill[this.to[k]!]!++] = 2 * k;
    }
    let maxWeight = 0;
    for (let k = 0; k < m; k++) maxWeight = Math.max(maxWeight, this.weight[k]!);
    this.mate = new Int32Array(n).fill(-1);
    this.label = new Int8Array(2 * n);
    this.labelEnd = new Int32Array(2 * n).fill(-1);
    this.inBlossom = Int32Array.from({ length: n }, (_, v) => v);
    this.parent = new Int32Array(2 * n).fill(-1);
    this.base = Int32Array.from({ length: 2 * n }, (_, v) => (v < n ? v : -1));
    this.children = new Array<number[] | null>(2 * n).fill(null);
    this.ends = new Array<number[] | null>(2 * n).fill(null);
    this.bestEdge = new Int32Array(2 * n).fill(-1);
    this.bestEdges = new Array<number[] | null>(2 * n).fill(null);
    this.dual = new Float64Array(2 * n);
    this.dual.fill(maxWeight, 0, n);
    this.allowed = new Uint8Array(m);
    for (let b = 2 * n - 1; b >= n; b--) this.unused.push(b);
    this.bestTo = new Int32Array(2 * n).fill(-1);
  }

  slack(k: number) {
    return this.dual[this.from[k]!]! + this.dual[this.to[k]!]! - 2 * this.weight[k]!;
  }

  /** The vertices inside blossom (or vertex) b, appended to `out`. */
  leaves(b: number, out: number[] = []): number[] {
    if (b < this.n) out.push(b);
    else for (const c of this.children[b]!) this.leaves(c, out);
    return out;
  }

  /** Labels w's top blossom `t` (OUTER or INNER), reached through endpoint p; an INNER one's mate becomes OUTER. */
  assignLabel(w: number, t: number, p: number): void {
    const b = this.inBlossom[w]!;
    this.label[w] = this.label[b] = t;
    this.labelEnd[w] = this.labelEnd[b] = p;
    this.bestEdge[w] = this.bestEdge[b] = -1;
    if (t === OUTER) this.leaves(b, this.queue);
    else {
      const m = this.mate[this.base[b]!]!;
      this.assignLabel(this.endpoint[m]!, OUTER, m ^ 1);
    }
  }

  /** Traces back from v and w: the base of the blossom they close, or -1 when they lie on an augmenting path. */
  scanBlossom(v: number, w: number): number {
    const path: number[] = [];
    let base = -1;
    while (v !== -1 || w !== -1) {
      let b = this.inBlossom[v]!;
      if (this.label[b]! & 4) {
        base = this.base[b]!;
        break;
      }
      path.push(b);
      this.label[b] = 5;
      if (this.labelEnd[b] === -1) v = -1;
      else {
        v = this.endpoint[this.labelEnd[b]!]!;
        b = this.inBlossom[v]!;
        v = this.endpoint[this.labelEnd[b]!]!;
      }
      if (w !== -1) [v, w] = [w, v];
    }
    for (const b of path) this.label[b] = OUTER;
    return base;
  }

  /** Makes a new OUTER blossom from the cycle that edge k closes through `base`. */
  addBlossom(base: number, k: number): void {
    let v = this.from[k]!;
    let w = this.to[k]!;
    const bb = this.inBlossom[base]!;
    let bv = this.inBlossom[v]!;
    let bw = this.inBlossom[w]!;
    const b = this.unused.pop()!;
    this.base[b] = base;
    this.parent[b] = -1;
    this.parent[bb] = b;
    const path: number[] = [];
    const ends: number[] = [];
    while (bv !== bb) {
      this.parent[bv] = b;
      path.push(bv);
      ends.push(this.labelEnd[bv]!);
      v = this.endpoint[this.labelEnd[bv]!]!;
      bv = this.inBlossom[v]!;
    }
    path.push(bb);
    path.reverse();
    ends.reverse();
    ends.push(2 * k);
    while (bw !== bb) {
      this.parent[bw] = b;
      path.push(bw);
      ends.push(this.labelEnd[bw]! ^ 1);
      w = this.endpoint[this.labelEnd[bw]!]!;
      bw = this.inBlossom[w]!;
    }
    this.children[b] = path;
    this.ends[b] = ends;
    this.label[b] = OUTER;
    this.labelEnd[b] = this.labelEnd[bb]!;
    this.dual[b] = 0;
    for (const x of this.leaves(b)) {
      if (this.label[this.inBlossom[x]!] === INNER) this.queue.push(x);
      this.inBlossom[x] = b;
    }
    // The least-slack edge from the new blossom to each other OUTER blossom, from its children's lists.
    const touched: number[] = [];
    const { bestTo, leafScratch } = this;
    for (const c of path) {
      let list = this.bestEdges[c];
      if (!list) {
        leafScratch.length = 0;
        list = leafScratch;
        for (const x of this.leaves(c, [])) {
          for (let a = this.adjStart[x]!; a < this.adjStart[x + 1]!; a++) leafScratch.push(this.adj[a]! >> 1);
        }
      }
      for (const k of list) {
        let j = this.to[k]!;
        if (this.inBlossom[j] === b) j = this.from[k]!;
        const bj = this.inBlossom[j]!;
        if (bj === b || this.label[bj] !== OUTER) continue;
        const best = bestTo[bj]!;
        if (best === -1) touched.push(bj);
        if (best === -1 || this.slack(k) < this.slack(best)) bestTo[bj] = k;
      }
      this.bestEdges[c] = null;
      this.bestEdge[c] = -1;
    }
    const list = touched.map((bj) => this.bestTo[bj]!);
    for (const bj of touched) this.bestTo[bj] = -1;
    this.bestEdges[b] = list;
    let best = -1;
    for (const k of list) if (best === -1 || this.slack(k) < this.slack(best)) best = k;
    this.bestEdge[b] = best;
  }
}
