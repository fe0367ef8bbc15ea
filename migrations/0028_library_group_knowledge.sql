-- ON DELETE SET NULL as the schema declares it; drizzle-kit leaves the action out of an added column.
ALTER TABLE `library_entries` ADD `group_id` text REFERENCES groups(id) ON DELETE SET NULL;--> statement-breakpoint
CREATE INDEX `library_entries_group` ON `library_entries` (`group_id`);