package org.odmaturity.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.odmaturity.diagnostic.AnswerPatch;
import org.odmaturity.diagnostic.Assessment;
import org.odmaturity.diagnostic.AnswerPatch.Change;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.questionnaire.model.FacilitatorScoring;
import org.odmaturity.questionnaire.model.NumberSpec;
import org.odmaturity.questionnaire.model.MatrixRow;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.ScaleSpec;
import org.odmaturity.scoring.AnswerInput;
import org.odmaturity.scoring.AnswerValidation;
import org.odmaturity.scoring.AnswerValidator;
import org.odmaturity.scoring.ScoringEngine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Plausible answers for any questionnaire, generated from its definition: for each question the answer whose score is
 * closest to the organisation's maturity plus some noise, "not applicable" now and then where allowed, context
 * questions answered from what is known of the organisation, a few comments, evidence links and (in interviews)
 * facilitator notes in French. Only relevant questions are answered. Deterministic for a given {@link Random} seed.
 */
final class DemoAnswers {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What the generator knows of the organisation answering. {@code slug} builds its (fictitious) web addresses. */
    record Respondent(OrganizationType type, Integer population, double maturity, String slug) {
    }

    /** One answer to send: a value or "not applicable", with its optional remarks. */
    record Planned(String question, JsonNode value, boolean notApplicable, boolean unsure, String comment,
            String evidence, String note) {

        /** This answer as an entry of a batch, claiming the given revision; what it does not say stays as stored. */
        AnswerPatch toPatch(int revision) {
            return new AnswerPatch(question, notApplicable ? Change.keep() : Change.to(value),
                    notApplicable ? Change.to(true) : Change.keep(), unsure ? Change.to(true) : Change.keep(),
                    given(comment), given(evidence), given(note), revision);
        }

        private static Change<String> given(String text) {
            return text == null ? Change.keep() : Change.to(text);
        }
    }

    private static final List<String> COMMENTS = List.of(
            "Le sujet a été présenté en comité de direction au printemps.",
            "Nous manquons de temps agent pour aller plus loin.",
            "Le service SIG porte l'essentiel de la démarche.",
            "À confirmer avec la direction des finances.",
            "Pratique en place depuis 2024, encore à formaliser.",
            "Réponse préparée avec le délégué à la protection des données mutualisé.",
            "Nous nous appuyons sur l'accompagnement de DataGrandEst.",
            "Les communes membres nous sollicitent de plus en plus sur ce point.",
            "Un stagiaire a amorcé le travail l'an dernier ; il faut le reprendre.");

    private static final List<String> NOTES = List.of(
            "Vu en entretien avec la DGS et le référent SIG.",
            "Pièce justificative demandée, pas encore reçue.",
            "Réponse revue à la baisse après échange : la pratique reste ponctuelle.",
            "Point fort à mettre en avant dans le plan de progrès.",
            "Bonne dynamique : à rapprocher du groupe de travail régional.",
            "Les élus sont favorables mais n'ont pas encore délibéré.",
            "À revoir lors du prochain entretien, l'équipe change en janvier.");

    private static final List<String> TEXTS = List.of(
            "Publier notre budget au format SCDL avant l'été et former deux correspondants.",
            "Recenser nos jeux de données et désigner un référent ; nous attendons un appui méthodologique de "
                    + "DataGrandEst.",
            "Automatiser la mise à jour des délibérations sur le portail et suivre les téléchargements.",
            "Organiser un premier atelier de réutilisation avec les associations du territoire.",
            "Mutualiser un portail avec nos communes membres et harmoniser les licences.",
            "Mettre à jour la Base Adresse Locale et publier la liste des équipements collectifs.");

    private static final List<String> REVISION_COMMENTS = List.of(
            "Corrigé après vérification auprès du service concerné.",
            "Mis à jour : la délibération a été votée depuis la première saisie.",
            "Précisé après relecture par la direction générale.");

    private DemoAnswers() {
    }

