/**
 * Every mail template rendered with the names and text real people give: accents, emoji with
 * joiners, quotes, and paragraphs long enough to need folding. Shared by the MIME checks in workerd
 * and in Node (where a strict parser reads them back).
 */
import { inviteAttachment } from "../workers/platform/calendar";
import { signInMail } from "../workers/features/auth/mail";
import {
  eventConfirmMail,
  eventFollowUpMail,
  eventRegisteredMail,
  hostInviteMail,
} from "../workers/features/events/mail";
import { autoEndedMail, nudgeMail, stillGoingMail } from "../workers/features/health/mail";
import { welcomeMail } from "../workers/features/imports/mail";
import { confirmMail } from "../workers/features/join/mail";
import { matchedMail } from "../workers/features/matching/mail";
import { mentorshipClosedMail } from "../workers/features/mentorships/mail";
import { kudosManagerMail } from "../workers/features/recognition/mail";
import {
  choicesExhaustedAdminMail,
  choicesExhaustedMail,
  pausedForLapsesMail,
  requestAcceptedMail,
  requestMail,
} from "../workers/features/requests/mail";
import { groupReadyMail } from "../workers/features/groups/mail";
import { meetingMail } from "../workers/features/meetings/mail";
import { reminderDigestMail } from "../workers/features/reminders/mail";
import { monthlyReportMail } from "../workers/features/reports/mail";
import { retentionWarningMail } from "../workers/features/retention/mail";
import { rotationFeedbackMail, rotationIntroMail } from "../workers/features/rotations/mail";
import { rouletteIntroMail } from "../workers/features/roulette/mail";
import { surveyInviteMail } from "../workers/features/surveys/mail";
import type { RenderedMail } from "../workers/features/mail";
import { meetingInvite } from "../workers/features/meetings/calendar";
import { applicationDecidedMail } from "../workers/features/applications/mail";
import { knowledgeReviewMail } from "../workers/features/library/mail";
import { partnerLeftMail } from "../workers/features/privacy/mail";
import { UI_LANGUAGES, type UiLanguage } from "../workers/domain/ui-languages";

export const NAME = "Zoë Ångström-Łukasiewicz 👩🏽‍💻";
export const PARTNER = 'José "Pepe" Núñez; Søren, Ørsted: 李小龍';
export const PROGRAM = "Führung & Wachstum — Mentoring 2027 🌱";
export const FROM = "Tandem — Mentoring 🤝 <tandem@example.com>";
export const TO = "zoe.angstrom@example.com";
/** A paragraph far longer than a mail line may be (998 octets), with multi-byte characters throughout. */
const LONG = "Ich möchte lernen, wie man ein Team führt – Prioritäten, Feedback, Konflikte 🚀. ".repeat(30);
const ORIGIN = "https://tandem.example";
const TOKEN = "Ab9_".repeat(20);
const ID = "0b6f7c1e-9a43-4c1b-8f5e-2d3a4b5c6d7e";
const EVENT = { id: ID, key: "k".repeat(24) };
const person = { name: PARTNER, email: "jose@example.com" };

const invite = meetingInvite(
  {
    id: "m-1",
    title: `Mentoring: ${NAME} and ${PARTNER}`,
    startsAt: Date.UTC(2027, 4, 6, 9),
    minutes: 45,
    place: "Café « Zur Mühle », 3. Stock",
    videoUrl: null,
    agenda: LONG,
    sequence: 0,
    cancelled: false,
    attendees: [{ name: NAME, email: TO }, person],
  },
  { name: "Tandem — Mentoring 🤝", email: "tandem@example.com" },
);

