package org.odmaturity.questionnaire.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.odmaturity.http.JsonValues;
import org.odmaturity.questionnaire.load.LoadError;
import org.odmaturity.questionnaire.load.ParseResult;
import org.odmaturity.questionnaire.load.ParserLimits;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.Answer;
import org.odmaturity.scoring.AnswerInput;
import org.odmaturity.scoring.AnswerProblem;
import org.odmaturity.scoring.AnswerValidation;
import org.odmaturity.scoring.AnswerValidator;
import org.odmaturity.scoring.Answers;
import org.odmaturity.scoring.AssessmentRules;
import org.odmaturity.scoring.AxisScore;
import org.odmaturity.scoring.Completeness;
import org.odmaturity.scoring.QuestionScore;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.scoring.ScoringEngine;
import org.odmaturity.scoring.ThemeScore;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The methodologist's offline check (docs/questionnaire-format.md, "Checking a file without a server"): reads a
 * questionnaire file exactly as the service would, prints its errors and warnings, and, given a file of answers,
 * scores them. No database, no server, no configuration:
 *
 * <pre>
 * java -jar target/quarkus-app/quarkus-run.jar validate FILE.yaml [ANSWERS.json] [--json]
 * </pre>
 *
 * Exit status: 0 the file loads (and the answers are valid), 1 the file would be refused, 2 a usage or reading error,
 * 3 the answers are invalid.
 */
public final class ValidateCommand {

    public static final String NAME = "validate";
    static final int OK = 0;
    static final int INVALID_FILE = 1;
    static final int USAGE = 2;
    static final int INVALID_ANSWERS = 3;
    /** The largest answers file read: the score endpoint's body limit. */
    static final int MAX_ANSWERS_BYTES = 2 * 1024 * 1024;
    private static final String USAGE_TEXT = "usage: java -jar quarkus-run.jar validate FILE.yaml [ANSWERS.json] [--json]\n"
            + "  FILE.yaml     a questionnaire file (docs/questionnaire-format.md)\n"
            + "  ANSWERS.json  optional: {\"answers\": [{\"question\": \"…\", \"value\": …, \"notApplicable\": false, \"unsure\": false}, …]},\n"
            + "                the body of POST /api/questionnaires/{id}/{version}/score; the answers are then scored;\n"
            + "                an answer to a question scored by the facilitator may add the facilitator's points,\n"
            + "                \"assessment\": {\"points\": 2, \"justification\": \"…\"} (as PUT /api/diagnostics/{id}/assessments\n"
            + "                takes them); without it the question is pending\n"
            + "  --json        print the score card as the API returns it instead of a table";

    private final PrintStream out;
    private final PrintStream err;

    public ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command with the arguments that follow {@code validate}; returns the exit status. */
    public int run(List<String> args) {
        boolean json = args.contains("--json");
        List<String> files = args.stream().filter(a -> !a.equals("--json")).toList();
        if (files.isEmpty() || files.size() > 2 || files.stream().anyMatch(a -> a.startsWith("-"))) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Path file = Path.of(files.get(0));
        byte[] content;
        try {
            content = read(file, ParserLimits.DEFAULT.maxBytes(), "a questionnaire file");
        } catch (IOException e) {
            err.println(file + ": " + e.getMessage());
            return USAGE;
        }
        String name = file.getFileName().toString();
        ParseResult result = new QuestionnaireParser().parse(name, content);
        result.warnings().forEach(w -> out.println("warning: " + w));
        if (!result.valid()) {
            result.errors().forEach(e -> out.println(e));
            out.println(result.errorCount() + " error(s)" + (result.errorCount() > result.errors().size()
                    ? " (the first " + result.errors().size() + " listed)" : "") + ": the service would refuse " + name);
            return INVALID_FILE;
        }
        Questionnaire q = result.questionnaire();
        out.println(name + ": valid: questionnaire '" + q.id() + "' version " + q.version() + ", " + q.questions().count()
                + " questions, " + q.strategy().key()
                + (q.inPoints() ? ", results in points of " + plain(q.totalPoints()) : "")
                + (q.decimals() != Questionnaire.DEFAULT_DECIMALS ? ", " + q.decimals() + " decimals" : "")
                + ", content hash " + result.contentHash()
                + (result.warnings().isEmpty() ? "" : ", " + result.warnings().size() + " warning(s)"));
        if (files.size() == 1) {
            return OK;
        }
        return score(q, Path.of(files.get(1)), json);
    }

