/**
 * The pair's mentoring agreement: how often and how they meet, confidentiality and what each expects,
 * from the program's default text. Each confirms it; a change the other has not confirmed asks them again.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { Field, Submit } from "../../lib/Field";
import { formatDate } from "../../lib/dates";
import { useFormSave } from "../../lib/form";
import { useApi } from "../../lib/query";
import { Skeleton } from "../../lib/Skeleton";
import type { Mentorship } from "./myMentorships";

const load = (id: string) => ok(api.mentorships[":id"].agreement.$get({ param: { id } }));
type Agreement = Awaited<ReturnType<typeof load>>;
type Terms = Agreement["terms"];

const TERMS: [keyof Terms, string][] = [
  ["frequency", "How often we meet"],
  ["format", "How we meet"],
  ["confidentiality", "Confidentiality"],
  ["expectations", "What we expect of each other"],
];

export function AgreementPanel({ m }: { m: Mentorship }) {
  const loaded = useApi(["mentorships", m.id, "agreement"], () => load(m.id));
  if (!loaded.data) return loaded.error ? <Alert message={loaded.error} /> : <Skeleton />;
  return (
    <AgreementForm
      key={loaded.data.terms && JSON.stringify(loaded.data.terms)}
      m={m}
      a={loaded.data}
      set={loaded.set}
    />
  );
}

function AgreementForm({ m, a, set }: { m: Mentorship; a: Agreement; set: (next: Agreement) => void }) {
  const [terms, setTerms] = useState<Terms>(a.terms);
  const save = useFormSave(
    (json: { terms: Terms }) => ok(api.mentorships[":id"].agreement.$post({ param: { id: m.id }, json })),
    { saved: (r) => (r.agreed ? "You both agreed." : "Confirmed. Your partner confirms next.") },
  );
  const mine = m.role === "mentor" ? a.mentorConfirmedAt : a.menteeConfirmedAt;
  const theirs = m.role === "mentor" ? a.menteeConfirmedAt : a.mentorConfirmedAt;
  const submit = async (e: Event) => {
    e.preventDefault();
    const saved = await save.submit({ terms });
    if (saved) set(saved);
  };
  return (
    <section id="agreement" aria-labelledby="agreement-h" class="agreement">
      <h2 id="agreement-h">Mentoring agreement</h2>
      <p>
        {a.agreed
          ? "You both agreed to these terms."
          : `${mine ? `You confirmed on ${formatDate(mine)}.` : "You have not confirmed yet."} ${
              theirs ? `${m.partner.name} confirmed.` : `${m.partner.name} has not confirmed yet.`
            }`}
      </p>
      <form ref={save.formRef} onSubmit={submit} noValidate>
        {TERMS.map(([k, label]) => (
          <Field key={k} id={`agreement-${k}`} label={label} error={save.errors[`terms.${k}`]}>
            {(attrs) => (
              <textarea
                {...attrs}
                rows={2}
                value={terms[k]}
                disabled={m.status !== "active"}
                onInput={(e) => setTerms({ ...terms, [k]: e.currentTarget.value })}
              />
            )}
          </Field>
        ))}
        {m.status === "active" && !(a.agreed && mine) && (
          <Submit busy={save.busy} label="Confirm the agreement" busyLabel="Confirming…" result={save.result} />
        )}
        {a.agreed && (
          <p>
            <span class="tag" data-tone="success">
              Agreed
            </span>
          </p>
        )}
      </form>
    </section>
  );
}
