/** @module features/scim — what other features use of provisioning: deprovisioning someone (an erasure does it first). */
export { deprovision } from "./deprovision";
