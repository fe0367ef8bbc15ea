CREATE TABLE `group_members` (
	`group_id` text NOT NULL,
	`person_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`group_id`, `person_id`),
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `group_members_person` ON `group_members` (`person_id`);--> statement-breakpoint
CREATE TABLE `group_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`group_id` text NOT NULL,
	`author_id` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `group_notes_group` ON `group_notes` (`group_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `groups` (
	`id` text PRIMARY KEY NOT NULL,
	`program_id` text NOT NULL,
	`number` integer NOT NULL,
	`name` text NOT NULL,
	`status` text DEFAULT 'proposed' NOT NULL,
	`shared_interests` text DEFAULT '[]' NOT NULL,
	`reasons` text DEFAULT '[]' NOT NULL,
	`next_meeting_at` integer,
	`next_meeting_place` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `groups_program` ON `groups` (`program_id`,`status`);--> statement-breakpoint
CREATE TABLE `rotation_cycles` (
	`program_id` text NOT NULL,
	`cycle` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`pairs` text DEFAULT '[]' NOT NULL,
	`byes` text DEFAULT '[]' NOT NULL,
	`started_at` integer,
	`ended_at` integer,
	`skipped` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`program_id`, `cycle`),
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rotation_cycles_due` ON `rotation_cycles` (`started_at`,`starts_at`);--> statement-breakpoint
CREATE TABLE `rotation_feedback` (
	`program_id` text NOT NULL,
	`cycle` integer NOT NULL,
	`from_id` text NOT NULL,
	`about_id` text NOT NULL,
	`rating` integer NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`program_id`, `cycle`, `from_id`, `about_id`),
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `programs` ADD `cycle_weeks` integer;--> statement-breakpoint
ALTER TABLE `programs` ADD `rotation_paused` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `programs` ADD `rotation_mix_departments` integer DEFAULT false NOT NULL;