/**
 * Seeded participants shaped like a real company's HR file (departments, offices and their time
 * zones, 61 skills with levels, a few common goals and many rarer ones, managers), in the proportions
 * of a company-wide program: 35% mentors with 1–3 seats (8% of everyone both mentor and mentee), 73% mentees.
 */
import type { Mentee, Mentor } from "../workers/domain/matching/plan";
import { mulberry32 } from "./instances";

const DEPARTMENTS =
  "Engineering Engineering Engineering Sales Sales Data Marketing Support Operations Finance Product Design Legal People".split(
    " ",
  );
const OFFICES = [
  ["Berlin", "Europe/Berlin"],
  ["New York", "America/New_York"],
  ["London", "Europe/London"],
  ["San Francisco", "America/Los_Angeles"],
  ["Bangalore", "Asia/Kolkata"],
  ["Paris", "Europe/Paris"],
  ["Madrid", "Europe/Madrid"],
  ["São Paulo", "America/Sao_Paulo"],
  ["Singapore", "Asia/Singapore"],
  ["Sydney", "Australia/Sydney"],
  ["Toronto", "America/Toronto"],
] as const;
const SKILLS = (
  "accessibility;account management;accounting;brand;budgeting;campaign analytics;career planning;cloud infrastructure;" +
  "code review;cold outreach;compensation;compliance;content strategy;contracts;customer empathy;data analysis;" +
  "data visualization;databases;de-escalation;design systems;employment law;enterprise sales;experiment design;" +
  "financial modeling;forecasting;giving feedback;hiring;incident response;interaction design;knowledge base writing;" +
  "leadership;logistics;machine learning;managing managers;negotiation;onboarding;performance reviews;pricing;" +
  "prioritization;privacy;process improvement;procurement;product discovery;project management;prototyping;" +
  "public speaking;roadmapping;security;seo;social media;sql;stakeholder management;statistics;strategic thinking;" +
  "system design;testing;ticket triage;time management;typescript;user research;vendor management"
).split(";");
const GOALS = [
  "grow into a team lead role",
  "prepare for a promotion to senior",
  "learn how other departments work",
  "plan the next five years of my career",
  "move from individual work to leading projects",
];
const TITLES = ["Associate", "Specialist", "Senior", "Lead", "Manager", "Director"];
const LANGUAGES = [["en"], ["en"], ["de", "en"], ["en", "es"], ["en", "hi"], ["en", "fr"], ["en", "es", "pt"]];

export function company(participants: number, seed: number): { mentors: Mentor[]; mentees: Mentee[] } {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const skills = (count: number) =>
    [...new Set(Array.from({ length: count }, () => pick(SKILLS)))].map((name) => ({
      name,
      level: 1 + Math.floor(random() * 3),
    }));
  const mentors: Mentor[] = [];
  const mentees: Mentee[] = [];
  for (let p = 0; p < participants; p++) {
    const [location, timezone] = pick(OFFICES);
    const department = pick(DEPARTMENTS);
    const years = Math.floor(random() * 25);
    const title = `${TITLES[Math.min(5, Math.floor(years / 4))]}, ${department}`;
    const role = random();
    const person = {
      id: `p${p}`,
      email: `person.${p}@example.com`,
      name: `Person ${p}`,
      department,
      title,
      location,
      timezone,
      yearsExperience: years,
      languages: pick(LANGUAGES),
      format: pick(["remote", "in-person", "either", null] as const),
      // Managers sit among the first tenth of the company, as in an HR file sorted by hire date.
      managerEmail: `person.${Math.floor(random() * Math.max(1, participants / 10))}@example.com`,
    };
    const goal = random() < 0.7 ? pick(GOALS) : `get better at ${pick(SKILLS)}`;
    if (role < 0.35) {
      const capacity = 1 + Math.floor(random() * 3);
      mentors.push({
        ...person,
        capacity,
        skillsOffered: skills(2 + Math.floor(random() * 4)),
        skillsSought: [],
        goals: "",
      });
    }
    if (role >= 0.27)
      mentees.push({ ...person, skillsOffered: [], skillsSought: skills(1 + Math.floor(random() * 4)), goals: goal });
  }
  return { mentors, mentees };
}
