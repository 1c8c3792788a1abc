package org.odmaturity.diagnostic.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.odmaturity.i18n.Labels;
import org.odmaturity.plan.followup.FollowUpStatus;
import org.odmaturity.plan.followup.FollowUps;
import org.odmaturity.web.Formats;

/**
 * The organisation's previous plan as the interview page and the respondent's landing page show it (texts of the
 * {@code fup} bundle in the templates): its actions with their follow-up, and the one of each question.
 *
 * @param href where it is followed up
 */
public record PreviousPlanView(int year, String campaign, String href, int done, int inProgress, int todo,
        int abandoned, List<Action> actions, Map<String, Action> byQuestion) {

    /** One action of the previous plan: its text, status (label and key), since when, its note. */
    public record Action(String key, String questionId, String text, String status, String statusKey, String date,
            String note) {
    }

    /** The note beside a question, or null when the previous plan had no action for it. */
    public Action note(String questionId) {
        return byQuestion.get(questionId);
    }

    public static PreviousPlanView of(FollowUps f, String lang, Locale locale, String href) {
        Labels labels = Labels.of(lang);
        List<Action> actions = f.actions().stream().map(a -> new Action(a.key(), a.questionId(), a.text(),
                labels.label("followup.status", a.status()), a.status().key(),
                Formats.date(locale, a.statusDate()), a.note())).toList();
        Map<String, Action> byQuestion = actions.stream().filter(a -> a.questionId() != null)
                .collect(Collectors.toMap(Action::questionId, Function.identity(), (x, y) -> x));
        Map<FollowUpStatus, Integer> counts = f.counts();
        return new PreviousPlanView(f.year(), f.campaign(), href, counts.get(FollowUpStatus.DONE),
                counts.get(FollowUpStatus.IN_PROGRESS), counts.get(FollowUpStatus.TODO),
                counts.get(FollowUpStatus.ABANDONED), actions, byQuestion);
    }
}
