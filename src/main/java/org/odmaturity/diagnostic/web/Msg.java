package org.odmaturity.diagnostic.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The pages' texts. French is the default (messages/msg_fr.properties), English is messages/msg_en.properties; the
 * method names are the keys, the parameters are the placeholders of both files.
 */
@MessageBundle(value = "msg", locale = "fr")
public interface Msg {

    @Message
    String landing_title(String org);

    @Message
    String landing_who_title();

    @Message
    String landing_who(String campaign, int year);

    @Message
    String landing_facilitator(String name);

    @Message
    String landing_why_title();

    @Message
    String landing_why(String org);

    @Message
    String landing_duration_title();

    @Message
    String landing_duration(int minutes);

    @Message
    String landing_privacy_title();

    @Message
    String landing_privacy();

    @Message
    String landing_axes_title();

    @Message
    String landing_start();

    @Message
    String landing_resume();

    @Message
    String progress_nav();

    @Message
    String progress(int answered, int relevant);

    @Message
    String progress_done();

    @Message
    String axis_of(int n, int total);

    @Message
    String required();

    @Message
    String required_legend();

    @Message
    String na();

    @Message
    String unsure();

    @Message
    String comment();

    @Message
    String evidence();

    @Message
    String evidence_hint();

    @Message
    String number_hint();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String save();

    @Message
    String save_next();

    @Message
    String previous();

    @Message
    String next();

    @Message
    String review_link();

    @Message
    String saved();

    @Message
    String saved_live();

    @Message
    String saving();

    @Message
    String save_failed();

    @Message
    String errors_title(int count);

    @Message
    String error_number();

    @Message
    String error_url();

    @Message
    String error_invalid(String detail);

    @Message
    String error_characters();

    @Message
    String error_too_long(int max);

    @Message
    String error_min(String min);

    @Message
    String error_max(String max);

    @Message
    String error_na_not_allowed();

    @Message
    String error_na_and_value();

    @Message
    String error_exclusive();

    @Message
    String error_notes();

    @Message
    String conflict(String by, String answer);

    @Message
    String conflict_help();

    @Message
    String conflicts_title();

    @Message
    String keep_mine();

    @Message
    String answer_na();

    @Message
    String answer_empty();

    @Message
    String frozen();

    @Message
    String review_title();

    @Message
    String review_missing(int count);

    @Message
    String review_complete();

    @Message
    String review_submit();

    @Message
    String review_submit_help();

    @Message
    String review_cannot_submit();

    @Message
    String review_already();

    @Message
    String results_title();

    @Message
    String results_overall();

    @Message
    String results_level();

    @Message
    String results_provisional();

    @Message
    String results_axes();

    @Message
    String results_axis();

    @Message
    String results_score();

    @Message
    String results_points();

    @Message
    String results_level_col();

    @Message
    String results_chart();

    @Message
    String strengths();

    @Message
    String weaknesses();

    @Message
    String plan_title();

    @Message
    String plan_intro();

    @Message
    String plan_effort();

    @Message
    String plan_horizon();

    @Message
    String plan_quickwin();

    @Message
    String plan_empty();

    @Message
    String pdf_download();

    @Message
    String not_scored();

    @Message
    String none();

    @Message
    String invalid_title();

    @Message
    String invalid_text();

    @Message
    String forbidden_title();

    @Message
    String forbidden_text();

    @Message
    String back_home();
}
