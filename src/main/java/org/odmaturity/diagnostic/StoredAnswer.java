package org.odmaturity.diagnostic;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.NotNull;

/**
 * The current answer to one question of one diagnostic. {@code revision} counts its changes: a client that sends the
 * revision it last saw never overwrites a colleague's newer answer.
 */
@Entity
@Table(name = "answer")
public class StoredAnswer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_seq")
    @SequenceGenerator(name = "answer_seq", sequenceName = "answer_seq", allocationSize = 50)
    public Long id;

    @NotNull
    @Column(name = "diagnostic_id", nullable = false)
    public Long diagnosticId;

    @NotNull
    @Column(name = "question_id", nullable = false, length = 100)
    public String questionId;

    /** The value as JSON (an option id, a list, a boolean, a number, a text); null when unanswered or N/A. */
    @Column(name = "value_json")
    public String valueJson;

    @Column(name = "not_applicable", nullable = false)
    public boolean notApplicable;

    @Column(nullable = false)
    public boolean unsure;

    @Column
    public String comment;

    @Column(length = 2000)
    public String evidence;

    /** The facilitator's note; never shown to respondents. */
    @Column
    public String note;

    @NotNull
    @Column(name = "answered_by", nullable = false, length = 300)
    public String answeredBy;

    @NotNull
    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;

    @Column(nullable = false)
    public int revision;

    /**
     * For a question scored by the facilitator (docs/scoring.md, "Scored by the facilitator"): the points given, or
     * null while never scored. With the justification, who gave them and when, and the value they were given for.
     */
    @Column(name = "assessed_points", precision = 8, scale = 2)
    public java.math.BigDecimal assessedPoints;

    @Column(name = "assessment_justification")
    public String assessmentJustification;

    @Column(name = "assessed_by", length = 300)
    public String assessedBy;

    @Column(name = "assessed_at")
    public Instant assessedAt;

    /** {@link #valueJson} when the points were given: they count only while the value is still this one. */
    @Column(name = "assessed_value")
    public String assessedValue;

    /** Whether the facilitator's points count: given, and for the answer's current value. */
    public boolean assessmentCurrent() {
        return assessedPoints != null && valueJson != null && !notApplicable && valueJson.equals(assessedValue);
    }

    /** Whether points were given for a value the answer no longer has (kept for the record, not counted). */
    public boolean assessmentStale() {
        return assessedPoints != null && !assessmentCurrent();
    }

    /** {@link #valueJson} parsed, and the text it was parsed from: a request parses each stored value once. */
    @Transient
    com.fasterxml.jackson.databind.JsonNode parsedValue;
    @Transient
    String parsedFrom;
}
