/** @module features/rotations — what other features use of rotations: nothing yet; its routes and cron step are wired by the app. */
export {};
