PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_match_run_checkpoints` (
	`run_id` text NOT NULL,
	`step` integer NOT NULL,
	`part` integer NOT NULL,
	`data` text NOT NULL,
	PRIMARY KEY(`run_id`, `step`, `part`),
	FOREIGN KEY (`run_id`) REFERENCES `match_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_match_run_checkpoints`("run_id", "step", "part", "data") SELECT "run_id", "step", "part", "data" FROM `match_run_checkpoints`;--> statement-breakpoint
DROP TABLE `match_run_checkpoints`;--> statement-breakpoint
ALTER TABLE `__new_match_run_checkpoints` RENAME TO `match_run_checkpoints`;--> statement-breakpoint
PRAGMA foreign_keys=ON;