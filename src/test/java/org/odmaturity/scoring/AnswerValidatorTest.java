package org.odmaturity.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.questionnaire.model.ScoringStrategy.WEIGHTED_POINTS;
import static org.odmaturity.scoring.TestQuestionnaires.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.model.Questionnaire;

class AnswerValidatorTest {

    private final Questionnaire q = questionnaire(WEIGHTED_POINTS, axis("pil", 1, theme("gov", 1,
            single("pil.referent", 2, opt("none", 0), opt("informal", 1), opt("named", 2)).na(),
            multiple("pil.formats", 3, opt("csv", 1), opt("json", 1), opt("api", 2), exclusiveOpt("nothing", 0)),
            yesNo("pil.strategy", 1, 0),
            scale("pil.support", 4, 1, 5),
            number("pil.datasets", 3.0, band(1, 1), band(10, 3)).bounds(0.0, 10000.0),
            number("pil.budget", null),
            textQuestion("pil.comment"))));

    /** The problems as index, question and message (what these tests compare; the kinds have their own test). */
    private static List<AnswerProblem> untyped(List<AnswerProblem> problems) {
        return problems.stream().map(p -> new AnswerProblem(p.index(), p.question(), p.message())).toList();
    }

    private AnswerValidation validate(AnswerInput... inputs) {
        return AnswerValidator.validate(q, Arrays.asList(inputs));
    }

    /** Asserts that the single input yields exactly these problem messages, all at index 0, and no answer. */
    private void assertRejected(AnswerInput input, String... messages) {
        AnswerValidation v = validate(input);
        List<AnswerProblem> expected = Arrays.stream(messages)
                .map(m -> new AnswerProblem(0, input.question(), m)).toList();
        assertEquals(expected, untyped(v.problems()));
        assertTrue(v.answers().isEmpty(), "rejected answer must not be kept");
        assertTrue(v.hasProblems());
    }

    @Test
    void valid_answers_of_every_type_are_converted() {
        AnswerValidation v = validate(
                in("pil.referent", "named"),
                in("pil.formats", List.of("json", "csv")),
                in("pil.strategy", false),
                in("pil.support", dec("3.0")),
                in("pil.datasets", dec("12.5")),
                in("pil.budget", dec("-1E+3")),
                in("pil.comment", "ok"));
        assertEquals(List.of(), v.problems());
        assertFalse(v.hasProblems());
        Answers a = v.answers();
        assertEquals(new AnswerValue.Choice("named"), a.get("pil.referent").orElseThrow().value());
        AnswerValue.Choices formats = (AnswerValue.Choices) a.get("pil.formats").orElseThrow().value();
        assertEquals(List.of("json", "csv"), List.copyOf(formats.optionIds()));
        assertEquals(new AnswerValue.YesNo(false), a.get("pil.strategy").orElseThrow().value());
        assertEquals(new AnswerValue.Num(new BigDecimal("3")), a.get("pil.support").orElseThrow().value());
        assertEquals(new AnswerValue.Num(dec("12.5")), a.get("pil.datasets").orElseThrow().value());
        assertEquals(new AnswerValue.Num(dec("-1E+3")), a.get("pil.budget").orElseThrow().value());
        assertEquals(new AnswerValue.Text("ok"), a.get("pil.comment").orElseThrow().value());
        assertEquals(7, a.size());
    }

    @Test
    void other_java_numbers_are_accepted_as_json_numbers() {
        AnswerValidation v = validate(in("pil.support", 2), in("pil.datasets", 2.5d), in("pil.budget",
                BigInteger.TEN));
        assertEquals(List.of(), v.problems());
        assertEquals(new AnswerValue.Num(dec(2)), v.answers().get("pil.support").orElseThrow().value());
        assertEquals(new AnswerValue.Num(dec("2.5")), v.answers().get("pil.datasets").orElseThrow().value());
    }

    @Test
    void not_applicable_when_allowed_and_unanswered_inputs() {
        AnswerValidation v = validate(na("pil.referent"), in("pil.strategy", null));
        assertEquals(List.of(), v.problems());
        assertEquals(List.of(Answer.notApplicable("pil.referent")), List.copyOf(v.answers().all()));
    }

    @Test
    void empty_multiple_choice_is_a_valid_answer() {
        AnswerValidation v = validate(in("pil.formats", List.of()));
        assertEquals(List.of(), v.problems());
        assertEquals(new AnswerValue.Choices(new LinkedHashSet<>()), v.answers().get("pil.formats").orElseThrow()
                .value());
    }

    @Test
    void unknown_question() {
        assertRejected(in("pil.nope", "x"), "question 'pil.nope' does not exist in questionnaire 'test' version 1");
    }

    @Test
    void missing_question_id() {
        assertRejected(in(null, "x"), "answer 0 does not name its question");
        assertRejected(in(" ", "x"), "answer 0 does not name its question");
    }

