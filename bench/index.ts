/**
 * `npm run bench`: Tandem's matching solver beside the npm assignment packages, and its speed-mentoring
 * planner beside a round-robin rotation, its peer-event planner beside greedy rounds, roulette rounds of
 * 1,000 and 5,000 people beside random pairing, and a survey's
 * fan-out to 10,000 people beside one insert and one message per row, and a sign-in link's wait behind 10,000
 * welcome mails in two mail lanes beside one queue (simulated), and a 10,000-person program's insights in one
 * batch beside a query per record, each page's API calls at 10,000 people beside the same calls at 40,
 * and the library's search at 10,000 entries beside a LIKE scan, every figure next to a peer's measured
 * in the same run.
 * `npm run bench -- --full` also runs the slow full-edge solve on the 10,000-participant instance and a
 * whole matching run of 50,000 participants.
 * Exits non-zero if any two solvers disagree on an optimum.
 */
import { runAssignment } from "./assignment";
import { runCapacitated } from "./capacitated";
import { runScale } from "./scale";
import { runEvents } from "./events";
import { runPeerEvents } from "./peer-events";
import { runSurveyFanOut } from "./survey-fan-out";
import { runMailLanes } from "./mail-lanes";
import { runInsights } from "./insights";
import { runPages } from "./pages";
import { runLibrarySearch } from "./library-search";
import { runRoulette } from "./roulette";
import { verdicts } from "./measure";

const full = process.argv.includes("--full");
const start = performance.now();
console.log(`Tandem matching bench (node ${process.version}, ${full ? "full" : "default"} run)`);
runAssignment();
runCapacitated(full);
runScale(full);
runEvents();
runPeerEvents();
runRoulette();
await runSurveyFanOut();
runMailLanes();
await runInsights();
await runPages();
await runLibrarySearch();

const seconds = Math.round((performance.now() - start) / 1000);
if (verdicts.mismatches.length === 0) {
  console.log(`\nSUMMARY: all ${verdicts.checks} results agree on the optimum; bench took ${seconds} s.`);
} else {
  console.log(`\nSUMMARY: ${verdicts.mismatches.length} of ${verdicts.checks} results DISAGREE (${seconds} s):`);
  for (const m of verdicts.mismatches) console.log(`  ${m}`);
  process.exitCode = 1;
}
