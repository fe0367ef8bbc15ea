/** The package ships no types: edges as [u, v, weight], the answer as each vertex's mate (-1 for none). */
declare module "edmonds-blossom-fixed" {
  export default function blossom(edges: [number, number, number][], maxCardinality?: boolean): number[];
}