    @Test
    void same_question_twice_in_a_batch() {
        AnswerValidation v = validate(in("pil.strategy", true), in("pil.support", dec(2)), in("pil.strategy", false),
                in("pil.strategy", null));
        assertEquals(List.of(
                new AnswerProblem(2, "pil.strategy",
                        "question 'pil.strategy': answered more than once in this batch (first at index 0)"),
                new AnswerProblem(3, "pil.strategy",
                        "question 'pil.strategy': answered more than once in this batch (first at index 0)")),
                untyped(v.problems()));
    }

    @Test
    void not_applicable_not_allowed() {
        assertRejected(na("pil.strategy"), "question 'pil.strategy': 'not applicable' is not allowed for this question");
    }

    @Test
    void not_applicable_with_a_value() {
        assertRejected(new AnswerInput("pil.referent", "named", true),
                "question 'pil.referent': a value cannot be given together with 'not applicable'");
        // both problems at once
        assertRejected(new AnswerInput("pil.strategy", true, true),
                "question 'pil.strategy': 'not applicable' is not allowed for this question",
                "question 'pil.strategy': a value cannot be given together with 'not applicable'");
    }

    @Test
    void wrong_type_single_choice() {
        assertRejected(in("pil.referent", dec(1)),
                "question 'pil.referent': a single-choice answer must be an option id (a string), got a number");
        assertRejected(in("pil.referent", List.of("named")),
                "question 'pil.referent': a single-choice answer must be an option id (a string), got a list");
    }

    @Test
    void wrong_type_multiple_choice() {
        assertRejected(in("pil.formats", "csv"),
                "question 'pil.formats': a multiple-choice answer must be a list of option ids (strings), got a string");
        assertRejected(in("pil.formats", Arrays.asList("csv", true, null, "xml")),
                "question 'pil.formats': a multiple-choice answer must be a list of option ids (strings), but item 1 "
                        + "is a boolean",
                "question 'pil.formats': a multiple-choice answer must be a list of option ids (strings), but item 2 "
                        + "is null",
                "question 'pil.formats': option 'xml' does not exist (options: csv, json, api, nothing)");
    }

    @Test
    void duplicate_option_in_multiple_choice() {
        assertRejected(in("pil.formats", List.of("csv", "json", "csv")),
                "question 'pil.formats': option 'csv' is selected more than once");
    }

    @Test
    void wrong_type_yes_no() {
        assertRejected(in("pil.strategy", "yes"),
                "question 'pil.strategy': a yes-no answer must be true or false, got a string");
    }

    @Test
    void wrong_type_or_out_of_range_scale() {
        assertRejected(in("pil.support", "3"),
                "question 'pil.support': a scale answer must be an integer from 1 to 5, got a string");
        assertRejected(in("pil.support", dec("2.5")),
                "question 'pil.support': a scale answer must be an integer from 1 to 5, got 2.5");
        assertRejected(in("pil.support", dec(6)),
                "question 'pil.support': a scale answer must be an integer from 1 to 5, got 6");
        assertRejected(in("pil.support", dec(0)),
                "question 'pil.support': a scale answer must be an integer from 1 to 5, got 0");
        assertRejected(in("pil.support", Double.NaN),
                "question 'pil.support': a scale answer must be an integer from 1 to 5, got a number");
    }

    @Test
    void wrong_type_or_out_of_bounds_number() {
        assertRejected(in("pil.datasets", "12"),
                "question 'pil.datasets': a number answer must be a number, got a string");
        assertRejected(in("pil.datasets", dec("-0.5")), "question 'pil.datasets': number -0.5 is below the minimum 0");
        assertRejected(in("pil.datasets", dec("10000.01")),
                "question 'pil.datasets': number 10000.01 is above the maximum 10000");
        assertEquals(List.of(), validate(in("pil.datasets", dec(10000))).problems());
    }

    @Test
    void wrong_type_or_too_long_text() {
        assertRejected(in("pil.comment", true), "question 'pil.comment': a text answer must be a string, got a boolean");
        assertEquals(List.of(), validate(in("pil.comment", "é".repeat(10_000))).problems());
        assertRejected(in("pil.comment", "x".repeat(10_001)),
                "question 'pil.comment': text is 10001 characters long, the maximum is 10000");
    }

    @Test
    void an_object_is_a_wrong_type_everywhere() {
        assertRejected(in("pil.strategy", Map.of("value", true)),
                "question 'pil.strategy': a yes-no answer must be true or false, got an object");
        assertRejected(in("pil.comment", Map.of()), "question 'pil.comment': a text answer must be a string, got an object");
    }

