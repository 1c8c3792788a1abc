-- Answers scored by the facilitator (issue 15 §6, docs/scoring.md "Scored by the facilitator"): a text question with
-- scoredBy: facilitator gets its points at validation, from the diagnostic's facilitator or an admin, with a
-- justification. Kept on the answer it scores, with who gave it, when, and the answer's value it was given for
-- (assessed_value, a copy of value_json at that moment): when the answer's value changes later (a reopened
-- diagnostic), the assessment is kept for the record but no longer counts (stale) until the facilitator scores again.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode).

ALTER TABLE answer ADD COLUMN assessed_points NUMERIC(8, 2);
ALTER TABLE answer ADD COLUMN assessment_justification TEXT;
ALTER TABLE answer ADD COLUMN assessed_by VARCHAR(300);
ALTER TABLE answer ADD COLUMN assessed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE answer ADD COLUMN assessed_value TEXT;
ALTER TABLE answer ADD CONSTRAINT ck_answer_assessment CHECK ((assessed_points IS NULL AND assessed_at IS NULL
    AND assessed_by IS NULL AND assessment_justification IS NULL AND assessed_value IS NULL)
    OR (assessed_points IS NOT NULL AND assessed_points >= 0 AND assessed_at IS NOT NULL AND assessed_by IS NOT NULL
    AND assessment_justification IS NOT NULL AND assessed_value IS NOT NULL));
