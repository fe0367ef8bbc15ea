/**
 * @module features/privacy/repo/export-activity
 * A person's export, second half: surveys, recognition, the library, events, roulette, rotations,
 * training, mail, and what they did as an organiser.
 */
import { eq, getTableColumns, inArray, or, sql } from "drizzle-orm";
import * as t from "../../../db/schema";
import type { DB } from "../../../platform/db";
import { about, nameOf, without, type Section } from "./export-sql";

export function activitySections(db: DB, p: string) {
  const { email } = about(db, p);
  const myInvitations = db
    .select({ id: t.surveyInvitations.id })
    .from(t.surveyInvitations)
    .where(eq(t.surveyInvitations.personId, p));
  return {
    surveyInvitations: [
      [t.surveyInvitations],
      db
        .select(without(t.surveyInvitations, "tokenHash", "personId"))
        .from(t.surveyInvitations)
        .where(eq(t.surveyInvitations.personId, p)),
    ],
    surveyAnswers: [
      [t.surveyResponses],
      db
        .select(without(t.surveyResponses, "responseKey"))
        .from(t.surveyResponses)
        .where(inArray(t.surveyResponses.invitationId, myInvitations)),
    ],
    kudosSent: [
      [t.kudos],
      db
        .select({ ...without(t.kudos, "fromId", "toId"), to: nameOf(t.kudos.toId) })
        .from(t.kudos)
        .where(eq(t.kudos.fromId, p)),
    ],
    kudosReceived: [
      [t.kudos],
      db
        .select({ ...without(t.kudos, "fromId", "toId"), from: nameOf(t.kudos.fromId) })
        .from(t.kudos)
        .where(eq(t.kudos.toId, p)),
    ],
    badges: [[t.badges], db.select().from(t.badges).where(eq(t.badges.personId, p))],
    certificates: [[t.certificates], db.select().from(t.certificates).where(eq(t.certificates.personId, p))],
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
    eventPicks: [
      [t.eventPicks],
      db
        .select({ eventId: t.eventPicks.eventId, picked: nameOf(t.eventPicks.toId), createdAt: t.eventPicks.createdAt })
        .from(t.eventPicks)
        .where(eq(t.eventPicks.fromId, p)),
    ],
    rouletteRounds: [
      [t.rouletteMembers],
      db
        .select({
          ...without(t.rouletteMembers, "personId"),
          partners: sql<string>`(SELECT group_concat(people.name, ', ') FROM roulette_members o JOIN people ON people.id = o.person_id WHERE o.pair_id = ${t.rouletteMembers.pairId} AND o.person_id <> ${p})`,
        })
        .from(t.rouletteMembers)
        .where(eq(t.rouletteMembers.personId, p)),
    ],
    roulettePreferences: [
      [t.roulettePreferences],
      db.select().from(t.roulettePreferences).where(eq(t.roulettePreferences.personId, p)),
    ],
    // What they said of their partners; what partners said of them is kept to its rating, without who.
    rotationFeedbackGiven: [
      [t.rotationFeedback],
      db
        .select({ ...without(t.rotationFeedback, "fromId", "aboutId"), about: nameOf(t.rotationFeedback.aboutId) })
        .from(t.rotationFeedback)
        .where(eq(t.rotationFeedback.fromId, p)),
    ],
    rotationRatingsReceived: [
      [t.rotationFeedback],
      db
        .select({
          programId: t.rotationFeedback.programId,
          cycle: t.rotationFeedback.cycle,
          rating: t.rotationFeedback.rating,
        })
        .from(t.rotationFeedback)
        .where(eq(t.rotationFeedback.aboutId, p)),
    ],
    training: [
      [t.trainingResults],
      db
        .select({
          ...getTableColumns(t.trainingResults),
          module: sql<string>`(SELECT title FROM training_modules WHERE id = ${t.trainingResults.moduleId})`,
        })
        .from(t.trainingResults)
        .where(eq(t.trainingResults.personId, p)),
    ],
    reminders: [[t.reminders], db.select().from(t.reminders).where(eq(t.reminders.personId, p))],
    mailReceived: [
      [t.outgoingMail],
      db
        .select({
          subject: t.outgoingMail.subject,
          status: t.outgoingMail.status,
          createdAt: t.outgoingMail.createdAt,
          sentAt: t.outgoingMail.sentAt,
        })
        .from(t.outgoingMail)
        .where(sql`${t.outgoingMail.toEmail} = ${email}`),
    ],
    mailOptOuts: [
      [t.mailOptOuts],
      db
        .select()
        .from(t.mailOptOuts)
        .where(sql`${t.mailOptOuts.email} = ${email}`),
    ],
    outcomes: [
      [t.outcomes],
      db
        .select()
        .from(t.outcomes)
        .where(sql`${t.outcomes.email} = ${email}`),
    ],
    importedRows: [
      [t.importRows],
      db
        .select({ importId: t.importRows.importId, row: t.importRows.row, outcome: t.importRows.outcome })
        .from(t.importRows)
        .where(sql`${t.importRows.email} = ${email}`),
    ],
    // What they did as an organiser: the records that name them as the one who did it.
    matchingRunsStarted: [
      [t.matchRuns],
      db
        .select({ id: t.matchRuns.id, programId: t.matchRuns.programId, createdAt: t.matchRuns.createdAt })
        .from(t.matchRuns)
        .where(eq(t.matchRuns.createdBy, p)),
    ],
    importsStarted: [
      [t.imports],
      db
        .select({ id: t.imports.id, programId: t.imports.programId, createdAt: t.imports.createdAt })
        .from(t.imports)
        .where(eq(t.imports.createdBy, p)),
    ],
    bulkMailsStarted: [
      [t.mailBatches],
      db
        .select({ id: t.mailBatches.id, label: t.mailBatches.label, createdAt: t.mailBatches.createdAt })
        .from(t.mailBatches)
        .where(eq(t.mailBatches.createdBy, p)),
    ],
    brandingChanged: [
      [t.organisation],
      db.select({ updatedAt: t.organisation.updatedAt }).from(t.organisation).where(eq(t.organisation.updatedBy, p)),
    ],
    provisioningTokensMade: [
      [t.scimTokens],
      db
        .select({ id: t.scimTokens.id, name: t.scimTokens.name, createdAt: t.scimTokens.createdAt })
        .from(t.scimTokens)
        .where(eq(t.scimTokens.createdBy, p)),
    ],
  } satisfies Record<string, Section>;
}
