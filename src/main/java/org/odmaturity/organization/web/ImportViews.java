package org.odmaturity.organization.web;

import java.util.List;

import org.odmaturity.organization.directory.DirectoryFile;
import org.odmaturity.organization.directory.DirectoryImportService.ImportSummary;
import org.odmaturity.organization.directory.Outcome;
import org.odmaturity.organization.directory.Refusal;
import org.odmaturity.web.Views;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** What the directory import pages show (texts already in the page's language), and how codes are worded. */
public final class ImportViews {

    private ImportViews() {
    }

    @CheckedTemplate(basePath = "admin")
    static final class Templates {
        static native TemplateInstance imports(Views.Page page, UploadPage view);

        static native TemplateInstance directoryImport(Views.Page page, ReportPage view);
    }

    /** A line of the recent imports. */
    public record Recent(long id, String date, String fileName, String createdBy, int lines, int created,
            int updated, int unchanged, int refused) {
    }

    /** The upload form (with the choices made, kept after a refusal) and the recent imports. */
    public record UploadPage(List<Views.ErrorLink> errors, String fileError, String encoding, String delimiter,
            boolean atomic, List<Recent> recent, int maxLines, int maxLineChars) {
    }

    /** A line of a preview or report. */
    public record Row(int line, String siren, String name, String outcome, boolean refused, String reason,
            Long organizationId) {
    }

    public record ReportPage(long id, String title, String intro, String fileName, String createdBy, String createdAt,
            String encoding, boolean atomic, boolean applied, String blocked, int lines, int created, int updated,
            int unchanged, int refused, List<Row> refusedRows, List<Row> rows, String cut, String notice,
            String alert) {
    }

    static Recent recent(ImportSummary s, String date) {
        return new Recent(s.id(), date, s.fileName(), s.createdBy(), s.lines(), s.created(), s.updated(),
                s.unchanged(), s.refused());
    }

    /** An outcome in words; a preview's are in the future tense. */
    static String outcome(ImportMsg m, Outcome outcome, boolean applied) {
        return switch (outcome) {
            case CREATED -> applied ? m.outcome_CREATED() : m.outcome_preview_CREATED();
            case UPDATED -> applied ? m.outcome_UPDATED() : m.outcome_preview_UPDATED();
            case UNCHANGED -> applied ? m.outcome_UNCHANGED() : m.outcome_preview_UNCHANGED();
            case REFUSED -> applied ? m.outcome_REFUSED() : m.outcome_preview_REFUSED();
        };
    }

    /** A column's name in words, from its API name (as reports store it). */
    static String column(ImportMsg m, String apiName) {
        if (apiName == null) {
            return "";
        }
        return switch (apiName) {
            case "siren" -> m.column_siren();
            case "name" -> m.column_name();
            case "type" -> m.column_type();
            case "departement" -> m.column_departement();
            case "population" -> m.column_population();
            case "contact_name" -> m.column_contact_name();
            case "contact_email" -> m.column_contact_email();
            default -> apiName;
        };
    }

    /** Why a line was refused, in words. */
    static String reason(ImportMsg m, Refusal reason, String field) {
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case MISSING_VALUE -> m.reason_MISSING_VALUE(column(m, field));
            case INVALID_VALUE -> switch (field == null ? "" : field) {
                case "siren" -> m.reason_INVALID_VALUE_siren();
                case "name" -> m.reason_INVALID_VALUE_name();
                case "type" -> m.reason_INVALID_VALUE_type();
                case "departement" -> m.reason_INVALID_VALUE_departement();
                case "population" -> m.reason_INVALID_VALUE_population();
                case "contact_name" -> m.reason_INVALID_VALUE_contact_name();
                default -> m.reason_INVALID_VALUE_contact_email();
            };
            case DUPLICATE_SIREN -> m.reason_DUPLICATE_SIREN();
            case LINE_TOO_LONG -> m.reason_LINE_TOO_LONG();
            case WRONG_CELL_COUNT -> m.reason_WRONG_CELL_COUNT();
            case UNSTORABLE_TEXT -> m.reason_UNSTORABLE_TEXT(column(m, field));
            case MALFORMED_CSV -> m.reason_MALFORMED_CSV();
        };
    }

    /** Why a file cannot be read, in words. */
    static String fileProblem(ImportMsg m, DirectoryFile.FileProblem p) {
        return switch (p.code()) {
            case EMPTY -> m.file_EMPTY();
            case NO_HEADER -> m.file_NO_HEADER();
            case UTF16 -> m.file_UTF16();
            case NUL_BYTES -> m.file_NUL_BYTES();
            case BAD_BYTES -> m.file_BAD_BYTES();
            case UNKNOWN_ENCODING -> m.file_UNKNOWN_ENCODING();
            case UNKNOWN_DELIMITER -> m.file_UNKNOWN_DELIMITER();
            case TOO_MANY_LINES -> m.file_TOO_MANY_LINES(DirectoryFile.MAX_LINES);
            case UNKNOWN_COLUMN -> m.file_UNKNOWN_COLUMN(p.value());
            case REPEATED_COLUMN -> m.file_REPEATED_COLUMN(p.value());
            case MISSING_COLUMN -> m.file_MISSING_COLUMN(column(m, p.value()));
        };
    }
}
