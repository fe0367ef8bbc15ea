ALTER TABLE `programs` ADD `quiet_days` integer DEFAULT 21 NOT NULL;--> statement-breakpoint
ALTER TABLE `programs` ADD `stalled_days` integer DEFAULT 42 NOT NULL;--> statement-breakpoint
ALTER TABLE `programs` ADD `auto_end_days` integer;