/**
 * @module features/privacy/repo/export-activity
 * A person's export, second half: surveys, recognition, the library, events, roulette, rotations,
 * training, mail, and what they did as an organiser.
 */
import { eq, getTableColumns, inArray, or, sql } from "drizzle-orm";
import * as t from "../../../db/schema";
import type { DB } from "../../../platform/db";
import { about, nameOf, only, without, type Section } from "./export-sql";

export function activitySections(db: DB, p: string) {
  const { rows, naming, addressed } = about(db, p);
  const myInvitations = db
    .select({ id: t.surveyInvitations.id })
    .from(t.surveyInvitations)
    .where(eq(t.surveyInvitations.personId, p));
  return {
    surveyInvitations: naming(t.surveyInvitations, "personId", without(t.surveyInvitations, "tokenHash", "personId")),
    surveyAnswers: rows(
      t.surveyResponses,
      inArray(t.surveyResponses.invitationId, myInvitations),
      without(t.surveyResponses, "responseKey"),
    ),
    kudosSent: naming(t.kudos, "fromId", { ...without(t.kudos, "fromId", "toId"), to: nameOf(t.kudos.toId) }),
    kudosReceived: naming(t.kudos, "toId", { ...without(t.kudos, "fromId", "toId"), from: nameOf(t.kudos.fromId) }),
    badges: naming(t.badges, "personId"),
    certificates: naming(t.certificates, "personId"),
    libraryEntries: [
      [t.libraryEntries, t.libraryAuthors],
      db
        .select(without(t.libraryEntries, "searchText", "rowNo"))
        .from(t.libraryEntries)
        .where(
          or(
            eq(t.libraryEntries.createdBy, p),
            sql`${t.libraryEntries.id} IN (SELECT entry_id FROM library_authors WHERE person_id = ${p})`,
          ),
        ),
    ],
    eventRegistrations: [
      [t.eventRegistrations, t.events],
      db
        .select({
          ...getTableColumns(t.eventRegistrations),
          event: t.events.title,
          startsAt: t.events.startsAt,
        })
        .from(t.eventRegistrations)
        .innerJoin(t.events, eq(t.events.id, t.eventRegistrations.eventId))
        .where(eq(t.eventRegistrations.personId, p)),
    ],
    eventsHosted: [
      [t.eventHosts, t.events],
      db
        .select({ eventId: t.events.id, title: t.events.title, startsAt: t.events.startsAt })
        .from(t.events)
        .where(
          or(
            eq(t.events.createdBy, p),
            sql`${t.events.id} IN (SELECT event_id FROM event_hosts WHERE person_id = ${p})`,
          ),
        ),
    ],
    eventPicks: naming(t.eventPicks, "fromId", {
      eventId: t.eventPicks.eventId,
      picked: nameOf(t.eventPicks.toId),
      createdAt: t.eventPicks.createdAt,
    }),
    rouletteRounds: naming(t.rouletteMembers, "personId", {
      ...without(t.rouletteMembers, "personId"),
      partners: sql<string>`(SELECT group_concat(people.name, ', ') FROM roulette_members o JOIN people ON people.id = o.person_id WHERE o.pair_id = ${t.rouletteMembers.pairId} AND o.person_id <> ${p})`,
    }),
    roulettePreferences: naming(t.roulettePreferences, "personId"),
    // What they said of their partners; what partners said of them is kept to its rating, without who.
    rotationFeedbackGiven: naming(t.rotationFeedback, "fromId", {
      ...without(t.rotationFeedback, "fromId", "aboutId"),
      about: nameOf(t.rotationFeedback.aboutId),
    }),
    rotationRatingsReceived: naming(
      t.rotationFeedback,
      "aboutId",
      only(t.rotationFeedback, "programId", "cycle", "rating"),
    ),
    training: naming(t.trainingResults, "personId", {
      ...getTableColumns(t.trainingResults),
      module: sql<string>`(SELECT title FROM training_modules WHERE id = ${t.trainingResults.moduleId})`,
    }),
    reminders: naming(t.reminders, "personId"),
    mailReceived: addressed(
      t.outgoingMail,
      "toEmail",
      only(t.outgoingMail, "subject", "status", "createdAt", "sentAt"),
    ),
    mailOptOuts: addressed(t.mailOptOuts, "email"),
    outcomes: addressed(t.outcomes, "email"),
    importedRows: addressed(t.importRows, "email", only(t.importRows, "importId", "row", "outcome")),
    // What they did as an organiser: the records that name them as the one who did it.
    matchingRunsStarted: naming(t.matchRuns, "createdBy", only(t.matchRuns, "id", "programId", "createdAt")),
    importsStarted: naming(t.imports, "createdBy", only(t.imports, "id", "programId", "createdAt")),
    bulkMailsStarted: naming(t.mailBatches, "createdBy", only(t.mailBatches, "id", "label", "createdAt")),
    brandingChanged: naming(t.organisation, "updatedBy", only(t.organisation, "updatedAt")),
    provisioningTokensMade: naming(t.scimTokens, "createdBy", only(t.scimTokens, "id", "name", "createdAt")),
  } satisfies Record<string, Section>;
}
