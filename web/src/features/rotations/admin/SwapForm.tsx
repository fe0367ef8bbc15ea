/**
 * Two juniors, or two seniors, trade places in a cycle not started yet. The API refuses a swap that
 * would pair two people who meet in another cycle, and says so.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../../lib/api";
import { Field, Options, outcome, Submit } from "../../../lib/Field";
import { useApiChange } from "../../../lib/query";
import type { RotationData } from "./Rotation";

type Props = { programId: string; rotation: RotationData; onSwapped: (r: RotationData) => void };

export function SwapForm({ programId, rotation, onSwapped }: Props) {
  const planned = rotation.cycles.filter((c) => c.status === "planned");
  const [cycle, setCycle] = useState(planned[0]?.cycle ?? 0);
  const [a, setA] = useState("");
  const [b, setB] = useState("");
  const swapping = useApiChange((json: { cycle: number; a: string; b: string }) =>
    ok(api.programs[":id"].rotations.swap.$post({ param: { id: programId }, json })),
  );
  const { busy } = swapping;
  const [incomplete, setIncomplete] = useState(false);
  const [swapped, setSwapped] = useState<string | null>(null);
  const message = outcome(incomplete ? "Choose two people of the same role." : swapping.error, swapped);
  if (planned.length === 0) return null;

  const chosen = planned.find((c) => c.cycle === cycle) ?? planned[0]!;
  const inCycle = new Set([...chosen.pairs.flatMap((p) => [p.juniorId, ...p.seniorIds]), ...chosen.byes]);
  const candidates = rotation.people.filter((p) => inCycle.has(p.id) || rotation.unplanned.includes(p.id));
  const first = candidates.find((p) => p.id === a);
  const partners = candidates.filter((p) => first && p.id !== first.id && p.role === first.role);

  const submit = async (e: Event) => {
    e.preventDefault();
    setSwapped(null);
    setIncomplete(!first || !b);
    if (!first || !b) return;
    const next = await swapping.run({ cycle: chosen.cycle, a, b });
    if (!next) return;
    onSwapped(next);
    const nameOf = (id: string) => candidates.find((p) => p.id === id)?.name ?? "";
    setSwapped(`${nameOf(a)} and ${nameOf(b)} traded places in cycle ${chosen.cycle}.`);
    setA("");
    setB("");
  };

  return (
    <form class="card" onSubmit={submit} aria-labelledby="swap-title">
      <h2 id="swap-title">Swap two people</h2>
      <p class="hint">
        Two juniors or two seniors trade places in a cycle that has not started. Someone who joined after planning can
        take another person's place.
      </p>
      <Field id="swap-cycle" label="Cycle">
        {(aria) => (
          <select
            {...aria}
            value={String(chosen.cycle)}
            onChange={(e) => {
              setCycle(Number(e.currentTarget.value));
              setA("");
              setB("");
            }}
          >
            {planned.map((c) => (
              <option key={c.cycle} value={String(c.cycle)}>
                Cycle {c.cycle}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div class="row">
        <Field id="swap-a" label="Person">
          {(aria) => (
            <select
              {...aria}
              value={a}
              onChange={(e) => {
                setA(e.currentTarget.value);
                setB("");
              }}
            >
              <option value="">Choose someone</option>
              {(["junior", "senior"] as const).map((role) => (
                <optgroup key={role} label={role === "junior" ? "Juniors" : "Seniors"}>
                  <Options options={candidates.filter((p) => p.role === role).map((p) => [p.id, p.name])} />
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="swap-b"
          label="Trades places with"
          hint={first ? `Another ${first.role}` : "Choose the first person"}
        >
          {(aria) => (
            <select {...aria} value={b} disabled={!first} onChange={(e) => setB(e.currentTarget.value)}>
              <option value="">Choose someone</option>
              <Options options={partners.map((p) => [p.id, p.name])} />
            </select>
          )}
        </Field>
      </div>
      <Submit busy={busy} label="Swap" busyLabel="Swapping…" result={message} />
    </form>
  );
}