    /**
     * Answers for every relevant question of {@code questionnaire} (a few optional ones may be left unanswered), in
     * document order.
     *
     * @param interview whether a facilitator fills it (notes are added, "unsure" is not used)
     */
    static List<Planned> generate(Questionnaire questionnaire, Respondent who, boolean interview, Random random) {
        List<Question> questions = questionnaire.questions().toList();
        Set<String> gates = readByConditions(questionnaire);
        List<Planned> candidates = new ArrayList<>();
        for (Question question : questions) {
            // questions that open or close others follow the organisation's maturity more closely, so that a mature
            // body does not skip a whole theme by bad luck
            double noise = gates.contains(question.id()) ? 0.08 : 0.18;
            double target = clamp(who.maturity() + random.nextGaussian() * noise);
            boolean notApplicable = question.notApplicableAllowed() && random.nextDouble() < 0.12;
            Object raw = notApplicable ? null : rawValue(question, target, who, random);
            double fraction = notApplicable ? 0 : fraction(question, raw);
            // remarks only where a practice is assessed (not on context or free-text questions)
            boolean assessed = question.scored();
            String comment = null;
            if (assessed && random.nextDouble() < (question.commentInvited() ? 0.5 : 0.05)) {
                comment = pick(COMMENTS, random);
            }
            String evidence = null;
            if (question.evidenceInvited() && fraction >= 0.5 && random.nextDouble() < 0.7) {
                evidence = "https://donnees." + who.slug() + ".example/" + question.id().replace('.', '-');
            }
            String note = interview && assessed && random.nextDouble() < 0.12 ? pick(NOTES, random) : null;
            boolean unsure = !interview && assessed && !notApplicable && random.nextDouble() < 0.04;
            // now and then an optional question is left unanswered (decided here, before relevance is evaluated,
            // since a skipped answer can close questions that depend on it)
            if (!question.required() && random.nextDouble() < 0.04) {
                continue;
            }
            candidates.add(new Planned(question.id(), notApplicable ? null : json(raw), notApplicable, unsure,
                    comment, evidence, note));
        }

        // which questions are relevant given these answers: exactly as the scoring engine decides
        List<AnswerInput> inputs = new ArrayList<>();
        for (Planned p : candidates) {
            inputs.add(new AnswerInput(p.question(), p.notApplicable() ? null : plain(p.value()), p.notApplicable()));
        }
        AnswerValidation validation = AnswerValidator.validate(questionnaire, inputs);
        if (validation.hasProblems()) {
            throw new IllegalStateException("generated demo answers do not fit " + questionnaire.id() + "@"
                    + questionnaire.version() + ": " + validation.problems());
        }
        Set<String> notRelevant = new HashSet<>(ScoringEngine.score(questionnaire, validation.answers()).notRelevant());
        return candidates.stream().filter(p -> !notRelevant.contains(p.question())).toList();
    }

    /**
     * A second thought on one of {@code answered}: a graded single choice moved one step (up, or down from the top),
     * with a comment saying why. Only questions that no relevance condition reads are revised, so that the change
     * cannot make other answers irrelevant. Empty when none qualifies.
     */
    static Optional<Planned> revision(Questionnaire questionnaire, List<Planned> answered, Random random) {
        Set<String> readByConditions = readByConditions(questionnaire);
        Map<String, Question> byId = questionnaire.questionsById();
        List<Planned> eligible = answered.stream()
                .filter(p -> !p.notApplicable() && p.value() != null && p.value().isTextual())
                .filter(p -> !readByConditions.contains(p.question()))
                .filter(p -> {
                    Question q = byId.get(p.question());
                    return q.type() == QuestionType.SINGLE_CHOICE && q.scored() && q.options().size() > 1;
                })
                .toList();
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        Planned before = eligible.get(random.nextInt(eligible.size()));
        List<Option> graded = byId.get(before.question()).options().stream()
                .sorted(Comparator.comparingDouble(Option::score)).toList();
        int at = 0;
        for (int i = 0; i < graded.size(); i++) {
            if (graded.get(i).id().equals(before.value().textValue())) {
                at = i;
            }
        }
        int next = at + 1 < graded.size() ? at + 1 : at - 1;
        return Optional.of(new Planned(before.question(), NODES.textNode(graded.get(next).id()), false, false,
                pick(REVISION_COMMENTS, random), before.evidence(), before.note()));
    }

    /** The questions that some relevance condition reads. */
    private static Set<String> readByConditions(Questionnaire questionnaire) {
        Set<String> read = new HashSet<>();
        questionnaire.questions().filter(q -> q.relevance() != null)
                .forEach(q -> read.addAll(q.relevance().references()));
        return read;
    }

    // ------------------------------------------------------------------------------------------------------- values

