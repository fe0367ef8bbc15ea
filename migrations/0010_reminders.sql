CREATE TABLE `reminders` (
	`key` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`text` text NOT NULL,
	`link` text NOT NULL,
	`due_at` integer NOT NULL,
	`digest_key` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `reminders_person_due` ON `reminders` (`person_id`,`digest_key`,`due_at`);--> statement-breakpoint
CREATE INDEX `reminders_digest` ON `reminders` (`digest_key`);