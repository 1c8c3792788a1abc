package org.odmaturity.comparison.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.odmaturity.comparison.CampaignResults;
import org.odmaturity.comparison.CampaignResults.NodeType;
import org.odmaturity.comparison.ResultsFilter;
import org.odmaturity.comparison.export.ResultsColumns.Column;
import org.odmaturity.comparison.export.ResultsColumns.Kind;
import org.odmaturity.i18n.Labels;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.Questionnaire;

/**
 * A campaign's results as an XLSX workbook, written with POI's streaming {@link SXSSFWorkbook} (at most
 * {@link #WINDOW} rows per sheet in memory, the others in compressed temporary files deleted when the workbook is
 * closed). Sheets, named in the export's language: the readme ("lisez-moi": campaign, questionnaire version, filters,
 * scope, date of extraction, the scale and the levels, where scores come from, every column), then one sheet per level
 * of detail (overall with the diagnostic's attributes, axes, themes), one row per diagnostic. Scores are numeric cells
 * with one decimal, dates date cells (Paris time), levels and every other text a text cell neutralised like the CSV
 * ({@link Csv#neutralise}). Header rows are frozen and filterable.
 */
final class XlsxResults {

    /** Rows kept in memory per sheet while writing. */
    static final int WINDOW = 100;

    private final ExportSelection selection;
    private final ExportTexts texts;
    private final ResultsColumns columns;

    XlsxResults(ExportSelection selection) {
        this.selection = selection;
        this.texts = selection.texts();
        this.columns = new ResultsColumns(selection);
    }

