package org.odmaturity.plan;

import java.io.Serializable;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The target level of one axis in a curated plan (axes without a row keep the default target). */
@Entity
@Table(name = "improvement_plan_target")
@IdClass(PlanTarget.Key.class)
public class PlanTarget extends PanacheEntityBase {

    @Id
    @Column(name = "plan_id")
    public Long planId;

    @Id
    @Column(name = "axis_id", length = 100)
    public String axisId;

    @Column(name = "level_id", nullable = false, length = 100)
    public String levelId;

    public static class Key implements Serializable {
        public Long planId;
        public String axisId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(planId, k.planId) && Objects.equals(axisId, k.axisId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(planId, axisId);
        }
    }
}