    /** A raw answer value (String, List of String, Boolean, BigDecimal, Map of String) for {@code question}. */
    private static Object rawValue(Question question, double target, Respondent who, Random random) {
        return switch (question.type()) {
            case SINGLE_CHOICE -> question.scored() ? closest(question.options(), question.maxScore(), target).id()
                    : contextChoice(question, who, random).id();
            case MULTIPLE_CHOICE -> selection(question, target, random);
            case YES_NO -> question.scored() ? closest(question.options(), question.maxScore(), target).id()
                    .equals("yes") : random.nextDouble() < 0.3 + 0.6 * who.maturity();
            case SCALE -> scale(question.scale(), target);
            case NUMBER -> number(question, target, random);
            case TEXT -> pick(TEXTS, random);
            case MATRIX -> matrix(question, target, who, random);
        };
    }

    /** A matrix answer: each row the option closest to a target drawn around {@code target} (unscored: any option). */
    private static Map<String, String> matrix(Question question, double target, Respondent who, Random random) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (MatrixRow row : question.rows()) {
            double rowTarget = Math.max(0, Math.min(1, target + (random.nextDouble() - 0.5) * 0.4));
            rows.put(row.id(), question.scored() ? closest(question.options(), question.maxScore(), rowTarget).id()
                    : contextChoice(question, who, random).id());
        }
        return rows;
    }

    /** The option whose share of the maximum score is closest to {@code target} (the lowest on a tie). */
    private static Option closest(List<Option> options, double maxScore, double target) {
        Option best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Option option : options.stream().sorted(Comparator.comparingDouble(Option::score)).toList()) {
            double distance = Math.abs(Math.min(1, option.score() / maxScore) - target);
            if (distance < bestDistance) {
                best = option;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * An unscored single choice: the organisation's type when the options name types (e.g. {@code pil.type_orga}),
     * whether the open-by-default obligation applies when the options say so (e.g. {@code pil.obligation}), otherwise
     * any option.
     */
    private static Option contextChoice(Question question, Respondent who, Random random) {
        Optional<Option> ownType = question.option(typeOption(who.type()));
        if (ownType.isPresent() && question.option("commune").isPresent()) {
            return ownType.get();
        }
        if (question.option("soumise").isPresent() && question.option("non_soumise").isPresent()) {
            // the obligation spares local authorities under 3,500 inhabitants (and bodies under 50 agents)
            boolean small = who.population() != null && who.population() < 3_500;
            if (!small) {
                return question.option("soumise").get();
            }
            return question.option(random.nextBoolean() ? "non_soumise" : "inconnu")
                    .orElse(question.option("non_soumise").get());
        }
        return question.options().get(random.nextInt(question.options().size()));
    }

    private static String typeOption(OrganizationType type) {
        return switch (type) {
            case COMMUNE -> "commune";
            case EPCI -> "epci";
            case DEPARTEMENT -> "departement";
            case REGION -> "region";
            case SYNDICAT -> "syndicat";
            default -> "autre";
        };
    }

    /**
     * A multiple choice: each scoring practice kept with a probability that grows with {@code target}, a zero-score
     * one now and then; when nothing is kept, the exclusive "none" option if there is one.
     */
    private static List<String> selection(Question question, double target, Random random) {
        List<String> selected = new ArrayList<>();
        List<Option> exclusive = new ArrayList<>();
        for (Option option : question.options()) {
            if (option.exclusive()) {
                exclusive.add(option);
                continue;
            }
            double probability = !question.scored() ? 0.2 + 0.5 * target
                    : option.score() > 0 ? clamp(0.05 + 1.1 * target) : 0.15;
            if (random.nextDouble() < probability) {
                selected.add(option.id());
            }
        }
        if (selected.isEmpty()) {
            if (!exclusive.isEmpty()) {
                selected.add(exclusive.get(0).id());
            } else {
                List<Option> open = question.options();
                selected.add(open.get(random.nextInt(open.size())).id());
            }
        }
        return selected;
    }

    private static BigDecimal scale(ScaleSpec scale, double target) {
        return BigDecimal.valueOf(scale.min() + Math.round(target * (scale.max() - scale.min())));
    }

    /** A number in the band whose score is closest to {@code target} (scored), or in proportion to the bounds. */
    private static BigDecimal number(Question question, double target, Random random) {
        NumberSpec spec = question.number();
        double low = spec != null && spec.min() != null ? spec.min() : 0;
        double high = spec != null && spec.max() != null ? spec.max() : low + 50;
        double value;
        if (question.scored() && spec != null && !spec.bands().isEmpty()) {
            List<NumberSpec.Band> bands = spec.bands().stream()
                    .sorted(Comparator.comparingDouble(NumberSpec.Band::from)).toList();
            int chosen = 0;
            double bestDistance = Double.MAX_VALUE;
            for (int i = 0; i < bands.size(); i++) {
                double distance = Math.abs(Math.min(1, bands.get(i).score() / question.maxScore()) - target);
                if (distance < bestDistance) {
                    chosen = i;
                    bestDistance = distance;
                }
            }
            double from = Math.max(bands.get(chosen).from(), low);
            double to = chosen + 1 < bands.size() ? bands.get(chosen + 1).from() - 1 : from + 10;
            to = Math.min(Math.max(to, from), high);
            value = Math.min(to, Math.ceil(from) + Math.floor(random.nextDouble() * (to - Math.ceil(from) + 1)));
            if (value < from) {
                value = from;
            }
        } else {
            value = low + Math.round(target * (high - low));
        }
        value = Math.max(low, Math.min(high, value));
        return value == Math.rint(value) ? BigDecimal.valueOf((long) value) : BigDecimal.valueOf(value);
    }

    /** The share of the maximum score an answer earns (0 for unscored questions): decides on evidence links. */
    /**
     * The facilitator's points for the answers awaiting them ({@code pending}, docs/scoring.md "Scored by the
     * facilitator"): the rubric level closest to the organisation's maturity (the lower of two equally close), or,
     * without a rubric, the maturity's share of the maximum to two decimals; with a French justification.
     */
    static List<Assessment> facilitatorScores(Questionnaire questionnaire, List<String> pending, double maturity) {
        List<Assessment> scores = new ArrayList<>();
        for (String id : pending) {
            Question question = questionnaire.question(id).orElse(null);
            if (question == null || !question.facilitatorScored()) {
                continue;
            }
            double target = clamp(maturity) * question.maxScore();
            FacilitatorScoring.RubricLevel best = null;
            for (FacilitatorScoring.RubricLevel level : question.facilitatorScoring().rubric()) {
                if (best == null || Math.abs(level.score() - target) < Math.abs(best.score() - target)) {
                    best = level;
                }
            }
            BigDecimal points = best != null ? BigDecimal.valueOf(best.score())
                    : BigDecimal.valueOf(target).setScale(2, java.math.RoundingMode.HALF_DOWN);
            String justification = best != null
                    ? "Niveau retenu en entretien : " + best.label().in("fr", questionnaire.defaultLanguage())
                    : "Appréciation de l'animateur après l'entretien.";
            scores.add(new Assessment(id, points, justification));
        }
        return scores;
    }

    private static double fraction(Question question, Object raw) {
        if (!question.scored() || question.maxScore() == 0) {
            return 0;
        }
        double score = 0;
        if (raw instanceof String id) {
            score = question.option(id).map(Option::score).orElse(0.0);
        } else if (raw instanceof List<?> ids) {
            for (Object id : ids) {
                score += question.option((String) id).map(Option::score).orElse(0.0);
            }
        } else if (raw instanceof Boolean yes) {
            score = question.option(yes ? "yes" : "no").map(Option::score).orElse(0.0);
        } else if (raw instanceof Map<?, ?> rows && !rows.isEmpty()) {
            for (Object id : rows.values()) {
                score += question.option((String) id).map(Option::score).orElse(0.0) / rows.size();
            }
        } else if (raw instanceof BigDecimal number && question.type() == QuestionType.SCALE) {
            ScaleSpec scale = question.scale();
            return (number.doubleValue() - scale.min()) / Math.max(1, scale.max() - scale.min());
        } else {
            return 0.5;
        }
        return Math.min(1, score / question.maxScore());
    }

    // -------------------------------------------------------------------------------------------------------- JSON

    private static JsonNode json(Object raw) {
        if (raw instanceof String s) {
            return NODES.textNode(s);
        }
        if (raw instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (raw instanceof BigDecimal n) {
            return n.scale() <= 0 ? NODES.numberNode(n.longValueExact()) : NODES.numberNode(n);
        }
        if (raw instanceof Map<?, ?> rows) {
            var object = NODES.objectNode();
            rows.forEach((row, option) -> object.put((String) row, (String) option));
            return object;
        }
        ArrayNode list = NODES.arrayNode();
        for (Object item : (List<?>) raw) {
            list.add((String) item);
        }
        return list;
    }

    /** A JSON value as the plain value the scoring package reads. */
    static Object plain(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isObject()) { // a matrix answer: row id → option id
            Map<String, Object> rows = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> rows.put(e.getKey(), plain(e.getValue())));
            return rows;
        }
        List<Object> items = new ArrayList<>();
        node.forEach(item -> items.add(plain(item)));
        return items;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
