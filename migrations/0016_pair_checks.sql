CREATE TABLE `pair_checks` (
	`id` text PRIMARY KEY NOT NULL,
	`mentorship_id` text NOT NULL,
	`kind` text NOT NULL,
	`spell` integer NOT NULL,
	`by_id` text,
	`mentor_answer` text,
	`mentee_answer` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`mentorship_id`) REFERENCES `mentorships`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pair_checks_once` ON `pair_checks` (`mentorship_id`,`spell`,`kind`);