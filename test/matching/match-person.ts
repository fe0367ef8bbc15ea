/** A matching participant for the scoring tests: an engineer in Berlin unless the test says otherwise. */
import type { MatchPerson } from "../../workers/domain/matching/score";

export const JAN = new Date("2027-01-15T12:00:00Z");

export const person = (over: Partial<MatchPerson>): MatchPerson => ({
  id: "x",
  email: "x@example.com",
  name: "X",
  department: "Engineering",
  title: "",
  location: "Berlin",
  timezone: "Europe/Berlin",
  yearsExperience: 5,
  languages: ["en"],
  skillsOffered: [],
  skillsSought: [],
  goals: "",
  format: null,
  ...over,
});
