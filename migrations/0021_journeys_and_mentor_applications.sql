CREATE TABLE `journey_ticks` (
	`mentorship_id` text NOT NULL,
	`step_id` text NOT NULL,
	`ticked_by` text NOT NULL,
	`ticked_at` integer NOT NULL,
	PRIMARY KEY(`mentorship_id`, `step_id`),
	FOREIGN KEY (`mentorship_id`) REFERENCES `mentorships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`ticked_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `mentor_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`program_id` text NOT NULL,
	`person_id` text NOT NULL,
	`why` text NOT NULL,
	`experience` text NOT NULL,
	`topics` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`reason` text,
	`decided_by` text,
	`decided_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mentor_applications_program_person` ON `mentor_applications` (`program_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `mentor_applications_program_status` ON `mentor_applications` (`program_id`,`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `mentorship_agreements` (
	`mentorship_id` text PRIMARY KEY NOT NULL,
	`terms` text NOT NULL,
	`mentor_confirmed_at` integer,
	`mentee_confirmed_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`mentorship_id`) REFERENCES `mentorships`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `programs` ADD `meeting_every_days` integer;--> statement-breakpoint
ALTER TABLE `programs` ADD `journey` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `programs` ADD `agreement_terms` text;--> statement-breakpoint
ALTER TABLE `programs` ADD `mentors_need_approval` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `programs` ADD `template_id` text;