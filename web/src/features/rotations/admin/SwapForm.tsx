/**
 * Two juniors, or two seniors, trade places in a cycle not started yet. The API refuses a swap that
 * would pair two people who meet in another cycle, and says so.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../../lib/api";
import { Field, Options, outcome, Submit } from "../../../lib/Field";
import { useApiChange } from "../../../lib/query";
import type { RotationData } from "./Rotation";
import { useT } from "../i18n";

type Props = { programId: string; rotation: RotationData; onSwapped: (r: RotationData) => void };

export function SwapForm({ programId, rotation, onSwapped }: Props) {
  const { t } = useT();
  const planned = rotation.cycles.filter((c) => c.status === "planned");
  const [cycle, setCycle] = useState(planned[0]?.cycle ?? 0);
  const [a, setA] = useState("");
  const [b, setB] = useState("");
  const swapping = useApiChange((json: { cycle: number; a: string; b: string }) =>
    ok(api.programs[":id"].rotations.swap.$post({ param: { id: programId }, json })),
  );
  const [incomplete, setIncomplete] = useState(false);
  const [swapped, setSwapped] = useState<string | null>(null);
  const status = {
    busy: swapping.busy,
    result: outcome(incomplete ? t("rotations.swap.incomplete") : swapping.error, swapped),
  };
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
    setSwapped(t("rotations.swap.done", { a: nameOf(a), b: nameOf(b), cycle: chosen.cycle }));
    setA("");
    setB("");
  };

  return (
    <form class="card" onSubmit={submit} aria-labelledby="swap-title">
      <h2 id="swap-title">{t("rotations.swap.title")}</h2>
      <p class="hint">{t("rotations.swap.hint")}</p>
      <Field id="swap-cycle" label={t("rotations.swap.cycle")}>
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
                {t("rotations.swap.cycleOption", { cycle: c.cycle })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div class="row">
        <Field id="swap-a" label={t("rotations.swap.person")}>
          {(aria) => (
            <select
              {...aria}
              value={a}
              onChange={(e) => {
                setA(e.currentTarget.value);
                setB("");
              }}
            >
              <option value="">{t("rotations.swap.choose")}</option>
              {(["junior", "senior"] as const).map((role) => (
                <optgroup
                  key={role}
                  label={role === "junior" ? t("rotations.swap.juniors") : t("rotations.swap.seniors")}
                >
                  <Options options={candidates.filter((p) => p.role === role).map((p) => [p.id, p.name])} />
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="swap-b"
          label={t("rotations.swap.with")}
          hint={first ? t("rotations.swap.another", { role: first.role }) : t("rotations.swap.chooseFirst")}
        >
          {(aria) => (
            <select {...aria} value={b} disabled={!first} onChange={(e) => setB(e.currentTarget.value)}>
              <option value="">{t("rotations.swap.chooseOther")}</option>
              <Options options={partners.map((p) => [p.id, p.name])} />
            </select>
          )}
        </Field>
      </div>
      <Submit change={status} label={t("rotations.swap.submit")} busyLabel={t("rotations.swap.busy")} />
    </form>
  );
}
