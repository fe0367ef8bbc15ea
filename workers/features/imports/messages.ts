/** @module features/imports/messages — what goes on the import queue: ids and a row number, never personal data. */
export type ImportMessage =
  /** Prepare the import's next chunk of rows; after the last one, switch the import live. */
  | { kind: "prepare"; importId: string }
  /** Put the welcome mails of the rows after row `after` on the mail queue, a page at a time. */
  | { kind: "welcome"; importId: string; after: number };
