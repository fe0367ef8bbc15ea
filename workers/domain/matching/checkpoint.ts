/**
 * @module domain/matching/checkpoint
 * A streamed solve's state (`SolveState`) as bytes and back, to be stored between a run's steps.
 * Hand-written rather than a serializer from npm: the state is a dozen typed arrays, and their bytes
 * are copied as they are, where a general format would walk millions of numbers one by one.
 */
import { Pairs } from "./pairs";
import type { SolveState } from "./streamed";

const ARRAYS = [
  "start",
  "potential",
  "mentorOf",
  "menteePrice",
  "mentorPrice",
  "order",
  "bestBound",
  "slack",
  "lastLimit",
  "lastPrice",
] as const;
const KINDS = { Float64Array, Int32Array, Uint8Array };
type Kind = keyof typeof KINDS;
type Typed = Float64Array | Int32Array | Uint8Array;

/** `state` as bytes, with `stamp` (what it was solved from) to be checked when it is read back. */
export function packState(state: SolveState, stamp: string): Uint8Array {
  const parts: [string, Typed][] = ARRAYS.map((name) => [name, state[name]]);
  for (const [name, pairs] of [
    ["kept", state.kept],
    ["fresh", state.fresh],
  ] as const) {
    parts.push(
      [`${name}.mentee`, pairs.mentee.subarray(0, pairs.length)],
      [`${name}.mentor`, pairs.mentor.subarray(0, pairs.length)],
      [`${name}.score`, pairs.score.subarray(0, pairs.length)],
    );
  }
  const { phase, rounds, added, next, violators, repair, pairBase, rise } = state;
  const header = new TextEncoder().encode(
    JSON.stringify({
      stamp,
      scalars: { phase, rounds, added, next, violators, repair, pairBase, rise: Number.isFinite(rise) ? rise : null },
      arrays: parts.map(([name, a]) => [name, a.constructor.name, a.length]),
    }),
  );
  // Each array starts on a multiple of 8 bytes, so it can be read back as a view of the bytes.
  const at = (n: number) => Math.ceil(n / 8) * 8;
  let size = at(4 + header.length);
  for (const [, a] of parts) size += at(a.byteLength);
  const bytes = new Uint8Array(size);
  new DataView(bytes.buffer).setUint32(0, header.length, true);
  bytes.set(header, 4);
  let offset = at(4 + header.length);
  for (const [, a] of parts) {
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), offset);
    offset += at(a.byteLength);
  }
  return bytes;
}

/** The state in `bytes`, or null when it was solved from something other than `stamp`. */
export function unpackState(bytes: Uint8Array, stamp: string): SolveState | null {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as {
    stamp: string;
    scalars: Pick<SolveState, "phase" | "rounds" | "added" | "next" | "violators" | "repair" | "pairBase"> & {
      rise: number | null;
    };
    arrays: [string, Kind, number][];
  };
  if (header.stamp !== stamp) return null;
  const at = (n: number) => Math.ceil(n / 8) * 8;
  // A copy, aligned, so the arrays can be views of it.
  const own = bytes.slice();
  let offset = at(4 + length);
  const arrays = new Map<string, Typed>();
  for (const [name, kind, n] of header.arrays) {
    const Type = KINDS[kind];
    arrays.set(name, new Type(own.buffer, offset, n));
    offset += at(n * Type.BYTES_PER_ELEMENT);
  }
  const pairs = (name: string) => {
    const p = new Pairs();
    const n = arrays.get(`${name}.mentee`)!.length;
    // Room to grow, as a new `Pairs` has: the proof goes on adding to them.
    const room = Math.max(p.mentee.length, n);
    [p.mentee, p.mentor, p.score] = [new Int32Array(room), new Int32Array(room), new Uint8Array(room)];
    p.mentee.set(arrays.get(`${name}.mentee`)!);
    p.mentor.set(arrays.get(`${name}.mentor`)!);
    p.score.set(arrays.get(`${name}.score`)!);
    p.length = n;
    return p;
  };
  const { rise, ...scalars } = header.scalars;
  return {
    ...scalars,
    rise: rise ?? -Infinity,
    kept: pairs("kept"),
    fresh: pairs("fresh"),
    ...(Object.fromEntries(ARRAYS.map((name) => [name, arrays.get(name)!])) as Pick<
      SolveState,
      (typeof ARRAYS)[number]
    >),
  };
}
