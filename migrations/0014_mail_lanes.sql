CREATE TABLE `mail_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`label` text NOT NULL,
	`program_id` text,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `mail_batches_created` ON `mail_batches` (`created_at`);--> statement-breakpoint
CREATE INDEX `mail_batches_program` ON `mail_batches` (`program_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `outgoing_mail` ADD `lane` text DEFAULT 'bulk' NOT NULL;--> statement-breakpoint
ALTER TABLE `outgoing_mail` ADD `expires_at` integer;--> statement-breakpoint
ALTER TABLE `outgoing_mail` ADD `batch_id` text;--> statement-breakpoint
CREATE INDEX `outgoing_mail_batch_status` ON `outgoing_mail` (`batch_id`,`status`);