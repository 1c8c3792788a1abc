-- The day by which an organisation is asked to submit its diagnostic (set when a campaign enrols it; shown in its
-- invitation email and used by the reminders). Null: the campaign's closing day, if any.
ALTER TABLE diagnostic ADD COLUMN deadline DATE;
