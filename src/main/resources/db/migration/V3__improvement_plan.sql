-- The improvement plan of a diagnostic as curated by its facilitator or an admin (docs/improvement-plan.md): the kept
-- actions in their order (suggested ones by question, custom ones with their text), owners, due dates and a target
-- level per axis. A diagnostic without a row here shows the suggestion computed from its answers.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode).

CREATE SEQUENCE improvement_plan_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE improvement_plan (
    id                 BIGINT                   NOT NULL,
    diagnostic_id      BIGINT                   NOT NULL,
    -- the number given to the next custom action (its id is "custom-<n>")
    next_custom_number INTEGER                  NOT NULL,
    created_by         VARCHAR(300)             NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(300)             NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- optimistic locking: the plan's ETag; 1 when first stored (0 is the ETag of a plan never curated)
    version            BIGINT                   NOT NULL,
    CONSTRAINT pk_improvement_plan PRIMARY KEY (id),
    CONSTRAINT uq_improvement_plan_diagnostic UNIQUE (diagnostic_id),
    CONSTRAINT fk_improvement_plan_diagnostic FOREIGN KEY (diagnostic_id) REFERENCES diagnostic (id),
    CONSTRAINT ck_improvement_plan_custom CHECK (next_custom_number >= 1)
);

CREATE SEQUENCE improvement_plan_action_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE improvement_plan_action (
    id          BIGINT        NOT NULL,
    plan_id     BIGINT        NOT NULL,
    sort_order  INTEGER       NOT NULL,
    -- "q:<question id>" for a suggested action, "custom-<n>" for a custom one
    action_key  VARCHAR(120)  NOT NULL,
    question_id VARCHAR(100),
    -- where a suggested action's recommendation came from when it was kept: "option:<id>" or "question"
    source      VARCHAR(120),
    axis_id     VARCHAR(100),
    theme_id    VARCHAR(100),
    -- a custom action's text, or the curator's wording of a suggested one (null: the questionnaire's text)
    action_text VARCHAR(2000),
    effort      VARCHAR(10),
    horizon     VARCHAR(10),
    owner_name  VARCHAR(200),
    due_date    DATE,
    CONSTRAINT pk_improvement_plan_action PRIMARY KEY (id),
    CONSTRAINT uq_improvement_plan_action_order UNIQUE (plan_id, sort_order),
    CONSTRAINT uq_improvement_plan_action_key UNIQUE (plan_id, action_key),
    CONSTRAINT fk_improvement_plan_action_plan FOREIGN KEY (plan_id) REFERENCES improvement_plan (id),
    CONSTRAINT ck_improvement_plan_action_kind CHECK (question_id IS NOT NULL OR action_text IS NOT NULL),
    CONSTRAINT ck_improvement_plan_action_effort CHECK (effort IS NULL OR effort IN ('LOW', 'MEDIUM', 'HIGH')),
    CONSTRAINT ck_improvement_plan_action_horizon CHECK (horizon IS NULL OR horizon IN ('SHORT', 'MEDIUM', 'LONG')),
    CONSTRAINT ck_improvement_plan_action_order CHECK (sort_order >= 0)
);

CREATE TABLE improvement_plan_target (
    plan_id  BIGINT       NOT NULL,
    axis_id  VARCHAR(100) NOT NULL,
    level_id VARCHAR(100) NOT NULL,
    CONSTRAINT pk_improvement_plan_target PRIMARY KEY (plan_id, axis_id),
    CONSTRAINT fk_improvement_plan_target_plan FOREIGN KEY (plan_id) REFERENCES improvement_plan (id)
);
