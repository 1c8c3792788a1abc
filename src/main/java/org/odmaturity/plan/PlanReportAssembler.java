package org.odmaturity.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.diagnostic.StoredAnswer;
import org.odmaturity.i18n.Labels;
import org.odmaturity.i18n.ScoreTexts;
import org.odmaturity.plan.pdf.PlanReport;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.Theme;
import org.odmaturity.scoring.Answer;
import org.odmaturity.scoring.AnswerValue;
import org.odmaturity.scoring.Answers;
import org.odmaturity.scoring.AxisScore;
import org.odmaturity.scoring.QuestionScore;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.scoring.ThemeScore;

/**
 * Turns a diagnostic, its plan and its peers into the {@link PlanReport} the PDF prints, every text resolved in one
 * language (French by default, or English): questionnaire texts from the questionnaire (falling back to its default
 * language), the plan's own words from {@link PlanTexts}. Plain Java: no database, no framework.
 */
public final class PlanReportAssembler {

    static final int HIGHLIGHTS = 3;
    /** A strength scores above this; the others are candidate weaknesses. */
    static final double STRENGTH_ABOVE = 50;

    private PlanReportAssembler() {
    }

    /**
     * @param language     {@code fr} or {@code en} (anything else: French)
     * @param includeNotes whether the facilitators' notes are printed (never for respondents)
     * @param today        the date printed on the cover
     */
    public static PlanReport assemble(PlanService.PlanState state, String language, boolean includeNotes,
            LocalDate today) {
        return assemble(state.diagnostic(), state.answers(), state.suggestion(), state.plan(), state.peers(), language,
                includeNotes, today);
    }

    public static PlanReport assemble(DiagnosticService.State diagnostic, Answers answers,
            PlanGenerator.Suggestion suggestion, Plan plan, Peers peers, String language, boolean includeNotes,
            LocalDate today) {
        PlanTexts texts = PlanTexts.of(language);
        String lang = texts.language();
        Labels labels = Labels.of(lang);
        Questionnaire q = diagnostic.questionnaire().questionnaire();
        ScoreCard card = diagnostic.score();
        Scores scores = new Scores(card);
        boolean started = suggestion.started();

        ScoreTexts scoreTexts = ScoreTexts.of(q, lang);
        List<PlanReport.LevelInfo> levels = q.levels().stream()
                .map(l -> new PlanReport.LevelInfo(text(l.label(), q, lang), l.threshold(),
                        text(l.description(), q, lang), scoreTexts.threshold(l.threshold())))
                .toList();

        Map<String, Peers.AxisPeers> peerAxes = new HashMap<>();
        peers.axes().forEach(a -> peerAxes.put(a.id(), a));
        List<PlanReport.AxisSection> axes = new ArrayList<>();
        for (Axis axis : q.axes()) {
            AxisScore as = scores.axes.get(axis.id());
            boolean axisStarted = as != null && as.completeness().answered() > 0;
            List<PlanReport.ThemeLine> themes = new ArrayList<>();
            for (Theme theme : axis.themes()) {
                ThemeScore ts = scores.themes.get(theme.id());
                boolean themeStarted = ts != null && ts.completeness().answered() > 0;
                boolean incomplete = ts != null && ts.incomplete(); // staircase: a required step has no answer
                String title = text(theme.title(), q, lang);
                themes.add(new PlanReport.ThemeLine(incomplete ? texts.incompleteActivity(title) : title,
                        themeStarted ? ts.score() : null, incomplete ? texts.incompleteActivity()
                                : themeStarted ? levelLabel(q, ts.level(), lang) : null));
            }
            Peers.AxisPeers peer = peers.shown() ? peerAxes.get(axis.id()) : null;
            Highlights highlights = highlights(axis, q, scores, answers, texts, started);
            axes.add(new PlanReport.AxisSection(axis.id(), text(axis.title(), q, lang),
                    axisStarted ? as.score() : null, axisStarted ? levelLabel(q, as.level(), lang) : null,
                    levelLabel(q, PlanViews.target(plan, suggestion, axis.id()), lang),
                    peer == null ? null : peer.average(), peer == null ? null : peer.q1(),
                    peer == null ? null : peer.q3(), themes, highlights.strengths(), highlights.weaknesses(),
                    axisStarted ? scoreTexts.total(as.score(), as.points(), as.maxPoints()) : null,
                    axisStarted ? scoreTexts.totalOutOf(as.score(), as.points(), as.maxPoints()) : null));
        }

        Map<String, String> axisTitles = new HashMap<>();
        Map<String, String> themeTitles = new HashMap<>();
        for (Axis axis : q.axes()) {
            axisTitles.put(axis.id(), text(axis.title(), q, lang));
            axis.themes().forEach(t -> themeTitles.put(t.id(), text(t.title(), q, lang)));
        }
        List<PlanReport.ActionRow> actions = ResolvedAction.resolve(plan, suggestion, q, card, lang).stream()
                .map(a -> new PlanReport.ActionRow(a.rank(), a.text(), axisTitles.get(a.axisId()),
                        themeTitles.get(a.themeId()), labels.label("effort", a.effort()), labels.label("horizon", a.horizon()), a.owner(),
                        a.dueDate(), a.quickWin(), a.custom()))
                .toList();

        Set<String> notRelevant = new HashSet<>(card.notRelevant());
        List<PlanReport.AppendixItem> appendix = new ArrayList<>();
        for (Axis axis : q.axes()) {
            for (Theme theme : axis.themes()) {
                for (Question question : theme.questions()) {
                    if (notRelevant.contains(question.id())) {
                        continue;
                    }
                    StoredAnswer stored = diagnostic.answers().get(question.id());
                    appendix.add(new PlanReport.AppendixItem(axisTitles.get(axis.id()), themeTitles.get(theme.id()),
                            text(question.text(), q, lang), withAssessment(answerText(question, answers, q, texts),
                                    question, stored, texts),
                            stored == null ? null : stored.comment, stored == null ? null : stored.evidence,
                            includeNotes && stored != null ? stored.note : null, stored != null && stored.unsure));
                }
            }
        }

        var organization = diagnostic.organization();
        var campaign = diagnostic.campaign();
        Level overall = started && card.overall().level() != null ? q.level(card.overall().level()).orElse(null) : null;
        return new PlanReport(lang, organization.name, organization.type.label(lang), organization.departementCode,
                campaign.name, campaign.year, text(q.title(), q, lang), q.id(), q.version(),
                diagnostic.questionnaire().contentHash(), labels.label("diagnostic.mode", diagnostic.diagnostic().mode),
                labels.label("diagnostic.status", diagnostic.diagnostic().status),
                diagnostic.diagnostic().status != DiagnosticStatus.VALIDATED,
                diagnostic.facilitator() == null ? null : diagnostic.facilitator().displayName, today,
                started ? card.overall().score() : null, overall == null ? null : text(overall.label(), q, lang),
                overall == null ? texts.notStarted() : text(overall.description(), q, lang),
                card.completeness().ratio(), levels, axes, peers.shown(), peers.count(),
                texts.peerGroup(organization.type.label(lang), campaign.name), actions, appendix,
                texts.scoringMethod(q.strategy())).withOverallTexts(overallText(scoreTexts, card, started),
                        started && scoreTexts.inPoints() && card.overall().maxPoints() != null
                                ? scoreTexts.outOfPoints(card.overall().maxPoints()) : null,
                        scoreTexts.inPoints());
    }

