-- The follow-up of a validated improvement plan between two campaigns (docs/improvement-plan.md, "Follow-up"): per
-- action of the plan, its status (to do, in progress, done, abandoned), the day that status applies from and a short
-- note, set by the diagnostic's facilitator, an admin or the organisation through its invitation link.
-- Keyed by the diagnostic and the action's key ("q:<question id>", "custom-<n>"), not by the action's row: curating a
-- plan rewrites its action rows, the keys stay. A diagnostic has one plan (uq_improvement_plan_diagnostic), and a plan
-- never curated still has actions (the suggestion's keys), so the diagnostic is the plan's key here.
-- Every change is also kept in plan_follow_up_change: what was done since the last campaign, and by whom.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode).

CREATE SEQUENCE plan_follow_up_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE plan_follow_up (
    id            BIGINT                   NOT NULL,
    diagnostic_id BIGINT                   NOT NULL,
    action_key    VARCHAR(120)             NOT NULL,
    status        VARCHAR(20)              NOT NULL,
    status_date   DATE                     NOT NULL,
    note          VARCHAR(500),
    updated_by    VARCHAR(300)             NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- optimistic locking: the follow-up's ETag; 1 when first stored (0 names an action never followed up)
    version       BIGINT                   NOT NULL,
    CONSTRAINT pk_plan_follow_up PRIMARY KEY (id),
    CONSTRAINT uq_plan_follow_up_action UNIQUE (diagnostic_id, action_key),
    CONSTRAINT fk_plan_follow_up_diagnostic FOREIGN KEY (diagnostic_id) REFERENCES diagnostic (id),
    CONSTRAINT ck_plan_follow_up_status CHECK (status IN ('TODO', 'IN_PROGRESS', 'DONE', 'ABANDONED'))
);

CREATE SEQUENCE plan_follow_up_change_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE plan_follow_up_change (
    id            BIGINT                   NOT NULL,
    diagnostic_id BIGINT                   NOT NULL,
    action_key    VARCHAR(120)             NOT NULL,
    status        VARCHAR(20)              NOT NULL,
    status_date   DATE                     NOT NULL,
    note          VARCHAR(500),
    changed_by    VARCHAR(300)             NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_plan_follow_up_change PRIMARY KEY (id),
    CONSTRAINT fk_plan_follow_up_change_diagnostic FOREIGN KEY (diagnostic_id) REFERENCES diagnostic (id),
    CONSTRAINT ck_plan_follow_up_change_status CHECK (status IN ('TODO', 'IN_PROGRESS', 'DONE', 'ABANDONED'))
);
CREATE INDEX ix_plan_follow_up_change_action ON plan_follow_up_change (diagnostic_id, action_key);
