CREATE TABLE `event_hosts` (
	`event_id` text NOT NULL,
	`person_id` text NOT NULL,
	PRIMARY KEY(`event_id`, `person_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_hosts_person` ON `event_hosts` (`person_id`);--> statement-breakpoint
CREATE TABLE `event_registrations` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`person_id` text NOT NULL,
	`role` text NOT NULL,
	`interests` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'registered' NOT NULL,
	`walk_in` integer DEFAULT false NOT NULL,
	`checked_in_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_registrations_person` ON `event_registrations` (`event_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `event_registrations_event_status` ON `event_registrations` (`event_id`,`status`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`starts_at` integer NOT NULL,
	`timezone` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`video_url` text,
	`round_minutes` integer NOT NULL,
	`break_minutes` integer NOT NULL,
	`rounds` integer,
	`tables` integer NOT NULL,
	`mentees_per_table` integer NOT NULL,
	`program_id` text,
	`join_key` text NOT NULL,
	`plan` text,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `events_starts` ON `events` (`starts_at`);