    /** The overall as printed big: its score with the questionnaire's decimals, or its points (section 7). */
    private static String overallText(ScoreTexts scoreTexts, ScoreCard card, boolean started) {
        if (!started || card.overall().score() == null) {
            return null;
        }
        return scoreTexts.inPoints() && card.overall().points() != null ? scoreTexts.points(card.overall().points())
                : scoreTexts.score(card.overall().score());
    }

    /** What was answered, in words: option labels, yes/no, numbers with their unit, "not applicable", "no answer". */
    /** An answer with the facilitator's score when its question is scored by the facilitator (issue 15 §6). */
    static String withAssessment(String answer, Question question, StoredAnswer stored, PlanTexts texts) {
        if (!question.facilitatorScored() || stored == null || stored.valueJson == null || stored.notApplicable) {
            return answer;
        }
        return answer + " — " + (stored.assessmentCurrent()
                ? texts.assessed(stored.assessedPoints, question.maxScore(), stored.assessmentJustification)
                : texts.assessmentPending());
    }

    static String answerText(Question question, Answers answers, Questionnaire q, PlanTexts texts) {
        String lang = texts.language();
        Answer answer = answers.get(question.id()).orElse(null);
        if (answer != null && answer.notApplicable()) {
            return texts.notApplicable();
        }
        if (answer == null || answer.value() == null) {
            return texts.unanswered();
        }
        AnswerValue value = answer.value();
        if (value instanceof AnswerValue.Choice c) {
            return question.option(c.optionId()).map(o -> text(o.label(), q, lang)).orElse(c.optionId());
        }
        if (value instanceof AnswerValue.Choices cs) {
            if (cs.optionIds().isEmpty()) {
                return texts.noOptionSelected();
            }
            return cs.optionIds().stream()
                    .map(id -> question.option(id).map(o -> text(o.label(), q, lang)).orElse(id))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof AnswerValue.YesNo y) {
            return y.value() ? texts.yes() : texts.no();
        }
        if (value instanceof AnswerValue.Num n) {
            if (question.type() == QuestionType.SCALE && question.scale() != null) {
                LocalizedText label = n.value().stripTrailingZeros().scale() <= 0
                        ? question.scale().labels().get(n.value().intValue()) : null;
                return texts.scale(n.value(), question.scale().max(), label == null ? null : text(label, q, lang));
            }
            LocalizedText unit = question.number() == null ? null : question.number().unit();
            return texts.number(n.value(), unit == null || unit.isEmpty() ? null : text(unit, q, lang));
        }
        if (value instanceof AnswerValue.Text t) {
            return t.value();
        }
        if (value instanceof AnswerValue.Rows rows) { // "Budget : Publié ; Transports : (no answer)", in row order
            return question.rows().stream().map(row -> {
                String option = rows.option(row.id());
                return text(row.text(), q, lang) + " : " + (option == null ? texts.unanswered()
                        : question.option(option).map(o -> text(o.label(), q, lang)).orElse(option));
            }).collect(Collectors.joining(" ; "));
        }
        return String.valueOf(value.raw());
    }

