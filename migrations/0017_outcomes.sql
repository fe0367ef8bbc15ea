CREATE TABLE `outcomes` (
	`program_id` text NOT NULL,
	`email` text NOT NULL,
	`event` text NOT NULL,
	`date` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`program_id`, `email`, `event`, `date`),
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
