-- Personal API tokens of the accounts (admins, facilitators), for scripts: "Authorization: Bearer odm_...". Only the
-- SHA-256 of a token is stored; a token is named, expires (bounded by odm.auth.tokens.max-validity), can be revoked,
-- and records its last use (written at most once a minute). A token acts with its account's role at the time of use.
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE api_token (
    id           BIGINT                   NOT NULL,
    user_id      BIGINT                   NOT NULL,
    name         VARCHAR(100)             NOT NULL,
    token_hash   VARCHAR(64)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_api_token_user ON api_token (user_id);

-- Failed password checks (HTTP Basic and the sign-in form), shared by every instance: one row per failure and per
-- subject, the subject being the SHA-256 of "account:<email>" or "address:<client address>". Once a subject has
-- odm.auth.throttle.*-failures rows within odm.auth.throttle.window, attempts are refused before any bcrypt runs.
-- Rows older than the window are deleted as new failures come.
CREATE SEQUENCE auth_failure_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE auth_failure (
    id        BIGINT                   NOT NULL,
    subject   VARCHAR(64)              NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_auth_failure PRIMARY KEY (id)
);
CREATE INDEX ix_auth_failure_subject ON auth_failure (subject, failed_at);
CREATE INDEX ix_auth_failure_at ON auth_failure (failed_at);
