CREATE TABLE `match_unmatched` (
	`run_id` text NOT NULL,
	`person_id` text NOT NULL,
	`reason` text NOT NULL,
	PRIMARY KEY(`run_id`, `person_id`),
	FOREIGN KEY (`run_id`) REFERENCES `match_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `match_runs` ADD `unmatched_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Runs solved before this change keep who they left over, now as rows.
INSERT OR IGNORE INTO `match_unmatched` (`run_id`, `person_id`, `reason`)
  SELECT r.`id`, u.value ->> 'personId', u.value ->> 'reason' FROM `match_runs` r, json_each(r.`unmatched`) u;--> statement-breakpoint
UPDATE `match_runs` SET `unmatched_count` = json_array_length(`unmatched`);--> statement-breakpoint
ALTER TABLE `match_runs` DROP COLUMN `unmatched`;