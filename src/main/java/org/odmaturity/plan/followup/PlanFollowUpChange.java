package org.odmaturity.plan.followup;

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
import jakarta.validation.constraints.NotNull;

/** One change of an action's follow-up, as it was made (the history: what was done, when, by whom). */
@Entity
@Table(name = "plan_follow_up_change")
public class PlanFollowUpChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_follow_up_change_seq")
    @SequenceGenerator(name = "plan_follow_up_change_seq", sequenceName = "plan_follow_up_change_seq",
            allocationSize = 50)
    public Long id;

    @NotNull
    @Column(name = "diagnostic_id", nullable = false)
    public Long diagnosticId;

    @NotNull
    @Column(name = "action_key", nullable = false, length = 120)
    public String actionKey;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public FollowUpStatus status;

    @NotNull
    @Column(name = "status_date", nullable = false)
    public LocalDate statusDate;

    @Column(length = 500)
    public String note;

    @NotNull
    @Column(name = "changed_by", nullable = false, length = 300)
    public String changedBy;

    @NotNull
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
