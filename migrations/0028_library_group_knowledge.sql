ALTER TABLE `library_entries` ADD `group_id` text REFERENCES groups(id);--> statement-breakpoint
CREATE INDEX `library_entries_group` ON `library_entries` (`group_id`);