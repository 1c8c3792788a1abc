-- The emails a campaign sends to its organisations (invitations and reminders), one row per message: the queue of the
-- sender and the record of what happened. A message is QUEUED, then claimed by one instance (SENDING, claimed_by and a
-- lease claimed_until: a claim whose lease ran out is queued again, so sending resumes after a crash), then SENT or
-- FAILED (with the SMTP server's answer; an admin can queue a FAILED one again), or CANCELLED when its diagnostic was
-- submitted before it left. The recipient is copied at queueing (the address the email went to). The invitation link
-- is created when the message is sent (its token is only in the email, never stored): invitation_id names it, and it
-- is revoked if the email could not be sent. reminder_day is the day a scheduled reminder belongs to (the deadline
-- minus one of the campaign's reminder offsets): unique per diagnostic, so two instances never queue it twice.
-- Deleting a diagnostic deletes its messages; deleting an invitation link leaves the message without it.
CREATE SEQUENCE campaign_message_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE campaign_message (
    id              BIGINT                   NOT NULL,
    campaign_id     BIGINT                   NOT NULL,
    diagnostic_id   BIGINT                   NOT NULL,
    kind            VARCHAR(20)              NOT NULL,
    locale          VARCHAR(5)               NOT NULL,
    recipient_email VARCHAR(254)             NOT NULL,
    recipient_name  VARCHAR(200),
    status          VARCHAR(20)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    queued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by      VARCHAR(100),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    failed_at       TIMESTAMP WITH TIME ZONE,
    smtp_reply      VARCHAR(1000),
    invitation_id   BIGINT,
    reminder_day    DATE,
    created_by      VARCHAR(300)             NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_campaign_message PRIMARY KEY (id),
    CONSTRAINT uq_campaign_message_reminder UNIQUE (diagnostic_id, reminder_day),
    CONSTRAINT fk_campaign_message_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_message_diagnostic FOREIGN KEY (diagnostic_id) REFERENCES diagnostic (id) ON DELETE CASCADE,
    CONSTRAINT fk_campaign_message_invitation FOREIGN KEY (invitation_id) REFERENCES invitation (id) ON DELETE SET NULL,
    CONSTRAINT ck_campaign_message_kind CHECK (kind IN ('INVITATION', 'REMINDER')),
    CONSTRAINT ck_campaign_message_status CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'CANCELLED'))
);
CREATE INDEX ix_campaign_message_status ON campaign_message (status, queued_at);
CREATE INDEX ix_campaign_message_campaign ON campaign_message (campaign_id, diagnostic_id);
CREATE INDEX ix_campaign_message_recipient ON campaign_message (recipient_email);

-- A campaign's automatic reminders: whether they are on, and how many days before an organisation's deadline they go
-- (a comma-separated list, e.g. "14,3"). No row: reminders off.
CREATE TABLE campaign_reminder (
    campaign_id BIGINT                   NOT NULL,
    enabled     BOOLEAN                  NOT NULL,
    days_before VARCHAR(100)             NOT NULL,
    locale      VARCHAR(5)               NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(300)             NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_campaign_reminder PRIMARY KEY (campaign_id),
    CONSTRAINT fk_campaign_reminder_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
