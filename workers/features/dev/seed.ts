/**
 * @module features/dev/seed
 * Seeds the demo company for local development, once: five programs (one-to-one matched by the admin,
 * one-to-one where mentees choose, reverse, speed, and one with five months of history), their
 * participants, a program manager, a filled library and training in "Mentoring 2027". Run by `npm start`
 * through POST /api/dev/seed.
 */
import { PROFILE_FIELDS, slugify } from "../../domain/profile";
import type { Config } from "../../platform/config";
import type { DB } from "../../platform/db";
import { importPeople } from "../imports";
import { findPersonByEmail } from "../people";
import { newProgram, programBySlug, setManagers, setUpProgram, type ProgramInput } from "../programs";
import { DEMO_SKILLS, choiceRows, oneToOneRows, reverseRows, speedRows } from "./demo-people";
import { onboardingHistory, onboardingRows } from "./demo-history";
import { addMissingPeople, writeHistory } from "./repo";
import { addDemoEntries } from "../library";
import { demoLibrary } from "./demo-library";
import { addDemoTraining } from "../training";
import { demoTraining } from "./demo-training";

export const DEMO_MANAGER = "maya.manager@example.com";

/** The program with this name's slug, created (and set up as the API sets one up) if it is not there yet. */
async function ensureProgram(db: DB, input: ProgramInput) {
  const existing = await programBySlug(db, slugify(input.name));
  return existing ? setUpProgram(db, existing) : newProgram(db, input);
}

/** A one-to-one program that began on the first of the month five months ago and runs a year. */
function buddiesTerm(now: number) {
  const d = new Date(now);
  const day = (months: number) =>
    new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)).toISOString().slice(0, 10);
  return {
    name: "Onboarding buddies",
    kind: "one-to-one" as const,
    description: "Every new joiner gets a buddy from another team for their first months. Meet every two weeks.",
    startsOn: day(-5),
    endsOn: day(7),
  };
}

/**
 * Adds whatever of the demo data is missing; every step is an upsert, so an interrupted seed
 * completes on the next run. True when the demo, or its latest program, was not there before.
 */
export async function seedDemo(db: DB, config: Config): Promise<boolean> {
  const before = (await programBySlug(db, "mentoring-2027")) && (await programBySlug(db, "onboarding-buddies"));
  const base = { skills: DEMO_SKILLS, profileFields: [...PROFILE_FIELDS], defaultCapacity: 2 };
  const oneToOne = await ensureProgram(db, {
    ...base,
    name: "Mentoring 2027",
    kind: "one-to-one",
    description: "Six months of one-to-one mentoring across departments. Meet at least monthly.",
    startsOn: "2027-01-11",
    endsOn: "2027-07-09",
  });
  const reverse = await ensureProgram(db, {
    ...base,
    name: "Reverse mentoring: AI at work",
    kind: "reverse",
    description:
      "Early-career colleagues show senior leaders how they work with AI tools. Pairs rotate every four weeks.",
    startsOn: "2027-02-01",
    endsOn: "2027-05-24",
  });
  const speed = await ensureProgram(db, {
    ...base,
    name: "Speed mentoring day",
    kind: "speed",
    description: "Eight-minute conversations at numbered tables; pick whom you want to keep meeting.",
    startsOn: "2027-03-04",
    endsOn: "2027-03-04",
  });
  const choice = await ensureProgram(db, {
    ...base,
    name: "Leadership circle",
    kind: "one-to-one",
    description: "Mentees choose their mentor: rank up to three, and the request moves on by itself.",
    startsOn: "2027-01-18",
    endsOn: "2027-06-25",
    matchMode: "choice",
    requestDays: 3,
  });
  const buddies = await ensureProgram(db, { ...base, ...buddiesTerm(Date.now()) });
  await importPeople(db, oneToOne.id, oneToOneRows());
  await importPeople(db, choice.id, choiceRows());
  await importPeople(db, reverse.id, reverseRows());
  await importPeople(db, speed.id, speedRows());
  await importPeople(db, buddies.id, onboardingRows());
  // From the dates stored at its first seed, so seeding again writes the same history.
  await writeHistory(db, buddies.id, onboardingHistory(buddies.id, Date.parse(buddies.startsOn!), buddies.createdAt));
  const admins = [...config.adminEmails];
  const staff = [
    {
      id: crypto.randomUUID(),
      email: DEMO_MANAGER,
      name: "Maya Manager",
      department: "People",
      timezone: "Europe/London",
    },
    ...admins.map((email) => ({ id: crypto.randomUUID(), email, name: "Administrator", department: "People" })),
  ];
  await addMissingPeople(db, staff);
  const manager = await findPersonByEmail(db, DEMO_MANAGER);
  await setManagers(db, oneToOne.id, [manager!.id]);
  const programs = { oneToOne: oneToOne.id, reverse: reverse.id, buddies: buddies.id };
  await addDemoEntries(db, demoLibrary(programs), manager!.id, buddies.createdAt);
  await addDemoTraining(db, oneToOne.id, demoTraining(), oneToOne.createdAt);
  return !before;
}