    @Test
    void unknown_option() {
        assertRejected(in("pil.referent", "maybe"),
                "question 'pil.referent': option 'maybe' does not exist (options: none, informal, named)");
        assertRejected(in("pil.formats", List.of("csv", "xml", "pdf")),
                "question 'pil.formats': option 'xml' does not exist (options: csv, json, api, nothing)",
                "question 'pil.formats': option 'pdf' does not exist (options: csv, json, api, nothing)");
    }

    @Test
    void exclusive_option_with_another() {
        assertRejected(in("pil.formats", List.of("csv", "nothing", "api")),
                "question 'pil.formats': option 'nothing' cannot be combined with other options (also selected: csv, "
                        + "api)");
        assertEquals(List.of(), validate(in("pil.formats", List.of("nothing"))).problems());
    }

    @Test
    void a_batch_reports_every_problem_with_its_index() {
        AnswerValidation v = validate(
                in("pil.referent", "named"), // 0 ok
                in("pil.referent", "maybe"), // 1 duplicate + unknown option
                in("ghost", true), // 2 unknown question
                na("pil.strategy"), // 3 N/A not allowed
                in("pil.support", dec(9)), // 4 out of range
                in("pil.formats", List.of("nothing", "csv", "csv")), // 5 duplicate option + exclusive
                in("pil.comment", "fine"), // 6 ok
                in("pil.datasets", "many")); // 7 wrong type
        List<AnswerProblem> expected = new ArrayList<>(List.of(
                new AnswerProblem(1, "pil.referent",
                        "question 'pil.referent': answered more than once in this batch (first at index 0)"),
                new AnswerProblem(1, "pil.referent",
                        "question 'pil.referent': option 'maybe' does not exist (options: none, informal, named)"),
                new AnswerProblem(2, "ghost", "question 'ghost' does not exist in questionnaire 'test' version 1"),
                new AnswerProblem(3, "pil.strategy",
                        "question 'pil.strategy': 'not applicable' is not allowed for this question"),
                new AnswerProblem(4, "pil.support",
                        "question 'pil.support': a scale answer must be an integer from 1 to 5, got 9"),
                new AnswerProblem(5, "pil.formats", "question 'pil.formats': option 'csv' is selected more than once"),
                new AnswerProblem(5, "pil.formats",
                        "question 'pil.formats': option 'nothing' cannot be combined with other options (also "
                                + "selected: csv)"),
                new AnswerProblem(7, "pil.datasets",
                        "question 'pil.datasets': a number answer must be a number, got a string")));
        assertEquals(expected, untyped(v.problems()));
        assertEquals(List.of("pil.referent", "pil.comment"),
                v.answers().all().stream().map(Answer::questionId).toList());
    }

    @Test
    void each_problem_says_its_kind_and_figures() {
        AnswerValidation v = validate(in("pil.referent", "named"), in("pil.referent", "maybe"), in("ghost", true),
                na("pil.strategy"), in("pil.support", dec(9)), in("pil.formats", List.of("nothing", "csv", "csv")),
                in("pil.datasets", "many"), in("pil.datasets", dec(-1)), in("pil.comment", "x".repeat(10_001)));
        assertEquals(List.of(AnswerProblem.Kind.REPEATED_QUESTION, AnswerProblem.Kind.UNKNOWN_OPTION,
                AnswerProblem.Kind.UNKNOWN_QUESTION, AnswerProblem.Kind.NOT_APPLICABLE_NOT_ALLOWED,
                AnswerProblem.Kind.OUT_OF_SCALE, AnswerProblem.Kind.REPEATED_OPTION,
                AnswerProblem.Kind.EXCLUSIVE_OPTION, AnswerProblem.Kind.NOT_A_NUMBER,
                AnswerProblem.Kind.REPEATED_QUESTION, AnswerProblem.Kind.BELOW_MINIMUM, AnswerProblem.Kind.TOO_LONG),
                v.problems().stream().map(AnswerProblem::kind).toList());
        assertEquals(0, new BigDecimal("0").compareTo((BigDecimal) v.problems().get(9).args().get("min")));
        assertEquals(Map.of("min", 1, "max", 5), v.problems().get(4).args());
        assertEquals(Map.of("max", 10_000), v.problems().get(10).args());
    }

    @Test
    void raw_values_round_trip_through_the_validator() {
        List<AnswerInput> inputs = List.of(in("pil.referent", "none"), in("pil.formats", List.of("api", "csv")),
                in("pil.strategy", true), in("pil.support", dec(5)), in("pil.datasets", dec("0.25")),
                in("pil.comment", ""));
        Answers first = AnswerValidator.validate(q, inputs).answers();
        List<AnswerInput> again = first.all().stream()
                .map(a -> new AnswerInput(a.questionId(), a.value().raw(), a.notApplicable())).toList();
        assertEquals(first, AnswerValidator.validate(q, again).answers());
        assertEquals(inputs.stream().map(AnswerInput::value).toList(), again.stream().map(AnswerInput::value).toList());
    }
}
