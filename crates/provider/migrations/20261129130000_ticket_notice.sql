-- A ticket may answer a notice (an abuse report): the customer's answer, on time or not.
ALTER TABLE tickets ADD COLUMN notice_id TEXT REFERENCES notices (id);
