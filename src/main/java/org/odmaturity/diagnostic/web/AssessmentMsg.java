package org.odmaturity.diagnostic.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts about answers scored by the facilitator (issue 15 §6): the scoring page at validation and what respondents see.
 * French in messages/ass_fr.properties, English in messages/ass_en.properties.
 */
@MessageBundle(value = "ass", locale = "fr")
public interface AssessmentMsg {

    @Message
    String title(String organization);

    @Message
    String back();

    @Message
    String intro();

    @Message
    String none();

    @Message
    String not_submitted();

    @Message
    String validated();

    @Message
    String answer_label();

    @Message
    String no_answer_text();

    @Message
    String unsure_note(String deduction);

    @Message
    String points_label(String max);

    @Message
    String points_hint(String max);

    @Message
    String rubric_legend(String max);

    @Message
    String rubric_level(String points, String label);

    @Message
    String justification_label();

    @Message
    String justification_hint();

    @Message
    String pending();

    @Message
    String stale(String points, String max);

    @Message
    String scored(String points, String max);

    @Message
    String scored_by(String who, String when);

    @Message
    String save();

    @Message
    String save_and_validate();

    @Message
    String saved();

    @Message
    String errors_title(int count);

    @Message
    String changed_meanwhile();

    @Message
    String pending_refused(int count);

    @Message
    String interview_link(int pending, int total);

    // ------------------------------------------------------------ per error code (AssessmentRules.Code)

    @Message
    String error_points_required(String max);

    @Message
    String error_points_out_of_range(String max);

    @Message
    String error_points_too_precise();

    @Message
    String error_not_a_number();

    @Message
    String error_not_a_rubric_level();

    @Message
    String error_justification_required();

    @Message
    String error_justification_too_long(int max);

    @Message
    String error_bad_characters();

    @Message
    String error_pending();

    // ------------------------------------------------------------ what respondents see

    @Message
    String respondent_pending();

    @Message
    String respondent_scored(String points, String max);

    @Message
    String respondent_justification();

    @Message
    String results_pending(int count);
}
