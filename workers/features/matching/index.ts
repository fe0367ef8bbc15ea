/**
 * @module features/matching
 * What other features use of matching: who is in a program's pool with their seats, the pairs that may
 * never be made, the program's criteria, and a mentee's suggested mentors.
 */
export { excludedPairs, matchSettingsOf, participantsById, participantsInPrograms } from "./repo/pool";
export { suggestionsFor } from "./suggest";
export { whyIn } from "./why";
