/** @module features/organisation — what other features use of the branding: the name and logo mail shows. */
export { readOrganisation } from "./repo";
