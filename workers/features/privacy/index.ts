/**
 * @module features/privacy
 * What other features use of data rights: the erasure ledger, which importers and provisioning check
 * before they bring an address back, and which a person's own fresh sign-up clears.
 */
export { clearErasureOf, erasedAmong, isErased } from "./repo/ledger";