    private int score(Questionnaire q, Path answersFile, boolean json) {
        AnswersFile file;
        try {
            file = answersFile(read(answersFile, MAX_ANSWERS_BYTES, "an answers file"));
        } catch (IOException e) {
            err.println(answersFile + ": " + e.getMessage());
            return USAGE;
        } catch (IllegalArgumentException e) {
            out.println(answersFile.getFileName() + ": " + e.getMessage());
            return INVALID_ANSWERS;
        }
        AnswerValidation validation = AnswerValidator.validate(q, file.answers());
        if (!validation.problems().isEmpty()) {
            for (AnswerProblem problem : validation.problems()) {
                out.println(answersFile.getFileName() + ": answers[" + problem.index() + "]: " + problem.message());
            }
            out.println(validation.problems().size() + " invalid answer(s): nothing was scored");
            return INVALID_ANSWERS;
        }
        Answers answers = validation.answers();
        ScoreCard card = ScoringEngine.score(q, answers);
        if (!file.assessments().isEmpty()) {
            List<AssessmentRules.Problem> problems = assessmentProblems(q, answers, card, file.assessments());
            if (!problems.isEmpty()) {
                for (AssessmentRules.Problem problem : problems) {
                    int index = file.assessments().get(problem.index()).index();
                    out.println(answersFile.getFileName() + ": answers[" + index + "].assessment"
                            + (problem.field() == AssessmentRules.Field.QUESTION ? "" : "." + problem.field().key())
                            + ": " + problem.message());
                }
                out.println(problems.size() + " invalid assessment(s): nothing was scored");
                return INVALID_ANSWERS;
            }
            List<Answer> assessed = new ArrayList<>();
            for (Assessed a : file.assessments()) {
                assessed.add(answers.get(a.entry().question()).orElseThrow().assessed(a.entry().points().doubleValue()));
            }
            card = ScoringEngine.score(q, answers.with(assessed));
        }
        if (json) {
            try {
                out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(card));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            table(q, card);
        }
        return OK;
    }

