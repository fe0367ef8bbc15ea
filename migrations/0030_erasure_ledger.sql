CREATE TABLE `erasures` (
	`email_hash` text PRIMARY KEY NOT NULL,
	`erased_on` text NOT NULL
);
