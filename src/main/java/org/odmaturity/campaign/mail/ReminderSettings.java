package org.odmaturity.campaign.mail;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A campaign's automatic reminders (V12, table campaign_reminder); no row means off. */
@Entity
@Table(name = "campaign_reminder")
public class ReminderSettings extends PanacheEntityBase {

    @Id
    @Column(name = "campaign_id")
    public Long campaignId;

    @Column(nullable = false)
    public boolean enabled;

    /** Comma-separated days before the deadline, largest first: "14,3". */
    @Column(name = "days_before", nullable = false, length = 100)
    public String daysBefore;

    @Column(nullable = false, length = 5)
    public String locale;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 300)
    public String updatedBy;

    @Version
    @Column(nullable = false)
    public long version;
}
