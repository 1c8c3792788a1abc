-- Directory imports: a CSV of organisations uploaded by an admin (docs/api.md, "Directory import"). An import is first
-- a PREVIEW (its lines checked and their outcome predicted, nothing written to organization), then APPLIED once (the
-- status changes from PREVIEW to APPLIED in the transaction that writes the organisations, so a second confirmation,
-- on this instance or another, applies nothing). The API's direct imports are recorded APPLIED at once.
-- Each line keeps its number in the file, its outcome (CREATED, UPDATED, UNCHANGED, REFUSED), the organisation it
-- created or updated (null when refused, and during the preview of a creation) and, for a refused line, the reason.
-- The values of an accepted line are kept so that the confirmation applies exactly what was previewed.
CREATE SEQUENCE directory_import_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE directory_import (
    id              BIGINT                   NOT NULL,
    file_name       VARCHAR(255)             NOT NULL,
    created_by      VARCHAR(300)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    atomic          BOOLEAN                  NOT NULL,
    encoding        VARCHAR(20)              NOT NULL,
    delimiter       VARCHAR(1)               NOT NULL,
    applied_at      TIMESTAMP WITH TIME ZONE,
    line_count      INTEGER                  NOT NULL,
    created_count   INTEGER                  NOT NULL,
    updated_count   INTEGER                  NOT NULL,
    unchanged_count INTEGER                  NOT NULL,
    refused_count   INTEGER                  NOT NULL,
    CONSTRAINT pk_directory_import PRIMARY KEY (id),
    CONSTRAINT ck_directory_import_status CHECK (status IN ('PREVIEW', 'APPLIED'))
);
CREATE INDEX ix_directory_import_created ON directory_import (created_at);

CREATE SEQUENCE directory_import_line_seq START WITH 1 INCREMENT BY 100;
CREATE TABLE directory_import_line (
    id               BIGINT        NOT NULL,
    import_id        BIGINT        NOT NULL,
    line_number      INTEGER       NOT NULL,
    outcome          VARCHAR(20)   NOT NULL,
    organization_id  BIGINT,
    reason           VARCHAR(40),
    reason_field     VARCHAR(40),
    message          VARCHAR(1000),
    siren            VARCHAR(9),
    name             VARCHAR(200),
    type             VARCHAR(30),
    departement_code VARCHAR(3),
    population       INTEGER,
    contact_name     VARCHAR(200),
    contact_email    VARCHAR(254),
    CONSTRAINT pk_directory_import_line PRIMARY KEY (id),
    CONSTRAINT uq_directory_import_line UNIQUE (import_id, line_number),
    CONSTRAINT ck_directory_import_line_outcome CHECK (outcome IN ('CREATED', 'UPDATED', 'UNCHANGED', 'REFUSED')),
    CONSTRAINT fk_directory_import_line_import FOREIGN KEY (import_id) REFERENCES directory_import (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_directory_import_line_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
        ON DELETE SET NULL
);
CREATE INDEX ix_directory_import_line_organization ON directory_import_line (organization_id);
