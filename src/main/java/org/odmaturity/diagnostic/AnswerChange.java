package org.odmaturity.diagnostic;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * One change of one answer: who, when, the state before (null for a first answer) and after, as JSON; {@code seq}
 * numbers a diagnostic's changes in the order they were made (1, 2, …), under the diagnostic's row lock.
 */
@Entity
@Table(name = "answer_change")
public class AnswerChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_change_seq")
    @SequenceGenerator(name = "answer_change_seq", sequenceName = "answer_change_seq", allocationSize = 50)
    public Long id;

    @NotNull
    @Column(name = "diagnostic_id", nullable = false)
    public Long diagnosticId;

    @NotNull
    @Column(nullable = false)
    public Long seq;

    @NotNull
    @Column(name = "question_id", nullable = false, length = 100)
    public String questionId;

    @Column(name = "old_state")
    public String oldState;

    @NotNull
    @Column(name = "new_state", nullable = false)
    public String newState;

    @NotNull
    @Column(name = "changed_by", nullable = false, length = 300)
    public String changedBy;

    @NotNull
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** A diagnostic's changes in the order they were made. */
    static List<AnswerChange> ofDiagnostic(long diagnosticId) {
        return list("diagnosticId = ?1 order by seq", diagnosticId);
    }
}
