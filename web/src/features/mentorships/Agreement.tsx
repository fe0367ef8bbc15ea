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
import { useT } from "./i18n";
import { Tag } from "../../lib/StatusTag";

const load = (id: string) => ok(api.mentorships[":id"].agreement.$get({ param: { id } }));
type Agreement = Awaited<ReturnType<typeof load>>;
type Terms = Agreement["terms"];

const TERMS: (keyof Terms)[] = ["frequency", "format", "confidentiality", "expectations"];

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
  const { t } = useT();
  const labels: Record<keyof Terms, string> = {
    frequency: t("mentorships.agreement.frequency"),
    format: t("mentorships.agreement.format"),
    confidentiality: t("mentorships.agreement.confidentiality"),
    expectations: t("mentorships.agreement.expectations"),
  };
  const [terms, setTerms] = useState<Terms>(a.terms);
  const save = useFormSave(
    (json: { terms: Terms }) => ok(api.mentorships[":id"].agreement.$post({ param: { id: m.id }, json })),
    { saved: (r) => (r.agreed ? t("mentorships.agreement.savedBoth") : t("mentorships.agreement.savedMine")) },
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
      <h2 id="agreement-h">{t("mentorships.agreement.title")}</h2>
      <p>
        {a.agreed
          ? t("mentorships.agreement.agreed")
          : `${mine ? t("mentorships.agreement.youConfirmed", { date: formatDate(mine) }) : t("mentorships.agreement.youNotYet")} ${
              theirs
                ? t("mentorships.agreement.partnerConfirmed", { name: m.partner.name })
                : t("mentorships.agreement.partnerNotYet", { name: m.partner.name })
            }`}
      </p>
      <form ref={save.formRef} onSubmit={submit} noValidate>
        {TERMS.map((k) => (
          <Field key={k} id={`agreement-${k}`} label={labels[k]} error={save.errors[`terms.${k}`]}>
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
          <Submit
            change={save}
            label={t("mentorships.agreement.confirm")}
            busyLabel={t("mentorships.agreement.confirming")}
          />
        )}
        {a.agreed && (
          <p>
            <Tag tone="success">{t("mentorships.agreement.agreedTag")}</Tag>
          </p>
        )}
      </form>
    </section>
  );
}
