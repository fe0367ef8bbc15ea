CREATE TABLE `mail_opt_outs` (
	`email` text NOT NULL,
	`category` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`email`, `category`)
);
--> statement-breakpoint
ALTER TABLE `outgoing_mail` ADD `category` text;