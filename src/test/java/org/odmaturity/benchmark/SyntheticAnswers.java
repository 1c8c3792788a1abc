package org.odmaturity.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.odmaturity.http.JsonValues;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.questionnaire.model.NumberSpec;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.AnswerInput;
import org.odmaturity.scoring.AnswerValidation;
import org.odmaturity.scoring.AnswerValidator;
import org.odmaturity.scoring.Answers;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.scoring.ScoringEngine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Answers for any questionnaire, for the synthetic data set: each question answered around the organisation's
 * maturity with some noise, "not applicable" now and then where allowed, context questions from the organisation's
 * type, and only relevant questions kept — relevance and scores decided by the real {@link AnswerValidator} and
 * {@link ScoringEngine}, exactly as the service decides them for stored answers.
 */
final class SyntheticAnswers {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String[] COMMENTS = { "Pratique engagée, encore à formaliser.",
        "Réponse préparée avec le service informatique.", "Le sujet doit passer en comité de direction.",
        "Nous manquons de temps agent pour aller plus loin.", "À confirmer avec la direction générale." };
    private static final String[] NOTES = { "Vu en entretien avec la DGS.", "Pièce justificative demandée.",
        "Point fort à valoriser dans le plan.", "À revoir au prochain entretien." };
    private static final String[] TEXTS = { "Publier le budget au format SCDL et former deux correspondants.",
        "Recenser nos jeux de données et désigner un référent.",
        "Mutualiser un portail avec les communes membres." };

    /** One stored answer: a value (JSON) or "not applicable", with its remarks. */
    record Planned(String question, JsonNode value, boolean notApplicable, boolean unsure, String comment,
            String note) {
    }

    /** The answers of a complete diagnostic, the typed answers and their score card. */
    record Complete(List<Planned> answers, Answers typed, ScoreCard card) {
    }

    private final Questionnaire questionnaire;
    private final List<Question> questions;

    SyntheticAnswers(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        this.questions = questionnaire.questions().toList();
    }

    int questionCount() {
        return questions.size();
    }

    /**
     * Every relevant question answered (value or "not applicable"), as a submitted diagnostic has them.
     *
     * @param interview whether a facilitator fills it (notes now and then, never "unsure")
     */
    Complete complete(OrganizationType type, double maturity, boolean interview, Random random) {
        List<Planned> candidates = new ArrayList<>();
        for (Question question : questions) {
            double target = clamp(maturity + random.nextGaussian() * 0.18);
            boolean notApplicable = question.notApplicableAllowed() && random.nextDouble() < 0.08;
            JsonNode value = notApplicable ? null : value(question, type, target, random);
            boolean scored = question.scored();
            String comment = scored && random.nextDouble() < (question.commentInvited() ? 0.3 : 0.03)
                    ? COMMENTS[random.nextInt(COMMENTS.length)] : null;
            String note = interview && scored && random.nextDouble() < 0.1 ? NOTES[random.nextInt(NOTES.length)]
                    : null;
            boolean unsure = !interview && scored && !notApplicable && random.nextDouble() < 0.03;
            candidates.add(new Planned(question.id(), value, notApplicable, unsure, comment, note));
        }
        // keep only what is relevant given what is kept, until nothing changes (a dropped answer can close others)
        List<Planned> kept = candidates;
        while (true) {
            Answers typed = typed(kept);
            ScoreCard card = ScoringEngine.score(questionnaire, typed);
            Set<String> notRelevant = new HashSet<>(card.notRelevant());
            List<Planned> relevant = kept.stream().filter(p -> !notRelevant.contains(p.question())).toList();
            if (relevant.size() == kept.size()) {
                return new Complete(kept, typed, card);
            }
            kept = relevant;
        }
    }

    /** The first {@code count} answers (document order) of a complete set: a draft under way. */
    static List<Planned> started(Complete complete, int count) {
        return complete.answers().subList(0, Math.min(count, complete.answers().size()));
    }

    Answers typed(List<Planned> answers) {
        List<AnswerInput> inputs = new ArrayList<>();
        for (Planned p : answers) {
            inputs.add(new AnswerInput(p.question(), p.notApplicable() ? null : JsonValues.plain(p.value()),
                    p.notApplicable()));
        }
        AnswerValidation validation = AnswerValidator.validate(questionnaire, inputs);
        if (validation.hasProblems()) {
            throw new IllegalStateException("generated answers do not fit " + questionnaire.id() + "@"
                    + questionnaire.version() + ": " + validation.problems());
        }
        return validation.answers();
    }

    private static JsonNode value(Question question, OrganizationType type, double target, Random random) {
        return switch (question.type()) {
            case SINGLE_CHOICE -> NODES.textNode(question.scored() ? closest(question, target).id()
                    : context(question, type, random).id());
            case MULTIPLE_CHOICE -> selection(question, target, random);
            case YES_NO -> NODES.booleanNode(question.scored() ? "yes".equals(closest(question, target).id())
                    : random.nextDouble() < target);
            case SCALE -> NODES.numberNode(BigDecimal.valueOf(question.scale().min()
                    + Math.round(target * (question.scale().max() - question.scale().min()))));
            case NUMBER -> NODES.numberNode(number(question.number(), target));
            case TEXT -> NODES.textNode(TEXTS[random.nextInt(TEXTS.length)]);
            case MATRIX -> {
                var rows = NODES.objectNode();
                question.rows().forEach(row -> rows.put(row.id(), closest(question, target).id()));
                yield rows;
            }
        };
    }

    /** The option whose share of the maximum score is closest to the target. */
    private static Option closest(Question question, double target) {
        double max = question.maxScore() == null || question.maxScore() == 0 ? 1 : question.maxScore();
        return question.options().stream()
                .min(Comparator.comparingDouble((Option o) -> Math.abs(Math.min(1, o.score() / max) - target))
                        .thenComparingDouble(Option::score))
                .orElseThrow();
    }

    /** A context question: the organisation's own type when the options name types, any option otherwise. */
    private static Option context(Question question, OrganizationType type, Random random) {
        if (question.option("commune").isPresent()) {
            String own = switch (type) {
                case COMMUNE -> "commune";
                case EPCI -> "epci";
                case DEPARTEMENT -> "departement";
                case REGION -> "region";
                case SYNDICAT -> "syndicat";
                default -> "autre";
            };
            if (question.option(own).isPresent()) {
                return question.option(own).get();
            }
        }
        return question.options().get(random.nextInt(question.options().size()));
    }

    private static ArrayNode selection(Question question, double target, Random random) {
        ArrayNode selected = NODES.arrayNode();
        Option exclusive = null;
        for (Option option : question.options()) {
            if (option.exclusive()) {
                exclusive = exclusive == null ? option : exclusive;
            } else if (random.nextDouble() < (option.score() > 0 || !question.scored() ? target : 0.1)) {
                selected.add(option.id());
            }
        }
        if (selected.isEmpty()) {
            selected.add(exclusive != null ? exclusive.id() : question.options().get(0).id());
        }
        return selected;
    }

    private static BigDecimal number(NumberSpec spec, double target) {
        double low = spec != null && spec.min() != null ? spec.min() : 0;
        double high = spec != null && spec.max() != null ? spec.max() : low + 100;
        return BigDecimal.valueOf(Math.round(low + target * (high - low)));
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
