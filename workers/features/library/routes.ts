/** @module features/library/routes — the knowledge library's routes, mounted together. */
import { router } from "../../platform/validate";
import { libraryEntryRoutes } from "./entry-routes";
import { groupKnowledgeRoutes } from "./group-knowledge-routes";
import { knowledgeRoutes } from "./knowledge-routes";
import { libraryProgramRoutes } from "./program-routes";

export const libraryRoutes = router()
  .route("/programs/:id/library", libraryProgramRoutes)
  .route("/library", libraryEntryRoutes)
  .route("/", knowledgeRoutes)
  .route("/groups/:id", groupKnowledgeRoutes);
