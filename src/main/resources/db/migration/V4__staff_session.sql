-- Signed-in sessions of the web pages (admins and facilitators). Only the SHA-256 of the cookie's token is stored;
-- a session ends at sign-out, after odm.web.session-idle of inactivity, or odm.web.session-max after sign-in.
CREATE SEQUENCE staff_session_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE staff_session (
    id           BIGINT                   NOT NULL,
    token_hash   VARCHAR(64)              NOT NULL,
    user_id      BIGINT                   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_staff_session PRIMARY KEY (id),
    CONSTRAINT uq_staff_session_token UNIQUE (token_hash),
    CONSTRAINT fk_staff_session_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_staff_session_user ON staff_session (user_id);
