package org.odmaturity.plan;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;

/**
 * The curated improvement plan of one diagnostic (its actions and targets are {@link PlanAction} and
 * {@link PlanTarget} rows). {@code version} is the plan's ETag: 1 when first stored, so that 0 can name the plan of a
 * diagnostic never curated.
 */
@Entity
@Table(name = "improvement_plan")
public class ImprovementPlan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "improvement_plan_seq")
    @SequenceGenerator(name = "improvement_plan_seq", sequenceName = "improvement_plan_seq", allocationSize = 50)
    public Long id;

    @NotNull
    @Column(name = "diagnostic_id", nullable = false, unique = true)
    public Long diagnosticId;

    @Column(name = "next_custom_number", nullable = false)
    public int nextCustomNumber = 1;

    @NotNull
    @Column(name = "created_by", nullable = false, length = 300)
    public String createdBy;

    @NotNull
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @NotNull
    @Column(name = "updated_by", nullable = false, length = 300)
    public String updatedBy;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public static ImprovementPlan forDiagnostic(long diagnosticId) {
        return find("diagnosticId", diagnosticId).firstResult();
    }
}
