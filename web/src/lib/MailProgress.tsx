/** How far a bulk send has got: "4,200 of 10,000 welcome mails sent", with a bar and what failed. */
import { useT } from "./i18n";

export type Progress = {
  id: string;
  label: string;
  total: number;
  waiting: number;
  sent: number;
  failed: number;
  skipped: number;
};

/** `noun` names what is sent, plural ("mails", "survey invitations"); it comes from the page, in its words. */
export function MailProgress({ progress: p, noun }: { progress: Progress; noun?: string }) {
  const { t } = useT();
  const barId = `mail-progress-${p.id}`;
  return (
    <div class="mail-progress">
      <label for={barId}>
        {t("mailProgress.sent", { sent: p.sent, total: p.total, noun: noun ?? t("mailProgress.mails") })}
        {p.waiting > 0 ? t("mailProgress.waiting", { count: p.waiting }) : ""}
        {p.failed > 0 ? t("mailProgress.failed", { count: p.failed }) : ""}
        {p.skipped > 0 ? t("mailProgress.skipped", { count: p.skipped }) : ""}
      </label>
      <progress id={barId} max={p.total || 1} value={p.sent} />
    </div>
  );
}
