package org.odmaturity.questionnaire.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.Recommendation;
import org.odmaturity.questionnaire.model.Theme;

/** The JSON views of a questionnaire in one language (texts resolved, ids and numbers as defined). */
public final class QuestionnaireViews {

    private QuestionnaireViews() {
    }

    public record Summary(String id, int version, String title, String description, List<String> languages,
            String defaultLanguage, String language, String strategy, List<AxisSummary> axes) {
    }

    public record AxisSummary(String id, String title) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Definition(String id, int version, String title, String description, List<String> languages,
            String defaultLanguage, String language, String strategy, String contentHash, List<LevelView> levels,
            List<AxisView> axes, String resultsIn, Integer decimals, Double totalPoints) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LevelView(String id, double threshold, String label, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AxisView(String id, String title, String description, double weight, List<ThemeView> themes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ThemeView(String id, String title, String description, double weight, List<QuestionView> questions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionView(String id, String type, String text, String help, double weight, boolean required,
            boolean notApplicableAllowed, boolean commentInvited, boolean evidenceInvited, String relevant,
            Double maxScore, List<OptionView> options, ScaleView scale, NumberView number, String step,
            Double passScore, RecommendationView recommendation, List<RecommendationView> recommendations,
            List<RowView> rows, Double maxPoints) {
    }

    /** A row of a matrix question; the question's {@code maxPoints} is Σ weight × maxScore. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowView(String id, String text, double weight) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OptionView(String id, String label, double score, Boolean exclusive, RecommendationView recommendation,
            List<RecommendationView> recommendations) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScaleView(int min, int max, Map<Integer, String> labels) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NumberView(Double min, Double max, String unit, List<BandView> bands) {
    }

    /** A scoring band of a number question; {@code to} only when the band has an upper bound. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BandView(double from, Double to, double score) {
    }

    /** {@code effort} and {@code horizon} only when the file gives them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecommendationView(String action, String effort, String horizon) {
    }

    /**
     * The language to answer in: {@code lang} if the questionnaire has it, else the first acceptable language it has,
     * else its default language.
     */
    public static String language(Questionnaire q, String lang, List<Locale> acceptable) {
        if (lang != null && q.languages().contains(lang.toLowerCase(Locale.ROOT))) {
            return lang.toLowerCase(Locale.ROOT);
        }
        for (Locale locale : acceptable) {
            String language = locale.getLanguage().toLowerCase(Locale.ROOT);
            if (q.languages().contains(language)) {
                return language;
            }
        }
        return q.defaultLanguage();
    }

    public static Summary summary(Questionnaire q, String language) {
        return new Summary(q.id(), q.version(), text(q.title(), q, language), text(q.description(), q, language),
                q.languages(), q.defaultLanguage(), language, q.strategy().key(),
                q.axes().stream().map(a -> new AxisSummary(a.id(), text(a.title(), q, language))).toList());
    }

    public static Definition definition(Questionnaire q, String language, String contentHash) {
        return new Definition(q.id(), q.version(), text(q.title(), q, language), text(q.description(), q, language),
                q.languages(), q.defaultLanguage(), language, q.strategy().key(), contentHash,
                q.levels().stream().map(l -> level(l, q, language)).toList(),
                q.axes().stream().map(a -> axis(a, q, language)).toList(),
                // absent unless the file opts in (docs/scoring.md, section 7): earlier definitions read as before
                q.inPoints() ? q.resultsIn().key() : null,
                q.decimals() != Questionnaire.DEFAULT_DECIMALS ? q.decimals() : null,
                q.inPoints() ? q.totalPoints() : null);
    }

    private static LevelView level(Level l, Questionnaire q, String language) {
        return new LevelView(l.id(), l.threshold(), text(l.label(), q, language), text(l.description(), q, language));
    }

    private static AxisView axis(Axis a, Questionnaire q, String language) {
        return new AxisView(a.id(), text(a.title(), q, language), text(a.description(), q, language), a.weight(),
                a.themes().stream().map(t -> theme(t, q, language)).toList());
    }

    private static ThemeView theme(Theme t, Questionnaire q, String language) {
        return new ThemeView(t.id(), text(t.title(), q, language), text(t.description(), q, language), t.weight(),
                t.questions().stream().map(question -> question(question, q, language)).toList());
    }

    private static QuestionView question(Question question, Questionnaire q, String language) {
        return new QuestionView(question.id(), question.type().key(), text(question.text(), q, language),
                text(question.help(), q, language), question.weight(), question.required(),
                question.notApplicableAllowed(), question.commentInvited(), question.evidenceInvited(),
                question.relevantWhen(), question.maxScore(),
                question.options().isEmpty() ? null
                        : question.options().stream().map(o -> option(o, question, q, language)).toList(),
                question.scale() == null ? null : new ScaleView(question.scale().min(), question.scale().max(),
                        labels(question.scale().labels(), q, language)),
                question.number() == null ? null : new NumberView(question.number().min(), question.number().max(),
                        text(question.number().unit(), q, language),
                        question.number().bands().isEmpty() ? null : question.number().bands().stream()
                                .map(b -> new BandView(b.from(), b.to(), b.score())).toList()),
                question.step(), question.passScore(), recommendation(question.recommendation(), q, language),
                recommendations(question.recommendations(), q, language),
                question.rows().isEmpty() ? null : question.rows().stream()
                        .map(r -> new RowView(r.id(), text(r.text(), q, language), r.weight())).toList(),
                question.rows().isEmpty() ? null : question.maxPoints());
    }

    private static OptionView option(Option o, Question question, Questionnaire q, String language) {
        return new OptionView(o.id(), text(o.label(), q, language), o.score(),
                question.type() == org.odmaturity.questionnaire.model.QuestionType.MULTIPLE_CHOICE ? o.exclusive() : null,
                recommendation(o.recommendation(), q, language), recommendations(o.recommendations(), q, language));
    }

    private static Map<Integer, String> labels(Map<Integer, LocalizedText> labels, Questionnaire q, String language) {
        if (labels.isEmpty()) {
            return null;
        }
        Map<Integer, String> result = new TreeMap<>();
        labels.forEach((point, label) -> result.put(point, text(label, q, language)));
        return result;
    }

    private static RecommendationView recommendation(Recommendation r, Questionnaire q, String language) {
        return r == null ? null : new RecommendationView(text(r.action(), q, language),
                r.effort() == null ? null : r.effort().key(), r.horizon() == null ? null : r.horizon().key());
    }

    /** Every recommendation, in file order; null (left out) when there is none. */
    private static List<RecommendationView> recommendations(List<Recommendation> list, Questionnaire q, String language) {
        return list.isEmpty() ? null : list.stream().map(r -> recommendation(r, q, language)).toList();
    }

    private static String text(LocalizedText text, Questionnaire q, String language) {
        return text == null || text.isEmpty() ? null : text.in(language, q.defaultLanguage());
    }
}
