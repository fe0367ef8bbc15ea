CREATE TABLE `match_run_checkpoints` (
	`run_id` text NOT NULL,
	`step` integer NOT NULL,
	`part` integer NOT NULL,
	`data` blob NOT NULL,
	PRIMARY KEY(`run_id`, `step`, `part`),
	FOREIGN KEY (`run_id`) REFERENCES `match_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `match_runs` ADD `step` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `match_runs` ADD `step_claimed_at` integer;--> statement-breakpoint
ALTER TABLE `match_runs` ADD `stepped_at` integer;