CREATE TABLE `training_modules` (
	`id` text PRIMARY KEY NOT NULL,
	`program_id` text NOT NULL,
	`title` text NOT NULL,
	`guide` text DEFAULT '' NOT NULL,
	`audience` text NOT NULL,
	`required` integer DEFAULT true NOT NULL,
	`questions` text DEFAULT '[]' NOT NULL,
	`pass_mark` integer DEFAULT 100 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `training_modules_program` ON `training_modules` (`program_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `training_results` (
	`module_id` text NOT NULL,
	`person_id` text NOT NULL,
	`attempts` integer DEFAULT 1 NOT NULL,
	`last_score` integer NOT NULL,
	`passed_at` integer,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`module_id`, `person_id`),
	FOREIGN KEY (`module_id`) REFERENCES `training_modules`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `training_results_person` ON `training_results` (`person_id`);--> statement-breakpoint
CREATE TABLE `badges` (
	`person_id` text NOT NULL,
	`program_id` text NOT NULL,
	`badge` text NOT NULL,
	`earned_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`person_id`, `program_id`, `badge`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `badges_program` ON `badges` (`program_id`);--> statement-breakpoint
CREATE TABLE `certificates` (
	`id` text PRIMARY KEY NOT NULL,
	`mentorship_id` text NOT NULL,
	`person_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`mentorship_id`) REFERENCES `mentorships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_mentorship_person` ON `certificates` (`mentorship_id`,`person_id`);--> statement-breakpoint
CREATE TABLE `kudos` (
	`id` text PRIMARY KEY NOT NULL,
	`from_id` text NOT NULL,
	`to_id` text NOT NULL,
	`program_id` text,
	`mentorship_id` text,
	`event_id` text,
	`note` text NOT NULL,
	`tell_manager` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`from_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`mentorship_id`) REFERENCES `mentorships`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `kudos_to` ON `kudos` (`to_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `kudos_program_to` ON `kudos` (`program_id`,`to_id`);