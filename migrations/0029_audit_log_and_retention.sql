CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`actor_id` text,
	`actor_email` text,
	`action` text NOT NULL,
	`program_id` text,
	`target_id` text,
	`detail` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_action` ON `audit_log` (`action`,`at`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_program` ON `audit_log` (`program_id`,`at`,`id`);--> statement-breakpoint
ALTER TABLE `programs` ADD `retention_months` integer DEFAULT 24 NOT NULL;