-- The questionnaire versions the service has used, with the hash of their content: a version is immutable once used,
-- so a later file with the same id and version but another content is refused (docs/questionnaire-format.md).
-- The content itself is kept too: a used version stays available (for the diagnostics that use it) even when its file
-- is changed or removed.
-- Portable SQL: runs on PostgreSQL (test, prod) and H2 (dev mode).
CREATE SEQUENCE questionnaire_version_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE questionnaire_version (
    id               BIGINT                   NOT NULL,
    questionnaire_id VARCHAR(100)             NOT NULL,
    version          INTEGER                  NOT NULL,
    content_hash     VARCHAR(64)              NOT NULL,
    source_file      VARCHAR(255)             NOT NULL,
    content          TEXT                     NOT NULL,
    first_used_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_questionnaire_version PRIMARY KEY (id),
    CONSTRAINT uq_questionnaire_version UNIQUE (questionnaire_id, version),
    CONSTRAINT ck_questionnaire_version_positive CHECK (version > 0)
);