    record Highlights(List<PlanReport.QuestionLine> strengths, List<PlanReport.QuestionLine> weaknesses) {
    }

    /**
     * Strengths: the answered questions of the axis scoring above 50, best first (then heavier, then in document
     * order), at most 3. Weaknesses: the other counted questions below 100 — answered ones, and unanswered ones once
     * the diagnostic is started (they count 0) — lowest first (answered before unanswered, then heavier, then in
     * document order), at most 3.
     */
    static Highlights highlights(Axis axis, Questionnaire q, Scores scores, Answers answers, PlanTexts texts,
            boolean started) {
        record Candidate(Question question, double score, boolean answered, int order, QuestionScore card) {
        }
        List<Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (Theme theme : axis.themes()) {
            for (Question question : theme.questions()) {
                QuestionScore s = scores.questions.get(question.id());
                order++;
                if (s == null || s.score() == null) {
                    continue;
                }
                boolean answered = QuestionScore.ANSWERED.equals(s.status());
                if (answered || started && QuestionScore.UNANSWERED.equals(s.status())) {
                    candidates.add(new Candidate(question, s.score(), answered, order, s));
                }
            }
        }
        Comparator<Candidate> heavierFirst = Comparator.comparingDouble((Candidate c) -> -c.question().weight())
                .thenComparingInt(Candidate::order);
        List<Candidate> strengths = candidates.stream().filter(c -> c.answered() && c.score() > STRENGTH_ABOVE)
                .sorted(Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparing(heavierFirst))
                .limit(HIGHLIGHTS).toList();
        List<Candidate> weaknesses = candidates.stream()
                .filter(c -> !strengths.contains(c) && c.score() <= STRENGTH_ABOVE)
                .sorted(Comparator.comparingDouble(Candidate::score).thenComparing(c -> !c.answered())
                        .thenComparing(heavierFirst))
                .limit(HIGHLIGHTS).toList();
        String lang = texts.language();
        ScoreTexts scoreTexts = ScoreTexts.of(q, lang);
        java.util.function.Function<Candidate, PlanReport.QuestionLine> line = c -> new PlanReport.QuestionLine(
                text(c.question().text(), q, lang), c.score(), answerText(c.question(), answers, q, texts),
                scoreTexts.totalOutOf(c.card().score(), c.card().points(), c.card().maxPoints()));
        return new Highlights(strengths.stream().map(line).toList(), weaknesses.stream().map(line).toList());
    }

    /** The card's nodes by id. */
    static final class Scores {
        final Map<String, AxisScore> axes = new HashMap<>();
        final Map<String, ThemeScore> themes = new HashMap<>();
        final Map<String, QuestionScore> questions = new HashMap<>();

        Scores(ScoreCard card) {
            for (AxisScore axis : card.axes()) {
                axes.put(axis.id(), axis);
                for (ThemeScore theme : axis.themes()) {
                    themes.put(theme.id(), theme);
                    theme.questions().forEach(s -> questions.put(s.id(), s));
                }
            }
        }
    }

    private static String levelLabel(Questionnaire q, String levelId, String lang) {
        if (levelId == null) {
            return null;
        }
        return q.level(levelId).map(l -> text(l.label(), q, lang)).orElse(levelId);
    }

    private static String text(LocalizedText text, Questionnaire q, String lang) {
        return text == null ? null : text.in(lang, q.defaultLanguage());
    }
}