    /** Writes the workbook; the stream is left open. */
    void write(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            List<DataSheet> sheets = List.of(
                    new DataSheet(texts.text("sheet.overall"), concat(columns.diagnostic(),
                            columns.nodes(NodeType.OVERALL)), 2),
                    new DataSheet(texts.text("sheet.axes"), concat(columns.key(), columns.nodes(NodeType.AXIS)), 2),
                    new DataSheet(texts.text("sheet.themes"), concat(columns.key(), columns.nodes(NodeType.THEME)),
                            2));
            readme(workbook.createSheet(texts.text("sheet.readme")), styles, sheets);
            for (DataSheet sheet : sheets) {
                data(workbook.createSheet(sheet.name()), styles, sheet);
            }
            workbook.write(out);
        }
    }

    private record DataSheet(String name, List<Column> columns, int frozenColumns) {
    }

    private static List<Column> concat(List<Column> first, List<Column> second) {
        List<Column> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    // ----------------------------------------------------------------------------------------------------- data sheets

    private void data(Sheet sheet, Styles styles, DataSheet definition) {
        List<Column> cols = definition.columns();
        Row header = sheet.createRow(0);
        for (int c = 0; c < cols.size(); c++) {
            text(header, c, cols.get(c).title(), styles.header);
            sheet.setColumnWidth(c, width(cols.get(c)) * 256);
        }
        sheet.createFreezePane(definition.frozenColumns(), 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, cols.size() - 1));
        int r = 1;
        for (CampaignResults.Row row : selection.rows()) {
            Row line = sheet.createRow(r++);
            for (int c = 0; c < cols.size(); c++) {
                Column column = cols.get(c);
                value(line, c, column.kind(), column.value().apply(row), styles);
            }
        }
    }

    private static int width(Column column) {
        int least = switch (column.kind()) {
            case TEXT -> column.node() == null ? 14 : 12;
            case INTEGER -> 11;
            case SCORE -> 9;
            case DATE -> 20;
        };
        if ("organisation".equals(column.name())) {
            least = 40;
        }
        return Math.max(least, Math.min(column.title().length() + 3, 36));
    }

    private static void value(Row line, int c, Kind kind, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = line.createCell(c);
        switch (kind) {
            case TEXT -> cell.setCellValue(Csv.neutralise(value.toString()));
            case INTEGER -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(styles.integer);
            }
            case SCORE -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(styles.score);
            }
            case DATE -> {
                cell.setCellValue(LocalDateTime.ofInstant((Instant) value, ExportTexts.PARIS).withNano(0));
                cell.setCellStyle(styles.date);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- the readme

    private void readme(Sheet sheet, Styles styles, List<DataSheet> sheets) {
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 48 * 256);
        sheet.setColumnWidth(2, 30 * 256);
        sheet.setColumnWidth(3, 90 * 256);
        CampaignResults.CampaignInfo campaign = selection.data().campaign();
        Questionnaire questionnaire = selection.data().questionnaire();
        int[] r = { 0 };
        text(sheet.createRow(r[0]++), 0, texts.text("readme.title", campaign.name()), styles.title);
        r[0]++;
        pair(sheet, r, styles, "readme.campaign",
                texts.text("readme.campaign.value", campaign.name(), campaign.year(), campaign.id()));
        pair(sheet, r, styles, "readme.questionnaire",
                texts.text("readme.questionnaire.value", campaign.questionnaireId(), campaign.questionnaireVersion()));
        List<String> filters = filters(selection.filter());
        for (int i = 0; i < filters.size(); i++) {
            Row row = sheet.createRow(r[0]++);
            if (i == 0) {
                text(row, 0, texts.text("readme.filters"), styles.bold);
            }
            text(row, 1, filters.get(i), null);
        }
        pair(sheet, r, styles, "readme.scope", texts.text(selection.viewer().admin() ? "readme.scope.admin"
                : "readme.scope.facilitator"));
        Row count = sheet.createRow(r[0]++);
        text(count, 0, texts.text("readme.count"), styles.bold);
        count.createCell(1).setCellValue(selection.rows().size());
        pair(sheet, r, styles, "readme.extracted",
                texts.text("readme.extracted.value", ExportTexts.iso(selection.extractedAt())));
        Row scores = sheet.createRow(r[0]++);
        text(scores, 0, texts.text("readme.scores"), styles.bold);
        text(scores, 1, texts.text("readme.scores.value"), styles.wrap);
        sheet.addMergedRegion(new CellRangeAddress(scores.getRowNum(), scores.getRowNum(), 1, 3));
        scores.setHeightInPoints(4 * sheet.getDefaultRowHeightInPoints());
        Row sheetList = sheet.createRow(r[0]++);
        text(sheetList, 0, texts.text("readme.sheets"), styles.bold);
        text(sheetList, 1, texts.text("readme.sheets.value", sheets.get(0).name(), sheets.get(1).name(),
                sheets.get(2).name()), styles.wrap);
        sheet.addMergedRegion(new CellRangeAddress(sheetList.getRowNum(), sheetList.getRowNum(), 1, 3));
        sheetList.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints());

        r[0]++;
        text(sheet.createRow(r[0]++), 0, texts.text("readme.levels"), styles.title);
        Row levelHeader = sheet.createRow(r[0]++);
        text(levelHeader, 0, texts.text("readme.level.id"), styles.header);
        text(levelHeader, 1, texts.text("readme.level.label"), styles.header);
        text(levelHeader, 2, texts.text("readme.level.from"), styles.header);
        if (questionnaire != null) {
            for (Level level : questionnaire.levels()) {
                Row row = sheet.createRow(r[0]++);
                text(row, 0, level.id(), null);
                text(row, 1, columns.levelLabel(level.id()), null);
                Cell from = row.createCell(2);
                from.setCellValue(level.threshold());
                from.setCellStyle(styles.score);
            }
        }

        r[0]++;
        text(sheet.createRow(r[0]++), 0, texts.text("readme.columns"), styles.title);
        Row columnHeader = sheet.createRow(r[0]++);
        text(columnHeader, 0, texts.text("readme.column.sheet"), styles.header);
        text(columnHeader, 1, texts.text("readme.column.title"), styles.header);
        text(columnHeader, 2, texts.text("readme.column.name"), styles.header);
        text(columnHeader, 3, texts.text("readme.column.description"), styles.header);
        for (DataSheet data : sheets) {
            for (Column column : data.columns()) {
                Row row = sheet.createRow(r[0]++);
                text(row, 0, data.name(), null);
                text(row, 1, column.title(), null);
                text(row, 2, column.name(), null);
                text(row, 3, column.description(), null);
            }
        }
    }

    private void pair(Sheet sheet, int[] r, Styles styles, String key, String value) {
        Row row = sheet.createRow(r[0]++);
        text(row, 0, texts.text(key), styles.bold);
        text(row, 1, value, null);
    }

    /** The filters in words, one a line, "all" where none is set. */
    private List<String> filters(ResultsFilter filter) {
        Labels labels = Labels.of(texts.language());
        String all = texts.text("readme.filter.all");
        return List.of(
                texts.text("readme.filter.status", filter.status().label(texts.language())),
                texts.text("readme.filter.mode", filter.mode() == null ? all
                        : labels.label("diagnostic.mode", filter.mode())),
                texts.text("readme.filter.type", filter.type() == null ? all
                        : labels.label("organization.type", filter.type())),
                texts.text("readme.filter.departement", filter.departement() == null ? all : filter.departement()),
                texts.text("readme.filter.band", filter.band() == null ? all : filter.band().label(texts.language())));
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(Csv.neutralise(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The workbook's few cell styles (a workbook holds a limited number: made once, shared by every cell). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle title;
        final CellStyle bold;
        final CellStyle wrap;
        final CellStyle integer;
        final CellStyle score;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 13);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            bold.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            short integerFormat = workbook.createDataFormat().getFormat("0");
            short scoreFormat = workbook.createDataFormat().getFormat("0.0");
            short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss");
            integer = workbook.createCellStyle();
            integer.setDataFormat(integerFormat);
            score = workbook.createCellStyle();
            score.setDataFormat(scoreFormat);
            date = workbook.createCellStyle();
            date.setDataFormat(dateFormat);
        }
    }
}
