/**
 * @module features/mail
 * What other features use to send mail: write it as a `letter` in their own `mail.ts`, then `sendMail`
 * or `sendMails` through a `Mailer` (the outbox, its lanes and the queue do the rest, exactly once).
 */
export { letter, withBrand, type Letter, type RenderedMail } from "./templates";
export { partnerValues, type Partner } from "./partners";
export { mailerOf, type Mailer } from "./mailer";
export { sendMail, sendMails, type MailQueuesOrBulk, type Outgoing } from "./send";
export { enqueueMail, type MailMessage } from "./outbox";
export type { StillDue } from "./paced";
export { insertMail } from "./repo/outbox";
export { insertMails, type BulkMail } from "./repo/bulk";
export { mailProgress, recordMailBatch, recordMailBatches } from "./repo/batches";
export { MailProgress } from "./schemas";
export { asSent } from "./unsubscribe";
