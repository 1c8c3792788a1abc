-- The order of a diagnostic's history: a number per diagnostic, taken under the diagnostic's row lock, instead of the
-- id (each instance takes ids in blocks, so ids of several instances interleave out of order) or the time of change
-- (the clocks of two instances differ). Existing entries are numbered in id order, the order they were listed in.
ALTER TABLE answer_change ADD COLUMN seq BIGINT;
UPDATE answer_change SET seq = (SELECT COUNT(*) FROM answer_change earlier
                                WHERE earlier.diagnostic_id = answer_change.diagnostic_id
                                  AND earlier.id <= answer_change.id);
ALTER TABLE answer_change ALTER COLUMN seq SET NOT NULL;
ALTER TABLE answer_change ADD CONSTRAINT uq_answer_change_seq UNIQUE (diagnostic_id, seq);
DROP INDEX ix_answer_change_diagnostic;