/** Each template by its function's name, rendered once in `language`. */
const samplesIn = (language: UiLanguage): Record<string, RenderedMail> => ({
  signInMail: signInMail(language, ORIGIN, TOKEN),
  confirmMail: confirmMail(language, PROGRAM, ORIGIN, TOKEN),
  welcomeMail: welcomeMail(language, NAME, PROGRAM, ORIGIN),
  matchedMail: matchedMail(language, NAME, person, "mentee", PROGRAM, LONG, ORIGIN, ID),
  requestMail: requestMail(
    language,
    NAME,
    { name: PARTNER, title: "Directora de Ingeniería", department: "Forschung & Entwicklung" },
    PROGRAM,
    LONG,
    "Ihr teilt Interesse an Führung",
    "Donnerstag, 4. März 2027",
    ORIGIN,
    ID,
  ),
  requestAcceptedMail: requestAcceptedMail(language, NAME, person, PROGRAM, ORIGIN, ID),
  applicationDecidedMail: applicationDecidedMail(
    language,
    NAME,
    PROGRAM,
    false,
    LONG,
    `${ORIGIN}/programs/p1/mentor-application`,
  ),
  knowledgeReviewMail: knowledgeReviewMail(
    language,
    NAME,
    PARTNER,
    { id: ID, title: `What we learned: ${PROGRAM}` },
    ORIGIN,
  ),
  choicesExhaustedMail: choicesExhaustedMail(language, NAME, { id: ID, name: PROGRAM }, ORIGIN),
  partnerLeftMail: partnerLeftMail(language, NAME, "mentor", PROGRAM, ORIGIN),
  choicesExhaustedAdminMail: choicesExhaustedAdminMail(
    language,
    { name: NAME, email: TO },
    { id: ID, name: PROGRAM },
    ORIGIN,
  ),
  pausedForLapsesMail: pausedForLapsesMail(language, NAME, PROGRAM, ORIGIN),
  mentorshipClosedMail: mentorshipClosedMail(language, NAME, PARTNER, PROGRAM, "ended", "no-time", ORIGIN, ID),
  kudosManagerMail: kudosManagerMail(language, NAME, PARTNER, LONG.slice(0, 500), ORIGIN),
  eventRegisteredMail: eventRegisteredMail(
    language,
    NAME,
    {
      ...EVENT,
      title: `Speed-Mentoring « Été » ${PROGRAM}`,
      when: "jeudi 4 mars 2027 à 10:00",
      place: "Atrium, Zürich",
    },
    "mentee",
    ORIGIN,
  ),
  eventFollowUpMail: eventFollowUpMail(language, NAME, `Speed-Mentoring « Été » 🎉`, ORIGIN, EVENT, {
    proposes: true,
    surveyUrl: "https://tandem.example/s/" + "Zz-9".repeat(16),
  }),
  nudgeMail: nudgeMail({ name: NAME, partner: PARTNER, programName: PROGRAM, language }, 43, ORIGIN, ID),
  stillGoingMail: stillGoingMail({ name: NAME, partner: PARTNER, programName: PROGRAM, language }, ORIGIN, TOKEN),
  autoEndedMail: autoEndedMail({ name: NAME, partner: PARTNER, programName: PROGRAM, language }, 91, ORIGIN, ID),
  hostInviteMail: hostInviteMail(
    language,
    `Speed-Mentoring « Été » 🎉`,
    { name: PARTNER, email: "host@example.com" },
    ORIGIN,
    ID,
  ),
  eventConfirmMail: eventConfirmMail(language, `Speed-Mentoring « Été » 🎉`, ORIGIN, EVENT, TOKEN),
  groupReadyMail: groupReadyMail(
    language,
    NAME,
    { name: "Gruppe Ærø", programName: PROGRAM, peer: false },
    [
      { name: PARTNER, role: "mentor" },
      { name: "Łucja Wąsowska", role: "mentee" },
    ],
    ORIGIN,
    ID,
  ),
  meetingMail: {
    ...meetingMail(
      language,
      NAME,
      PARTNER,
      "scheduled",
      { when: "Dienstag, 6. Mai 2027 um 09:00", where: "Café « Zur Mühle »", agenda: LONG, shadowing: false },
      ORIGIN,
      { mentorshipId: ID, meetingId: "m-1" },
    ),
    attachments: [inviteAttachment(invite, "REQUEST")],
  },
  reminderDigestMail: reminderDigestMail(language, NAME, [
    { text: `Treffen mit ${PARTNER} morgen 🗓️`, link: `${ORIGIN}/mentorships/${ID}` },
    { text: LONG, link: `${ORIGIN}/events/${EVENT.id}?key=${EVENT.key}` },
  ]),
  rotationIntroMail: rotationIntroMail(
    language,
    NAME,
    "senior",
    [{ name: PARTNER, title: "Praktikant", department: "Übersetzung" }],
    { id: ID, name: PROGRAM, cycle: 2, until: "28. März 2027" },
    [LONG, "Was läuft gut? 👍"],
    ORIGIN,
  ),
  rotationFeedbackMail: rotationFeedbackMail(language, NAME, [PARTNER], { id: ID, name: PROGRAM, cycle: 2 }, ORIGIN),
  rouletteIntroMail: {
    ...rouletteIntroMail(
      language,
      NAME,
      [
        { name: PARTNER, title: "Praktikant", department: "Übersetzung" },
        { name: "Łucja Wąsowska", title: "", department: "" },
      ],
      {
        programName: PROGRAM,
        round: 3,
        interests: ["Führung", "Œnologie 🍷"],
        slot: "Dienstag, 6. Mai 2027 um 09:00",
        sharedHours: true,
      },
      ORIGIN,
      { pairId: ID, token: TOKEN },
    ),
    attachments: [inviteAttachment(invite, "REQUEST")],
  },
  retentionWarningMail: retentionWarningMail(language, NAME, PROGRAM, "2029-02-28", `${ORIGIN}/admin/programs/${ID}`),
  monthlyReportMail: monthlyReportMail(
    language,
    NAME,
    "Dezember 2027",
    {
      programName: PROGRAM,
      joined: 12_345,
      matchRate: 87.5,
      waiting: 3,
      quietPairs: 2,
      surveyResponseRate: null,
      nextEvent: { title: `Speed-Mentoring « Été » 🎉 ${LONG}`, when: "Donnerstag, 4. März 2027 um 10:00" },
      nextStep: { kind: "match", count: 3, survey: null, url: `${ORIGIN}/admin/programs/${ID}/matching` },
    },
    ORIGIN,
    ID,
  ),
  surveyInviteMail: surveyInviteMail(
    language,
    NAME,
    { title: `Zwischenbilanz ${PROGRAM}`, about: LONG, closes: "31. März 2027", anonymous: true },
    ORIGIN,
    TOKEN,
    1,
  ),
});