    private static byte[] read(Path file, int max, String what) throws IOException {
        try {
            if (Files.size(file) > max) {
                throw new IOException(what + " is at most " + max + " bytes; this one is " + Files.size(file));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file");
        }
    }

    /**
     * The facilitator's points in an answers file are checked as the service checks those of
     * {@code PUT /api/diagnostics/{id}/assessments} ({@link AssessmentRules}): the answer must have a value, not be
     * "not applicable" and be relevant (in the score card of the answers without any points).
     */
    private static List<AssessmentRules.Problem> assessmentProblems(Questionnaire q, Answers answers, ScoreCard card,
            List<Assessed> assessments) {
        Set<String> notRelevant = Set.copyOf(card.notRelevant());
        return AssessmentRules.check(assessments.stream().map(Assessed::entry).toList(), q,
                id -> !notRelevant.contains(id)
                        && answers.get(id).map(a -> a.value() != null && !a.notApplicable()).orElse(false));
    }

    /**
     * An answers file: the body of the score endpoint, whose answers may carry the facilitator's points.
     *
     * @param answers     the answers, as the score endpoint takes them
     * @param assessments the {@code assessment} of each answer that has one, in file order
     */
    record AnswersFile(List<AnswerInput> answers, List<Assessed> assessments) {
    }

    /** The {@code assessment} of {@code answers[index]}. */
    record Assessed(int index, AssessmentRules.Entry entry) {
    }

    /** The answers of a score request body, read as strictly as the API reads it. */
    static List<AnswerInput> answers(byte[] content) {
        return answersFile(content).answers();
    }

    /**
     * An answers file, read as strictly as the API reads the score request body, each answer with its optional
     * {@code assessment: {points, justification}} read as strictly as the assessments API reads an entry (the
     * question is the answer's).
     */
    static AnswersFile answersFile(byte[] content) {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON" + (e.getLocation() == null ? "" : " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")") + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !root.path("answers").isArray()) {
            throw new IllegalArgumentException("expected an object {\"answers\": [ … ]}");
        }
        unknownFields(root, Set.of("answers"), "");
        List<AnswerInput> inputs = new ArrayList<>();
        List<Assessed> assessments = new ArrayList<>();
        int index = 0;
        for (JsonNode answer : root.get("answers")) {
            String at = "answers[" + index + "]";
            if (!answer.isObject() || !answer.path("question").isTextual()) {
                throw new IllegalArgumentException(at + ": expected {\"question\": \"…\", \"value\": …}");
            }
            unknownFields(answer, Set.of("question", "value", "notApplicable", "unsure", "assessment"), at + ".");
            String question = answer.get("question").textValue();
            inputs.add(new AnswerInput(question, JsonValues.plain(answer.get("value")),
                    flag(answer, "notApplicable", at), flag(answer, "unsure", at)));
            JsonNode assessment = answer.path("assessment");
            if (!assessment.isMissingNode() && !assessment.isNull()) {
                assessments.add(new Assessed(index, assessment(question, assessment, at + ".assessment")));
            }
            index++;
        }
        return new AnswersFile(inputs, assessments);
    }

    private static AssessmentRules.Entry assessment(String question, JsonNode assessment, String at) {
        if (!assessment.isObject()) {
            throw new IllegalArgumentException(at + ": expected {\"points\": …, \"justification\": \"…\"}");
        }
        unknownFields(assessment, Set.of("points", "justification"), at + ".");
        JsonNode points = assessment.path("points");
        if (!points.isMissingNode() && !points.isNull() && !points.isNumber()) {
            throw new IllegalArgumentException(at + ".points: expected a number");
        }
        JsonNode justification = assessment.path("justification");
        if (!justification.isMissingNode() && !justification.isNull() && !justification.isTextual()) {
            throw new IllegalArgumentException(at + ".justification: expected a string");
        }
        return new AssessmentRules.Entry(question, points.isNumber() ? points.decimalValue() : null,
                justification.isTextual() ? justification.textValue() : null);
    }

    private static boolean flag(JsonNode answer, String name, String at) {
        JsonNode flag = answer.path(name);
        if (!flag.isMissingNode() && !flag.isNull() && !flag.isBoolean()) {
            throw new IllegalArgumentException(at + "." + name + ": expected true or false");
        }
        return flag.asBoolean(false);
    }

    private static void unknownFields(JsonNode node, Set<String> known, String at) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException(at + name + ": unknown field (known: " + String.join(", ",
                        known.stream().sorted().toList()) + ")");
            }
        }
    }

    private void table(Questionnaire questionnaire, ScoreCard card) {
        row(questionnaire, 0, "overall", card.overall().score(), card.overall().level(), card.overall().points(),
                card.overall().maxPoints(), completeness(card.completeness()));
        for (AxisScore axis : card.axes()) {
            row(questionnaire, 1, "axis " + axis.id(), axis.score(), axis.level(), axis.points(), axis.maxPoints(),
                    completeness(axis.completeness()));
            for (ThemeScore theme : axis.themes()) {
                row(questionnaire, 2, "theme " + theme.id(), theme.score(), theme.level(), theme.points(),
                        theme.maxPoints(), completeness(theme.completeness())
                                + (theme.incomplete() ? ", " + ThemeScore.INCOMPLETE : ""));
                for (QuestionScore question : theme.questions()) {
                    row(questionnaire, 3, question.id(), question.score(), question.level(), question.points(),
                            question.maxPoints(), question.status());
                    if (question.rows() != null) { // a matrix: its rows, with the option chosen (or "unanswered")
                        question.rows().forEach(r -> row(questionnaire, 4, "row " + r.id(), null, null, r.points(),
                                r.maxPoints(), r.option() == null ? "unanswered" : r.option()));
                    }
                }
            }
        }
    }

    /**
     * One line: the score with the questionnaire's decimals, its level, the points obtained and possible
     * (docs/scoring.md, "Points"; a dash when nothing counts) and the completeness or status. When results read in
     * points (docs/scoring.md, "Results read in points"), the points come first, as "x / y points", and the
     * percentage after the level.
     */
    private void row(Questionnaire questionnaire, int depth, String label, Double score, String level, Double points,
            Double max, String note) {
        String name = "  ".repeat(depth) + label;
        String scoreText = score == null ? "—"
                : String.format(Locale.ROOT, "%." + questionnaire.decimals() + "f", score);
        String levelText = level == null ? "—" : level;
        boolean noPoints = points == null || max == null;
        if (questionnaire.inPoints()) {
            String pointsText = noPoints ? "—" : plain(points) + " / " + plain(max) + " points";
            out.println(String.format(Locale.ROOT, "%-40s %18s  %-14s %8s  %s", name, pointsText, levelText,
                    score == null ? "—" : scoreText + " %", note));
        } else {
            String pointsText = noPoints ? "—" : plain(points) + "/" + plain(max) + " pts";
            out.println(String.format(Locale.ROOT, "%-40s %6s  %-14s %-13s %s", name, scoreText, levelText,
                    pointsText, note));
        }
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String completeness(Completeness c) {
        return c.answered() + "/" + c.relevant() + " answered";
    }
}
