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

/** Each template by its function's name, rendered once. */
export const SAMPLES: Record<string, RenderedMail> = {
  signInMail: signInMail(ORIGIN, TOKEN),
  confirmMail: confirmMail(PROGRAM, ORIGIN, TOKEN),
  welcomeMail: welcomeMail(NAME, PROGRAM, ORIGIN),
  matchedMail: matchedMail(NAME, person, "mentee", PROGRAM, LONG, ORIGIN, ID),
  requestMail: requestMail(
    NAME,
    { name: PARTNER, title: "Directora de Ingeniería", department: "Forschung & Entwicklung" },
    PROGRAM,
    LONG,
    "Ihr teilt Interesse an Führung",
    "Donnerstag, 4. März 2027",
    ORIGIN,
    ID,
  ),
  requestAcceptedMail: requestAcceptedMail(NAME, person, PROGRAM, ORIGIN, ID),
  applicationDecidedMail: applicationDecidedMail(
    NAME,
    PROGRAM,
    false,
    LONG,
    `${ORIGIN}/programs/p1/mentor-application`,
  ),
  knowledgeReviewMail: knowledgeReviewMail(NAME, PARTNER, `What we learned: ${PROGRAM}`, ORIGIN, ID),
  choicesExhaustedMail: choicesExhaustedMail(NAME, PROGRAM, ORIGIN, ID),
  partnerLeftMail: partnerLeftMail(NAME, "mentor", PROGRAM, ORIGIN),
  choicesExhaustedAdminMail: choicesExhaustedAdminMail({ name: NAME, email: TO }, PROGRAM, ORIGIN, ID),
  pausedForLapsesMail: pausedForLapsesMail(NAME, PROGRAM, ORIGIN),
  mentorshipClosedMail: mentorshipClosedMail(NAME, PARTNER, PROGRAM, "ended", "Zeitmangel — leider", ORIGIN, ID),
  kudosManagerMail: kudosManagerMail(NAME, PARTNER, LONG.slice(0, 500), ORIGIN),
  eventRegisteredMail: eventRegisteredMail(
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
  eventFollowUpMail: eventFollowUpMail(NAME, `Speed-Mentoring « Été » 🎉`, ORIGIN, EVENT, {
    proposes: true,
    surveyUrl: "https://tandem.example/s/" + "Zz-9".repeat(16),
  }),
  nudgeMail: nudgeMail({ name: NAME, partner: PARTNER, programName: PROGRAM }, 43, ORIGIN, ID),
  stillGoingMail: stillGoingMail(NAME, PARTNER, PROGRAM, ORIGIN, TOKEN),
  autoEndedMail: autoEndedMail({ name: NAME, partner: PARTNER, programName: PROGRAM }, 91, ORIGIN, ID),
  hostInviteMail: hostInviteMail(
    `Speed-Mentoring « Été » 🎉`,
    { name: PARTNER, email: "host@example.com" },
    ORIGIN,
    ID,
  ),
  eventConfirmMail: eventConfirmMail(`Speed-Mentoring « Été » 🎉`, ORIGIN, EVENT, TOKEN),
  groupReadyMail: groupReadyMail(
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
      NAME,
      PARTNER,
      "scheduled",
      { when: "Dienstag, 6. Mai 2027 um 09:00", where: "Café « Zur Mühle »", agenda: LONG, shadowing: false },
      ORIGIN,
      { mentorshipId: ID, meetingId: "m-1" },
    ),
    attachments: [inviteAttachment(invite, "REQUEST")],
  },
  reminderDigestMail: reminderDigestMail(NAME, [
    { text: `Treffen mit ${PARTNER} morgen 🗓️`, link: `${ORIGIN}/mentorships/${ID}` },
    { text: LONG, link: `${ORIGIN}/events/${EVENT.id}?key=${EVENT.key}` },
  ]),
  rotationIntroMail: rotationIntroMail(
    NAME,
    "senior",
    [{ name: PARTNER, title: "Praktikant", department: "Übersetzung" }],
    { id: ID, name: PROGRAM, cycle: 2, until: "28. März 2027" },
    [LONG, "Was läuft gut? 👍"],
    ORIGIN,
  ),
  rotationFeedbackMail: rotationFeedbackMail(NAME, [PARTNER], { id: ID, name: PROGRAM, cycle: 2 }, ORIGIN),
  rouletteIntroMail: {
    ...rouletteIntroMail(
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
  retentionWarningMail: retentionWarningMail(NAME, PROGRAM, "2029-02-28", `${ORIGIN}/admin/programs/${ID}`),
  monthlyReportMail: monthlyReportMail(
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
      nextStep: {
        text: "3 people wait for a match",
        action: "Run matching",
        url: `${ORIGIN}/admin/programs/${ID}/matching`,
      },
    },
    ORIGIN,
    ID,
  ),
  surveyInviteMail: surveyInviteMail(
    NAME,
    { title: `Zwischenbilanz ${PROGRAM}`, about: LONG, closes: "31. März 2027", anonymous: true },
    ORIGIN,
    TOKEN,
    1,
  ),
};

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
