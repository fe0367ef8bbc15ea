CREATE TABLE `library_authors` (
	`entry_id` text NOT NULL,
	`person_id` text NOT NULL,
	`approved_at` integer,
	PRIMARY KEY(`entry_id`, `person_id`),
	FOREIGN KEY (`entry_id`) REFERENCES `library_entries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `library_authors_person` ON `library_authors` (`person_id`);--> statement-breakpoint
CREATE TABLE `library_entries` (
	`row_no` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`program_id` text,
	`mentorship_id` text,
	`kind` text NOT NULL,
	`scope` text NOT NULL,
	`status` text NOT NULL,
	`title` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`search_text` text DEFAULT '' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`url` text,
	`file_key` text,
	`file_name` text,
	`file_type` text,
	`file_size` integer,
	`created_by` text NOT NULL,
	`pinned_at` integer,
	`archived_at` integer,
	`reads` integer DEFAULT 0 NOT NULL,
	`published_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentorship_id`) REFERENCES `mentorships`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `library_entries_id` ON `library_entries` (`id`);--> statement-breakpoint
CREATE INDEX `library_entries_program` ON `library_entries` (`program_id`,`status`);--> statement-breakpoint
CREATE INDEX `library_entries_scope` ON `library_entries` (`scope`,`status`);--> statement-breakpoint
CREATE INDEX `library_entries_mentorship` ON `library_entries` (`mentorship_id`);