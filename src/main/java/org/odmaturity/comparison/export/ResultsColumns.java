package org.odmaturity.comparison.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.odmaturity.comparison.CampaignResults.Node;
import org.odmaturity.comparison.CampaignResults.NodeType;
import org.odmaturity.comparison.CampaignResults.Row;
import org.odmaturity.i18n.Labels;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.Questionnaire;

/**
 * The columns of the results exports, one definition for the CSV and the XLSX: the diagnostic and its organisation,
 * then a score and a level for the overall score and for every axis and theme in questionnaire document order (each
 * axis followed by its themes). A node's column names are built from its id: {@code score_global},
 * {@code niveau_axe_<axis id>}, {@code score_theme_<theme id>} in French; {@code score_overall},
 * {@code level_axis_<axis id>}, {@code score_theme_<theme id>} in English.
 */
final class ResultsColumns {

    /** How a value is written: text (neutralised), a whole number, a score (one decimal) or a date and time. */
    enum Kind {
        TEXT, INTEGER, SCORE, DATE
    }

    /**
     * One column.
     *
     * @param name        the CSV header (an identifier)
     * @param title       the XLSX header (words)
     * @param description what it means (the readme)
     * @param node        the node it reports, null for the diagnostic's own columns
     * @param value       the value of a diagnostic: a String, a Number, an Instant or null
     */
    record Column(String name, String title, String description, Kind kind, Node node, Function<Row, Object> value) {
    }

    private final ExportTexts texts;
    private final Labels labels;
    private final List<Node> nodes;
    private final Map<String, String> levelLabels = new HashMap<>();

    ResultsColumns(ExportSelection selection) {
        this.texts = selection.texts();
        this.labels = Labels.of(texts.language());
        this.nodes = selection.data().nodes();
        Questionnaire questionnaire = selection.data().questionnaire();
        if (questionnaire != null) {
            for (Level level : questionnaire.levels()) {
                levelLabels.put(level.id(), level.label().in(texts.language(), questionnaire.defaultLanguage()));
            }
        }
    }

    /** The diagnostic, its organisation, mode, status and dates. */
    List<Column> diagnostic() {
        List<Column> columns = new ArrayList<>(key());
        columns.add(fixed("type", Kind.TEXT, r -> labels.label("organization.type", r.profile().type())));
        columns.add(fixed("departement", Kind.TEXT, r -> r.profile().departement()));
        columns.add(fixed("population", Kind.INTEGER, Row::population));
        columns.add(fixed("band", Kind.TEXT, r -> r.profile().band().label(texts.language())));
        columns.add(fixed("mode", Kind.TEXT, r -> labels.label("diagnostic.mode", r.profile().mode())));
        columns.add(fixed("status", Kind.TEXT, r -> labels.label("diagnostic.status", r.profile().status())));
        columns.add(fixed("created", Kind.DATE, Row::createdAt));
        columns.add(fixed("submitted", Kind.DATE, Row::submittedAt));
        columns.add(fixed("validated", Kind.DATE, Row::validatedAt));
        return columns;
    }

    /** What identifies a row on the sheets of axes and themes: the diagnostic, the organisation and its SIREN. */
    List<Column> key() {
        return List.of(fixed("diagnostic", Kind.INTEGER, Row::diagnosticId),
                fixed("organisation", Kind.TEXT, Row::organizationName),
                fixed("siren", Kind.TEXT, Row::siren));
    }

    /** Score and level of each node of one type, in document order. */
    List<Column> nodes(NodeType type) {
        List<Column> columns = new ArrayList<>();
        for (Node node : nodes) {
            if (node.type() == type) {
                columns.addAll(node(node));
            }
        }
        return columns;
    }

    /** Every column of the CSV: the diagnostic's, then every node's (overall, each axis followed by its themes). */
    List<Column> all() {
        List<Column> columns = new ArrayList<>(diagnostic());
        for (Node node : nodes) {
            columns.addAll(node(node));
        }
        return columns;
    }

    private Column fixed(String key, Kind kind, Function<Row, Object> value) {
        return new Column(texts.text("column." + key + ".name"), texts.text("column." + key + ".title"),
                texts.text("column." + key + ".description"), kind, null, value);
    }

    private List<Column> node(Node node) {
        String id = switch (node.type()) {
            case OVERALL -> texts.text("node.overall");
            case AXIS -> texts.text("node.axis", node.id());
            case THEME -> texts.text("node.theme", node.id());
        };
        String title = node.title(texts.language());
        int index = node.index();
        String scoreTitle = node.type() == NodeType.OVERALL ? texts.text("column.overall-score.title")
                : texts.text("column.node-score.title", title);
        String levelTitle = node.type() == NodeType.OVERALL ? texts.text("column.overall-level.title")
                : texts.text("column.node-level.title", title);
        String kind = node.type().key();
        return List.of(
                new Column(texts.text("column.score.name", id), scoreTitle,
                        texts.text("column." + kind + "-score.description", title, node.id(), node.axisId()),
                        Kind.SCORE, node, r -> r.score(index)),
                new Column(texts.text("column.level.name", id), levelTitle,
                        texts.text("column." + kind + "-level.description", title, node.id(), node.axisId()),
                        Kind.TEXT, node, r -> levelLabel(r.level(index))));
    }

    /** A level's label in the export's language (its id if the questionnaire does not have it). */
    String levelLabel(String levelId) {
        return levelId == null ? null : levelLabels.getOrDefault(levelId, levelId);
    }
}
