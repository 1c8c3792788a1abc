package org.odmaturity.organization.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the directory import pages: namespace {@code imp} in their templates. French in messages/imp_fr.properties,
 * English in messages/imp_en.properties.
 */
@MessageBundle(value = "imp", locale = "fr")
public interface ImportMsg {

    @Message
    String imports_title();

    @Message
    String imports_intro();

    @Message
    String imports_link();

    @Message
    String format_title();

    @Message
    String format_intro();

    @Message
    String format_siren();

    @Message
    String format_name();

    @Message
    String format_type();

    @Message
    String format_departement();

    @Message
    String format_population();

    @Message
    String format_contact_name();

    @Message
    String format_contact_email();

    @Message
    String format_empty(int max, int chars);

    @Message
    String upload_legend();

    @Message
    String file_label();

    @Message
    String file_hint();

    @Message
    String encoding_label();

    @Message
    String encoding_auto();

    @Message
    String delimiter_label();

    @Message
    String delimiter_auto();

    @Message
    String delimiter_semicolon();

    @Message
    String delimiter_comma();

    @Message
    String delimiter_tab();

    @Message
    String atomic_label();

    @Message
    String upload_submit();

    @Message
    String err_file_missing();

    @Message
    String recent_title();

    @Message
    String recent_caption();

    @Message
    String recent_none();

    @Message
    String col_date();

    @Message
    String col_file();

    @Message
    String col_by();

    @Message
    String col_lines();

    @Message
    String col_created();

    @Message
    String col_updated();

    @Message
    String col_unchanged();

    @Message
    String col_refused();

    @Message
    String col_line();

    @Message
    String col_siren();

    @Message
    String col_name();

    @Message
    String col_outcome();

    @Message
    String col_reason();

    @Message
    String preview_title(String file);

    @Message
    String report_title(String file);

    @Message
    String preview_intro();

    @Message
    String report_intro(String date);

    @Message
    String facts_label();

    @Message
    String fact_file();

    @Message
    String fact_by();

    @Message
    String fact_at();

    @Message
    String fact_encoding();

    @Message
    String fact_atomic();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String counts_label();

    @Message
    String lines_caption();

    @Message
    String lines_caption_refused();

    @Message
    String lines_none();

    @Message
    String lines_cut(int shown, int total);

    @Message
    String confirm_submit();

    @Message
    String confirm_blocked(int count);

    @Message
    String applied_notice();

    @Message
    String already_applied();

    @Message
    String conflict();

    @Message
    String download_report();

    @Message
    String download_report_excel();

    @Message
    String new_import();

    @Message
    String open_organization();

    @Message
    String outcome_CREATED();

    @Message
    String outcome_UPDATED();

    @Message
    String outcome_UNCHANGED();

    @Message
    String outcome_REFUSED();

    @Message
    String outcome_preview_CREATED();

    @Message
    String outcome_preview_UPDATED();

    @Message
    String outcome_preview_UNCHANGED();

    @Message
    String outcome_preview_REFUSED();

    @Message
    String column_siren();

    @Message
    String column_name();

    @Message
    String column_type();

    @Message
    String column_departement();

    @Message
    String column_population();

    @Message
    String column_contact_name();

    @Message
    String column_contact_email();

    @Message
    String reason_MISSING_VALUE(String column);

    @Message
    String reason_INVALID_VALUE_siren();

    @Message
    String reason_INVALID_VALUE_name();

    @Message
    String reason_INVALID_VALUE_type();

    @Message
    String reason_INVALID_VALUE_departement();

    @Message
    String reason_INVALID_VALUE_population();

    @Message
    String reason_INVALID_VALUE_contact_name();

    @Message
    String reason_INVALID_VALUE_contact_email();

    @Message
    String reason_DUPLICATE_SIREN();

    @Message
    String reason_LINE_TOO_LONG();

    @Message
    String reason_WRONG_CELL_COUNT();

    @Message
    String reason_UNSTORABLE_TEXT(String column);

    @Message
    String reason_MALFORMED_CSV();

    @Message
    String file_EMPTY();

    @Message
    String file_NO_HEADER();

    @Message
    String file_UTF16();

    @Message
    String file_NUL_BYTES();

    @Message
    String file_BAD_BYTES();

    @Message
    String file_UNKNOWN_ENCODING();

    @Message
    String file_UNKNOWN_DELIMITER();

    @Message
    String file_TOO_MANY_LINES(int max);

    @Message
    String file_UNKNOWN_COLUMN(String value);

    @Message
    String file_REPEATED_COLUMN(String value);

    @Message
    String file_MISSING_COLUMN(String value);

    @Message
    String file_refused();

    @Message
    String count_to_create();

    @Message
    String count_to_update();
}
