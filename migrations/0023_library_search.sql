-- The library's full-text index (FTS5), over titles, bodies (as plain words) and tags. It reads its
-- text from library_entries (external content), keyed by the entries' stable integer row_no, and these
-- triggers keep it current. Prefix indexes of 2 and 3 letters keep "as you type" prefix queries fast.
CREATE VIRTUAL TABLE `library_search` USING fts5(
	title, search_text, tags,
	content='library_entries', content_rowid='row_no',
	tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
--> statement-breakpoint
-- Every indexed word once, for the search's typo tolerance (words near what was typed).
CREATE VIRTUAL TABLE `library_terms` USING fts5vocab(`library_search`, 'row');
--> statement-breakpoint
CREATE TRIGGER `library_entries_ai` AFTER INSERT ON `library_entries` BEGIN
	INSERT INTO library_search(rowid, title, search_text, tags) VALUES (new.row_no, new.title, new.search_text, new.tags);
END;
--> statement-breakpoint
CREATE TRIGGER `library_entries_ad` AFTER DELETE ON `library_entries` BEGIN
	INSERT INTO library_search(library_search, rowid, title, search_text, tags) VALUES ('delete', old.row_no, old.title, old.search_text, old.tags);
END;
--> statement-breakpoint
-- Only a change of indexed text re-indexes: counting reads or pinning leaves the index alone.
CREATE TRIGGER `library_entries_au` AFTER UPDATE OF title, search_text, tags ON `library_entries` BEGIN
	INSERT INTO library_search(library_search, rowid, title, search_text, tags) VALUES ('delete', old.row_no, old.title, old.search_text, old.tags);
	INSERT INTO library_search(rowid, title, search_text, tags) VALUES (new.row_no, new.title, new.search_text, new.tags);
END;
