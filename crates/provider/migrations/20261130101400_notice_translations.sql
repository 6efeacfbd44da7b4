-- A notice in several languages: the default text's language (notices before this one
-- were written in English) and the translations, a JSON array of {lang, title, body}.
ALTER TABLE notices ADD COLUMN default_lang TEXT NOT NULL DEFAULT 'en';
ALTER TABLE notices ADD COLUMN translations TEXT NOT NULL DEFAULT '[]';
