-- A notice in several languages: the language of its default text (notices cached before
-- this were all English) and its translations as the provider sent them, a JSON array of
-- {lang, title, body}. Notices cached earlier gain their translations when the provider
-- sends them again (a change to the notice, or a resync).
ALTER TABLE notices ADD COLUMN default_lang TEXT NOT NULL DEFAULT 'en';
ALTER TABLE notices ADD COLUMN translations TEXT NOT NULL DEFAULT '[]';
