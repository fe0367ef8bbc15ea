CREATE TABLE `match_proposals` (
	`run_id` text NOT NULL,
	`mentee_id` text NOT NULL,
	`mentor_id` text NOT NULL,
	`score` integer NOT NULL,
	`reasons` text NOT NULL,
	`locked` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`run_id`, `mentee_id`),
	FOREIGN KEY (`run_id`) REFERENCES `match_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `match_proposals_run_mentor` ON `match_proposals` (`run_id`,`mentor_id`);--> statement-breakpoint
CREATE TABLE `match_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`program_id` text NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`progress` text DEFAULT '' NOT NULL,
	`created_by` text,
	`error` text,
	`matched` integer DEFAULT 0 NOT NULL,
	`total_score` integer DEFAULT 0 NOT NULL,
	`unmatched` text DEFAULT '[]' NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	`published_at` integer,
	`announced_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `match_runs_program_created` ON `match_runs` (`program_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `match_runs_status` ON `match_runs` (`status`);--> statement-breakpoint
CREATE TABLE `mentor_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`program_id` text NOT NULL,
	`mentee_id` text NOT NULL,
	`mentor_id` text NOT NULL,
	`rank` integer NOT NULL,
	`status` text NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`sent_at` integer,
	`deadline_at` integer,
	`responded_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentee_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mentor_requests_pending_mentee` ON `mentor_requests` (`program_id`,`mentee_id`) WHERE status = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX `mentor_requests_open_rank` ON `mentor_requests` (`program_id`,`mentee_id`,`rank`) WHERE status IN ('waiting', 'pending');--> statement-breakpoint
CREATE INDEX `mentor_requests_status_deadline` ON `mentor_requests` (`status`,`deadline_at`);--> statement-breakpoint
CREATE INDEX `mentor_requests_mentor_status` ON `mentor_requests` (`mentor_id`,`status`);--> statement-breakpoint
CREATE INDEX `mentor_requests_program_mentee` ON `mentor_requests` (`program_id`,`mentee_id`);--> statement-breakpoint
CREATE TABLE `mentorships` (
	`id` text PRIMARY KEY NOT NULL,
	`program_id` text NOT NULL,
	`mentor_id` text NOT NULL,
	`mentee_id` text NOT NULL,
	`status` text NOT NULL,
	`source` text NOT NULL,
	`run_id` text,
	`score` integer,
	`reasons` text DEFAULT '[]' NOT NULL,
	`started_at` integer,
	`ended_at` integer,
	`ended_by` text,
	`end_reason` text,
	`end_note` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentee_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mentorships_pair` ON `mentorships` (`program_id`,`mentor_id`,`mentee_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `mentorships_open_mentee` ON `mentorships` (`program_id`,`mentee_id`) WHERE status IN ('proposed', 'active');--> statement-breakpoint
CREATE INDEX `mentorships_program_mentor_status` ON `mentorships` (`program_id`,`mentor_id`,`status`);--> statement-breakpoint
CREATE INDEX `mentorships_mentee` ON `mentorships` (`mentee_id`);--> statement-breakpoint
CREATE INDEX `mentorships_mentor` ON `mentorships` (`mentor_id`);--> statement-breakpoint
CREATE INDEX `mentorships_run` ON `mentorships` (`run_id`);--> statement-breakpoint
CREATE TABLE `pair_rules` (
	`program_id` text NOT NULL,
	`mentor_id` text NOT NULL,
	`mentee_id` text NOT NULL,
	`rule` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`program_id`, `mentor_id`, `mentee_id`),
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `enrollments` ADD `paused_at` integer;--> statement-breakpoint
ALTER TABLE `enrollments` ADD `paused_because` text;--> statement-breakpoint
ALTER TABLE `enrollments` ADD `resumed_at` integer;--> statement-breakpoint
ALTER TABLE `programs` ADD `match_mode` text DEFAULT 'admin' NOT NULL;--> statement-breakpoint
ALTER TABLE `programs` ADD `match_settings` text;--> statement-breakpoint
ALTER TABLE `programs` ADD `request_days` integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE `programs` ADD `choice_closes_on` text;