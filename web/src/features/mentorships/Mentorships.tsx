/**
 * The person's mentorships on their dashboard, current ones first, with starting a proposed one,
 * marking one complete, or ending it early.
 */
import { useState } from "preact/hooks";
import { api, messageOf, ok } from "../../lib/api";
import { useApiChange } from "../../lib/query";
import { ConfirmDialog } from "../../lib/Dialog";
import { EndMentorshipDialog } from "./EndMentorshipDialog";
import { MentorshipCard } from "./MentorshipCard";
import { isCurrent, type Mentorship } from "./myMentorships";
import { useT } from "./i18n";

export function Mentorships(props: {
  items: Mentorship[];
  onChanged: (message: string) => void;
  /** Withdrawing from a mentorship's program (it asks first). */
  onWithdraw?: (m: Mentorship) => void;
}) {
  const { items, onChanged, onWithdraw } = props;
  const { t } = useT();
  const [ending, setEnding] = useState<Mentorship | null>(null);
  const [completing, setCompleting] = useState<Mentorship | null>(null);
  const sorted = [...items.filter(isCurrent), ...items.filter((m) => !isCurrent(m))];

  const starting = useApiChange((m: Mentorship) => ok(api.mentorships[":id"].activate.$post({ param: { id: m.id } })));
  const start = async (m: Mentorship) => {
    // The page's one status line says how it went, either way.
    const started = await starting.run(m, (err) => onChanged(messageOf(err)));
    if (started !== null) onChanged(t("mentorships.list.started", { name: m.partner.name }));
  };

  const complete = async (m: Mentorship) => {
    await ok(api.mentorships[":id"].complete.$post({ param: { id: m.id } }));
    setCompleting(null);
    onChanged(t("mentorships.list.completed", { name: m.partner.name }));
  };

  return (
    <>
      <ul class="cards mentorships">
        {sorted.map((m) => (
          <MentorshipCard
            key={m.id}
            m={m}
            onStart={() => start(m)}
            onComplete={() => setCompleting(m)}
            onEnd={() => setEnding(m)}
            onWithdraw={onWithdraw && (() => onWithdraw(m))}
          />
        ))}
      </ul>
      {completing && (
        <ConfirmDialog
          title={t("mentorships.list.completeTitle", { name: completing.partner.name })}
          confirmLabel={t("mentorships.list.completeConfirm")}
          cancelLabel={t("mentorships.list.completeCancel")}
          onConfirm={() => complete(completing)}
          onClose={() => setCompleting(null)}
        >
          <p>{t("mentorships.list.completeText")}</p>
        </ConfirmDialog>
      )}
      {ending && (
        <EndMentorshipDialog
          m={ending}
          onClose={() => setEnding(null)}
          onEnded={() => {
            setEnding(null);
            onChanged(t("mentorships.list.ended", { name: ending.partner.name }));
          }}
        />
      )}
    </>
  );
}