/** Every template in every language Tandem speaks. */
export const SAMPLES_IN = Object.fromEntries(UI_LANGUAGES.map((l) => [l, samplesIn(l)])) as Record<
  UiLanguage,
  Record<string, RenderedMail>
>;

/** Every template in every language, by name ("matchedMail", "matchedMail:de"), for checks that read each mail. */
export const SAMPLES: Record<string, RenderedMail> = Object.fromEntries(
  UI_LANGUAGES.flatMap((l) =>
    Object.entries(SAMPLES_IN[l]).map(([name, mail]) => [l === "en" ? name : `${name}:${l}`, mail]),
  ),
);

export const CALENDAR_INVITE = invite;

/** What RFC 5322 and 2045 ask of a raw message's bytes, as a list of problems (empty when it is fine). */
export function mimeProblems(raw: string): string[] {
  const problems: string[] = [];
  if (/[^\r]\n|\r(?!\n)/.test(raw)) problems.push("a line does not end in CRLF");
  if (/[^\x00-\x7f]/.test(raw)) problems.push("8-bit bytes in a message with no 8bit part");
  const encoder = new TextEncoder();
  raw.split("\r\n").forEach((line, i) => {
    if (encoder.encode(line).length > 998) problems.push(`line ${i + 1} is over 998 octets`);
  });
  for (const word of raw.match(/=\?[^?\s]+\?[bq]\?[^?\s]*\?=/gi) ?? []) {
    if (word.length > 75) problems.push(`encoded-word over 75 characters: ${word.slice(0, 30)}…`);
  }
  return problems;
}
