package org.odmaturity.diagnostic.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the facilitator's interview pages (InterviewResource). French in messages/itv_fr.properties, English in
 * messages/itv_en.properties; the method names are the keys, the parameters the placeholders of both files.
 */
@MessageBundle(value = "itv", locale = "fr")
public interface InterviewMsg {

    @Message
    String list_title();

    @Message
    String list_title_admin();

    @Message
    String list_mine();

    @Message
    String list_all();

    @Message
    String list_caption(String total);

    @Message
    String list_caption_paged(String total, int page, int pages);

    @Message
    String list_range(String from, String to, String total);

    @Message
    String pager_label();

    @Message
    String page_prev();

    @Message
    String page_next();

    @Message
    String page_word();

    @Message
    String score_level();

    @Message
    String not_scored();

    @Message
    String list_empty();

    @Message
    String start_title();

    @Message
    String start_intro();

    @Message
    String org_search_label();

    @Message
    String org_search_hint();

    @Message
    String org_search_submit();

    @Message
    String org_none(String query);

    @Message
    String org_found(int count);

    @Message
    String org_more(int count);

    @Message
    String no_open_campaign();

    @Message
    String organization();

    @Message
    String campaign();

    @Message
    String campaign_open();

    @Message
    String start_submit();

    @Message
    String filter_campaign();

    @Message
    String filter_all_campaigns();

    @Message
    String filter_status();

    @Message
    String filter_all_statuses();

    @Message
    String filter_submit();

    @Message
    String mode();

    @Message
    String status();

    @Message
    String progress();

    @Message
    String last_change();

    @Message
    String facilitator();

    @Message
    String nobody();

    @Message
    String progress_long(int answered, int relevant);

    @Message
    String progress_short(int answered, int relevant);

    @Message
    String errors_title(int count);

    @Message
    String error_organization();

    @Message
    String error_campaign();

    @Message
    String error_campaign_refused();

    @Message
    String error_exists();

    @Message
    String error_exists_other();

    @Message
    String open_existing(long id);

    @Message
    String interview_title(String org);

    @Message
    String interview_h1(String org);

    @Message
    String back_list();

    @Message
    String siren();

    @Message
    String links_nav();

    @Message
    String link_plan();

    @Message
    String link_invitations();

    @Message
    String link_pdf();

    @Message
    String link_pdf_notes();

    @Message
    String flash_created();

    @Message
    String flash_saved();

    @Message
    String flash_validated();

    @Message
    String validated_text();

    @Message
    String submitted_text();

    @Message
    String frozen();

    @Message
    String conflicts_title();

    @Message
    String conflict(String by, String answer);

    @Message
    String conflict_help();

    @Message
    String keep_mine();

    @Message
    String answer_empty();

    @Message
    String answer_na();

    @Message
    String error_number();

    @Message
    String error_url();

    @Message
    String error_invalid(String message);

    @Message
    String missing(String question);

    @Message
    String validate_refused();

    @Message
    String keys_title();

    @Message
    String keys_intro();

    @Message
    String key_digits();

    @Message
    String key_na();

    @Message
    String or();

    @Message
    String key_enter_name();

    @Message
    String key_next();

    @Message
    String key_prev();

    @Message
    String key_unsure();

    @Message
    String key_note();

    @Message
    String key_escape_name();

    @Message
    String key_escape();

    @Message
    String key_validate();

    @Message
    String keys_typing();

    @Message
    String panel_title();

    @Message
    String panel_caption();

    @Message
    String axis();

    @Message
    String score_col();

    @Message
    String answers_col();

    @Message
    String overall();

    @Message
    String saved_live();

    @Message
    String saving();

    @Message
    String save_failed();

    @Message
    String all_answered();

    @Message
    String all_done_status();

    @Message
    String next_unanswered();

    @Message
    String unsure_title();

    @Message
    String unsure_none();

    @Message
    String required();

    @Message
    String not_relevant();

    @Message
    String unanswered();

    @Message
    String flag_unsure();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String number_label();

    @Message
    String text_label();

    @Message
    String na();

    @Message
    String unsure();

    @Message
    String note();

    @Message
    String note_hint();

    @Message
    String comment();

    @Message
    String evidence();

    @Message
    String evidence_hint();

    @Message
    String save();

    @Message
    String validation_title();

    @Message
    String validation_intro();

    @Message
    String validate_submit();
}
