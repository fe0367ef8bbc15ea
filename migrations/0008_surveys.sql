CREATE TABLE `survey_invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`survey_id` text NOT NULL,
	`person_id` text NOT NULL,
	`subject` text NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`token_hash` text NOT NULL,
	`due_at` integer NOT NULL,
	`closes_at` integer NOT NULL,
	`responded_at` integer,
	`reminders` integer DEFAULT 0 NOT NULL,
	`last_reminded_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_invitations_once` ON `survey_invitations` (`survey_id`,`person_id`,`subject`);--> statement-breakpoint
CREATE UNIQUE INDEX `survey_invitations_token` ON `survey_invitations` (`token_hash`);--> statement-breakpoint
CREATE INDEX `survey_invitations_open` ON `survey_invitations` (`survey_id`,`responded_at`,`closes_at`);--> statement-breakpoint
CREATE TABLE `survey_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`survey_id` text NOT NULL,
	`response_key` text NOT NULL,
	`invitation_id` text,
	`role` text DEFAULT '' NOT NULL,
	`answers` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_responses_key` ON `survey_responses` (`response_key`);--> statement-breakpoint
CREATE INDEX `survey_responses_survey` ON `survey_responses` (`survey_id`);--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` text PRIMARY KEY NOT NULL,
	`program_id` text,
	`event_id` text,
	`title` text NOT NULL,
	`template` text DEFAULT 'custom' NOT NULL,
	`questions` text NOT NULL,
	`trigger` text NOT NULL,
	`open_days` integer DEFAULT 14 NOT NULL,
	`anonymous` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `surveys_program` ON `surveys` (`program_id`);--> statement-breakpoint
CREATE INDEX `surveys_event` ON `surveys` (`event_id`);