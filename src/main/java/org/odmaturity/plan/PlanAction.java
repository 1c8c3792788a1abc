package org.odmaturity.plan;

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

import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;

/**
 * One action of a curated plan, at its place. A suggested action names its question (its text, effort and horizon come
 * from the questionnaire unless the curator changed them); a custom action carries its own text.
 */
@Entity
@Table(name = "improvement_plan_action")
public class PlanAction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "improvement_plan_action_seq")
    @SequenceGenerator(name = "improvement_plan_action_seq", sequenceName = "improvement_plan_action_seq",
            allocationSize = 50)
    public Long id;

    @NotNull
    @Column(name = "plan_id", nullable = false)
    public Long planId;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @NotNull
    @Column(name = "action_key", nullable = false, length = 120)
    public String actionKey;

    @Column(name = "question_id", length = 100)
    public String questionId;

    /** For a suggested action: {@code option:<id>} or {@code question}, where its recommendation came from. */
    @Column(length = 120)
    public String source;

    @Column(name = "axis_id", length = 100)
    public String axisId;

    @Column(name = "theme_id", length = 100)
    public String themeId;

    @Column(name = "action_text", length = 2000)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public Effort effort;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public Horizon horizon;

    @Column(name = "owner_name", length = 200)
    public String owner;

    @Column(name = "due_date")
    public LocalDate dueDate;
}
