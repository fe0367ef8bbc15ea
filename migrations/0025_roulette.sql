CREATE TABLE `roulette_members` (
	`pair_id` text NOT NULL,
	`program_id` text NOT NULL,
	`round` integer NOT NULL,
	`person_id` text NOT NULL,
	`met` integer,
	`rating` integer,
	`answered_at` integer,
	PRIMARY KEY(`pair_id`, `person_id`),
	FOREIGN KEY (`pair_id`) REFERENCES `roulette_pairs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roulette_members_round_person` ON `roulette_members` (`program_id`,`round`,`person_id`);--> statement-breakpoint
CREATE INDEX `roulette_members_person` ON `roulette_members` (`person_id`);--> statement-breakpoint
CREATE TABLE `roulette_pairs` (
	`id` text PRIMARY KEY NOT NULL,
	`program_id` text NOT NULL,
	`round` integer NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `roulette_pairs_round` ON `roulette_pairs` (`program_id`,`round`);--> statement-breakpoint
CREATE TABLE `roulette_preferences` (
	`program_id` text NOT NULL,
	`person_id` text NOT NULL,
	`cadence_weeks` integer,
	`skip_round` integer,
	`paused_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`program_id`, `person_id`),
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `roulette_rounds` (
	`program_id` text NOT NULL,
	`round` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`started_at` integer,
	`introduced_through` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`program_id`, `round`),
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `roulette_rounds_due` ON `roulette_rounds` (`started_at`);--> statement-breakpoint
CREATE TABLE `roulette_settings` (
	`program_id` text PRIMARY KEY NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`mix_by` text DEFAULT '[]' NOT NULL,
	`cooldown_weeks` integer DEFAULT 26 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
