package org.odmaturity.campaign.mail;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One campaign email (V12, table campaign_message): the sender's queue and the record of what happened to it. */
@Entity
@Table(name = "campaign_message")
public class CampaignMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_message_seq")
    @SequenceGenerator(name = "campaign_message_seq", sequenceName = "campaign_message_seq", allocationSize = 50)
    public Long id;

    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "diagnostic_id", nullable = false)
    public Long diagnosticId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MessageKind kind;

    @Column(nullable = false, length = 5)
    public String locale;

    @Column(name = "recipient_email", nullable = false, length = 254)
    public String recipientEmail;

    @Column(name = "recipient_name", length = 200)
    public String recipientName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MessageStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "queued_at", nullable = false)
    public Instant queuedAt;

    @Column(name = "claimed_by", length = 100)
    public String claimedBy;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "failed_at")
    public Instant failedAt;

    @Column(name = "smtp_reply", length = 1000)
    public String smtpReply;

    @Column(name = "invitation_id")
    public Long invitationId;

    @Column(name = "reminder_day")
    public LocalDate reminderDay;

    @Column(name = "created_by", nullable = false, length = 300)
    public String createdBy;

    @Version
    @Column(nullable = false)
    public long version;
}
