-- Open data (docs/open-data.md): a closed campaign's aggregated results published as a Frictionless data package at
-- /donnees-ouvertes/{slug}/. The generated files are stored as text when they are published, so that the public files
-- never change afterwards (a diagnostic reopened later changes nothing until an admin republishes). One row per
-- campaign ever published: republishing replaces its files and its publication date; withdrawing deletes its files
-- and keeps the row (the slug stays the campaign's, the version keeps counting).
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode).

CREATE SEQUENCE open_data_package_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE open_data_package (
    id                    BIGINT                   NOT NULL,
    campaign_id           BIGINT                   NOT NULL,
    -- the package's name and the folder of its public URLs: lower-case letters, digits and hyphens
    slug                  VARCHAR(80)              NOT NULL,
    -- the campaign and its questionnaire as they were at the latest publication (the files say the same)
    campaign_name         VARCHAR(200)             NOT NULL,
    campaign_year         INTEGER                  NOT NULL,
    questionnaire_id      VARCHAR(100)             NOT NULL,
    questionnaire_version INTEGER                  NOT NULL,
    -- how many times it was published: the package's version is 1.<count - 1>.0
    publication_count     INTEGER                  NOT NULL,
    -- the latest publication (the first one, or the latest republication)
    published_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by          VARCHAR(300)             NOT NULL,
    -- set while the package is withdrawn (its files are then deleted)
    withdrawn_at          TIMESTAMP WITH TIME ZONE,
    withdrawn_by          VARCHAR(300),
    -- optimistic locking: moves at every publication and withdrawal
    version               BIGINT                   NOT NULL,
    CONSTRAINT pk_open_data_package PRIMARY KEY (id),
    CONSTRAINT uq_open_data_package_campaign UNIQUE (campaign_id),
    CONSTRAINT uq_open_data_package_slug UNIQUE (slug),
    CONSTRAINT fk_open_data_package_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT ck_open_data_package_withdrawn CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL)),
    CONSTRAINT ck_open_data_package_count CHECK (publication_count >= 1)
);

CREATE SEQUENCE open_data_file_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE open_data_file (
    id          BIGINT        NOT NULL,
    package_id  BIGINT        NOT NULL,
    -- the file's name in the package's folder: datapackage.json or <resource>.csv
    file_name   VARCHAR(100)  NOT NULL,
    -- the resource's name in datapackage.json, null for datapackage.json itself
    resource    VARCHAR(80),
    media_type  VARCHAR(100)  NOT NULL,
    content     TEXT          NOT NULL,
    -- the size of the content in UTF-8 and its SHA-256 (hexadecimal): the public file's ETag
    byte_count  BIGINT        NOT NULL,
    sha256      VARCHAR(64)   NOT NULL,
    -- data rows of a CSV file (the header excluded), null for datapackage.json
    row_count   INTEGER,
    sort_order  INTEGER       NOT NULL,
    CONSTRAINT pk_open_data_file PRIMARY KEY (id),
    CONSTRAINT uq_open_data_file_name UNIQUE (package_id, file_name),
    CONSTRAINT fk_open_data_file_package FOREIGN KEY (package_id) REFERENCES open_data_package (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_open_data_file_bytes CHECK (byte_count >= 0),
    CONSTRAINT ck_open_data_file_rows CHECK (row_count IS NULL OR row_count >= 0)
);
