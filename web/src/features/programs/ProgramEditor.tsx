/** Creates or edits a program; shows and rotates its shared link; names its managers. */
import { useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { ProgramTabs, useProgram } from "./ProgramLayout";
import { ShareLink } from "./ShareLink";
import { ChatChannel } from "../chat/ChatChannel";
import { RequireSignIn } from "../../lib/RequireSignIn";
import type { Me } from "../../lib/session";
import { Skeleton } from "../../lib/Skeleton";
import { StartFrom, type Start } from "./StartFrom";
import { ProgramForm } from "./ProgramForm";
import { ProgramJourney } from "./ProgramJourney";
import { useT } from "./i18n";

export default function ProgramEditor() {
  return <RequireSignIn>{(me) => <Editor me={me} />}</RequireSignIn>;
}

function Editor({ me }: { me: Me }) {
  const { params } = useRoute();
  const id = params.id;
  const { data: program, error: loadError, set: setProgram } = useProgram(id, true);
  const [start, setStart] = useState<Start | null>(null);
  const { t } = useT();
  if (loadError) return <p class="status error">{loadError}</p>;
  if (id && !program) return <Skeleton />;
  if (!id && !me.isAdmin) return <p class="status error">{t("programs.editor.adminsOnly")}</p>;
  return (
    <section class="narrow">
      {program && <ProgramTabs id={program.id} kind={program.kind} tab="overview" />}
      <h1>{program ? program.name : t("programs.list.new")}</h1>
      {program && <ShareLink program={program} onChange={setProgram} />}
      {!program && <StartFrom start={start} onChange={setStart} />}
      <ProgramForm
        key={program?.id ?? start?.templateId ?? start?.copyFrom ?? "new"}
        program={program}
        start={program ? null : start}
        isAdmin={me.isAdmin}
        onSaved={setProgram}
      />
      {program && <ProgramJourney program={program} />}
      {program && <ChatChannel programId={program.id} />}
    </section>
  );
}
