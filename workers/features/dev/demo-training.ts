/**
 * @module features/dev/demo-training
 * The demo's training in "Mentoring 2027": "Setting goals" is required of mentees and all but the last
 * three passed it (so a matching run leaves those three out, saying why, and their dashboards ask them
 * to do it); "Being a good mentor" and "Giving feedback" are optional, passed by some.
 */
import type { DemoModule } from "../training";
import { oneToOneRows } from "./demo-people";

export function demoTraining(): DemoModule[] {
  const rows = oneToOneRows();
  const mentees = rows.filter((r) => r.role === "mentee").map((r) => r.email);
  const mentors = rows.filter((r) => r.role === "mentor").map((r) => r.email);
  return [
    { starter: "goals", required: true, passedBy: mentees.slice(0, -3) },
    { starter: "good-mentor", required: false, passedBy: mentors.filter((_, i) => i % 2 === 0) },
    { starter: "feedback", required: false, passedBy: rows.filter((_, i) => i % 3 === 0).map((r) => r.email) },
  ];
}
