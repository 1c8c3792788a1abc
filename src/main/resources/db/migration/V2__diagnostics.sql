-- Organisations, campaigns, diagnostics, answers (with their history), score snapshots, accounts and invitation links.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode). JSON values are stored as TEXT written by the application.

CREATE SEQUENCE organization_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE organization (
    id               BIGINT                   NOT NULL,
    name             VARCHAR(200)             NOT NULL,
    siren            VARCHAR(9)               NOT NULL,
    type             VARCHAR(30)              NOT NULL,
    departement_code VARCHAR(3),
    region           VARCHAR(100),
    population       INTEGER,
    contact_name     VARCHAR(200),
    contact_email    VARCHAR(254),
    contact_phone    VARCHAR(30),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT pk_organization PRIMARY KEY (id),
    CONSTRAINT uq_organization_siren UNIQUE (siren),
    CONSTRAINT ck_organization_population CHECK (population IS NULL OR population >= 0)
);
CREATE INDEX ix_organization_type ON organization (type);
CREATE INDEX ix_organization_departement ON organization (departement_code);

CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE app_user (
    id            BIGINT                   NOT NULL,
    email         VARCHAR(254)             NOT NULL,
    display_name  VARCHAR(200)             NOT NULL,
    password_hash VARCHAR(100),
    role          VARCHAR(20)              NOT NULL,
    active        BOOLEAN                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_email UNIQUE (email)
);

CREATE SEQUENCE campaign_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE campaign (
    id                    BIGINT                   NOT NULL,
    name                  VARCHAR(200)             NOT NULL,
    campaign_year         INTEGER                  NOT NULL,
    questionnaire_id      VARCHAR(100)             NOT NULL,
    questionnaire_version INTEGER                  NOT NULL,
    opens_on              DATE,
    closes_on             DATE,
    status                VARCHAR(20)              NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT                   NOT NULL,
    CONSTRAINT pk_campaign PRIMARY KEY (id),
    CONSTRAINT ck_campaign_dates CHECK (opens_on IS NULL OR closes_on IS NULL OR opens_on <= closes_on)
);

CREATE SEQUENCE diagnostic_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE diagnostic (
    id              BIGINT                   NOT NULL,
    organization_id BIGINT                   NOT NULL,
    campaign_id     BIGINT                   NOT NULL,
    mode            VARCHAR(20)              NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    facilitator_id  BIGINT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE,
    validated_at    TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_diagnostic PRIMARY KEY (id),
    CONSTRAINT uq_diagnostic_organization_campaign UNIQUE (organization_id, campaign_id),
    CONSTRAINT fk_diagnostic_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_diagnostic_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_diagnostic_facilitator FOREIGN KEY (facilitator_id) REFERENCES app_user (id)
);
CREATE INDEX ix_diagnostic_campaign ON diagnostic (campaign_id);
CREATE INDEX ix_diagnostic_facilitator ON diagnostic (facilitator_id);

CREATE SEQUENCE answer_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE answer (
    id             BIGINT                   NOT NULL,
    diagnostic_id  BIGINT                   NOT NULL,
    question_id    VARCHAR(100)             NOT NULL,
    value_json     TEXT,
    not_applicable BOOLEAN                  NOT NULL,
    unsure         BOOLEAN                  NOT NULL,
    comment        TEXT,
    evidence       VARCHAR(2000),
    note           TEXT,
    answered_by    VARCHAR(300)             NOT NULL,
    answered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revision       INTEGER                  NOT NULL,
    CONSTRAINT pk_answer PRIMARY KEY (id),
    CONSTRAINT uq_answer_question UNIQUE (diagnostic_id, question_id),
    CONSTRAINT fk_answer_diagnostic FOREIGN KEY (diagnostic_id) REFERENCES diagnostic (id)
);

CREATE SEQUENCE answer_change_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE answer_change (
    id            BIGINT                   NOT NULL,
    diagnostic_id BIGINT                   NOT NULL,
    question_id   VARCHAR(100)             NOT NULL,
    old_state     TEXT,
    new_state     TEXT                     NOT NULL,
    changed_by    VARCHAR(300)             NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_answer_change PRIMARY KEY (id),
    CONSTRAINT fk_answer_change_diagnostic FOREIGN KEY (diagnostic_id) REFERENCES diagnostic (id)
);
CREATE INDEX ix_answer_change_diagnostic ON answer_change (diagnostic_id, id);

CREATE SEQUENCE score_snapshot_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE score_snapshot (
    id                    BIGINT                   NOT NULL,
    diagnostic_id         BIGINT                   NOT NULL,
    kind                  VARCHAR(20)              NOT NULL,
    questionnaire_id      VARCHAR(100)             NOT NULL,
    questionnaire_version INTEGER                  NOT NULL,
    content_hash          VARCHAR(64)              NOT NULL,
    overall_score         NUMERIC(4, 1),
    overall_level         VARCHAR(100),
    score_card            TEXT                     NOT NULL,
    created_by            VARCHAR(300)             NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_score_snapshot PRIMARY KEY (id),
    CONSTRAINT fk_score_snapshot_diagnostic FOREIGN KEY (diagnostic_id) REFERENCES diagnostic (id)
);
CREATE INDEX ix_score_snapshot_diagnostic ON score_snapshot (diagnostic_id);

-- One row per axis and theme of a snapshot: what the regional comparisons aggregate with plain SQL.
CREATE TABLE score_snapshot_node (
    snapshot_id BIGINT        NOT NULL,
    node_type   VARCHAR(10)   NOT NULL,
    node_id     VARCHAR(100)  NOT NULL,
    axis_id     VARCHAR(100)  NOT NULL,
    score       NUMERIC(4, 1),
    level       VARCHAR(100),
    answered    INTEGER       NOT NULL,
    relevant    INTEGER       NOT NULL,
    CONSTRAINT pk_score_snapshot_node PRIMARY KEY (snapshot_id, node_type, node_id),
    CONSTRAINT fk_score_snapshot_node_snapshot FOREIGN KEY (snapshot_id) REFERENCES score_snapshot (id)
);

CREATE SEQUENCE invitation_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE invitation (
    id            BIGINT                   NOT NULL,
    diagnostic_id BIGINT                   NOT NULL,
    token_hash    VARCHAR(64)              NOT NULL,
    label         VARCHAR(200),
    created_by    VARCHAR(300)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_invitation PRIMARY KEY (id),
    CONSTRAINT uq_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_diagnostic FOREIGN KEY (diagnostic_id) REFERENCES diagnostic (id)
);
CREATE INDEX ix_invitation_diagnostic ON invitation (diagnostic_id);
