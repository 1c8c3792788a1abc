package org.odmaturity.diagnostic.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.diagnostic.MatrixAnswers;
import org.odmaturity.diagnostic.StoredAnswer;
import org.odmaturity.diagnostic.web.RespondentSession.Session;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.i18n.ScoreTexts;
import org.odmaturity.plan.PlanPdfResource;
import org.odmaturity.plan.PlanReportAssembler;
import org.odmaturity.plan.PlanService;
import org.odmaturity.plan.PreviousPlanReports;
import org.odmaturity.plan.followup.FollowUpService;
import org.odmaturity.plan.pdf.PlanPdfRenderer;
import org.odmaturity.plan.pdf.PlanReport;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.AxisScore;
import org.odmaturity.web.Formats;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.Views;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.TemplateInstance;

/**
 * The respondent's pages, opened from an invitation link: landing, one page per axis (plain form posts, and JSON
 * autosave for the script), review and submission, results with the plan and its PDF. Open at the JAX-RS level; each
 * method resolves the invitation cookie itself and acts as that link (never as an account).
 */
@Path("/")
@PermitAll
public class RespondentResource {

    private static final int PLAN_ACTIONS_SHOWN = 10;

    @Inject
    RespondentSession sessions;
    @Inject
    DiagnosticService diagnostics;
    @Inject
    PageContext context;
    @Inject
    PlanService plans;
    @Inject
    FollowUpService followUps;
    @Inject
    PreviousPlanReports previousReports;
    @Inject
    ObjectMapper json;
    @Inject
    PlanPdfRenderer renderer;
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    /** The autosave's answer: revisions, relevance and progress per axis, and the save's errors and conflicts. */
    record Autosave(boolean saved, Map<String, Integer> revisions, List<String> notRelevant,
            Map<String, String> progress, List<AnswerBatch.Message> errors, List<AnswerBatch.Conflict> conflicts) {
    }

    // ------------------------------------------------------------------------------------------------ link, landing

    @GET
    @Path("i/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response open(@PathParam("token") String token) {
        if (sessions.resolve(token).isEmpty()) {
            return invalid(404);
        }
        return Response.seeOther(URI.create(DiagnosticPaths.RESPONDENT)).cookie(sessions.sessionCookie(token)).build();
    }

    @GET
    @Path("repondre")
    @Produces(MediaType.TEXT_HTML)
    public Response landing() {
        return answering(s -> landing(state(s), s));
    }

    private Response landing(DiagnosticService.State state, Session s) {
        Questionnaire q = state.questionnaire().questionnaire();
        String lang = context.lang();
        List<RespondentViews.AxisLink> axes = axisLinks(state, null);
        PreviousPlanView previous = followUps.previous(state.diagnostic().id, lang, s.actor())
                .map(f -> PreviousPlanView.of(f, lang, context.locale(), DiagnosticPaths.respondentFollowUp()))
                .orElse(null);
        int questions = (int) q.questions().count();
        String start = state.diagnostic().status == DiagnosticStatus.DRAFT ? axes.get(0).href()
                : DiagnosticPaths.results();
        RespondentViews.Landing view = new RespondentViews.Landing(state.organization().name, state.campaign().name,
                state.campaign().year, state.facilitator() == null ? null : state.facilitator().displayName,
                Math.max(5, (int) Math.round(questions * 0.75)), AnswerViews.text(q.title(), q, lang),
                AnswerViews.text(q.description(), q, lang), axes, start, !state.answers().isEmpty(), previous,
                previous != null || state.diagnostic().status == DiagnosticStatus.VALIDATED
                        ? DiagnosticPaths.respondentFollowUp() : null);
        return context.render(Templates.landing(page(msg().landing_title(state.organization().name)), view));
    }

    // -------------------------------------------------------------------------------------------------------- axes

    @GET
    @Path("repondre/axes/{axisId}")
    @Produces(MediaType.TEXT_HTML)
    public Response axis(@PathParam("axisId") String axisId, @QueryParam("enregistre") String saved) {
        return answering(s -> {
            DiagnosticService.State state = state(s);
            return axis(state, axisId).map(axis -> context.render(axisPage(state, axis, s, AnswerBatch.empty(),
                    saved != null))).orElseGet(() -> invalid(404));
        });
    }

    @POST
    @Path("repondre/axes/{axisId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response save(@PathParam("axisId") String axisId, MultivaluedMap<String, String> form) {
        return answering(s -> {
            DiagnosticService.State state = state(s);
            return axis(state, axisId).map(axis -> save(s, state, axis, form)).orElseGet(() -> invalid(404));
        });
    }

    private Response save(Session s, DiagnosticService.State state, Axis axis, MultivaluedMap<String, String> form) {
        AnswerBatch.Texts texts = texts();
        AnswerBatch.Submission submission = AnswerBatch.read(form, AnswerViews.questions(axis), state, false,
                texts, json);
        AnswerBatch.Outcome saved = state.diagnostic().status != DiagnosticStatus.DRAFT
                ? new AnswerBatch.Outcome(state, true)
                : AnswerBatch.save(diagnostics, s.diagnosticId(), s.actor(), state, submission, texts, json);
        if (saved.frozen()) {
            return context.wantsJson() ? AnswerBatch.frozen(msg().frozen())
                    : Response.seeOther(URI.create(DiagnosticPaths.results())).build();
        }
        if (context.wantsJson()) {
            return AnswerBatch.autosave(submission, autosave(saved.state(), submission));
        }
        if (submission.refused()) {
            return context.render(axisPage(saved.state(), axis, s, submission, false), submission.status());
        }
        return Response.seeOther(URI.create(next(state, axis, form.getFirst("go")))).build();
    }

    /** Where a saved axis page leads: the next or previous axis (then the review), else itself with a notice. */
    private static String next(DiagnosticService.State state, Axis axis, String go) {
        List<Axis> axes = state.questionnaire().questionnaire().axes();
        int index = axes.indexOf(axis);
        if ("next".equals(go)) {
            return index + 1 < axes.size() ? DiagnosticPaths.axis(axes.get(index + 1).id()) : DiagnosticPaths.review();
        }
        if ("prev".equals(go) && index > 0) {
            return DiagnosticPaths.axis(axes.get(index - 1).id());
        }
        return DiagnosticPaths.axisSaved(axis.id());
    }

    private Autosave autosave(DiagnosticService.State state, AnswerBatch.Submission submission) {
        Map<String, String> progress = new java.util.LinkedHashMap<>();
        for (AxisScore axis : state.score().axes()) {
            progress.put(axis.id(), msg().progress(axis.completeness().answered(), axis.completeness().relevant()));
        }
        return new Autosave(!submission.refused(), AnswerBatch.revisions(state), state.score().notRelevant(),
                progress, AnswerBatch.errors(submission), AnswerBatch.conflicts(submission, state));
    }

    // ------------------------------------------------------------------------------------------ review and submit

    @GET
    @Path("repondre/relecture")
    @Produces(MediaType.TEXT_HTML)
    public Response review() {
        return answering(s -> context.render(reviewPage(state(s), s, false)));
    }

    @POST
    @Path("repondre/soumettre")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit() {
        return answering(s -> {
            try {
                diagnostics.submit(s.diagnosticId(), ExpectedVersion.none(), s.actor());
            } catch (InvalidInputException e) {
                return context.render(reviewPage(state(s), s, true), 422);
            } catch (ConflictException alreadySubmitted) {
                // already sent (by a colleague, maybe): the results are what they want to see
            }
            return Response.seeOther(URI.create(DiagnosticPaths.results())).build();
        });
    }

    private TemplateInstance reviewPage(DiagnosticService.State state, Session s, boolean refused) {
        Questionnaire q = state.questionnaire().questionnaire();
        String lang = context.lang();
        Set<String> notRelevant = new HashSet<>(state.score().notRelevant());
        List<RespondentViews.Missing> missing = new ArrayList<>();
        for (Axis axis : q.axes()) {
            for (Question question : AnswerViews.questions(axis)) {
                StoredAnswer a = state.answers().get(question.id());
                boolean answered = a != null && (a.notApplicable
                        || a.valueJson != null && MatrixAnswers.complete(question, a.valueJson)); // a matrix: all rows
                if (question.required() && !notRelevant.contains(question.id()) && !answered) {
                    missing.add(new RespondentViews.Missing(DiagnosticPaths.question(axis.id(),
                            AnswerViews.htmlId(question)), AnswerViews.text(axis.title(), q, lang),
                            AnswerViews.text(question.text(), q, lang)));
                }
            }
        }
        RespondentViews.Review view = new RespondentViews.Review(axisLinks(state, null), missing, context.csrfToken(),
                state.diagnostic().status != DiagnosticStatus.DRAFT, refused);
        return Templates.review(page(msg().review_title()), view);
    }

    // ------------------------------------------------------------------------------------------------------ results

    @GET
    @Path("repondre/resultats")
    @Produces(MediaType.TEXT_HTML)
    public Response results() {
        return answering(s -> results(plans.get(s.diagnosticId(), false, s.actor())));
    }

    private Response results(PlanService.PlanState plan) {
        String lang = context.lang();
        PlanReport report = PlanReportAssembler.assemble(plan, lang, false, LocalDate.now(Formats.PARIS));
        List<RespondentViews.AxisRow> axes = report.axes().stream().map(a -> new RespondentViews.AxisRow(a.id(),
                a.title(), a.scoreText(),
                a.score() == null ? "0" : String.valueOf(a.score()), a.level() == null ? "—" : a.level(),
                a.strengths().stream().map(PlanReport.QuestionLine::text).toList(),
                a.weaknesses().stream().map(PlanReport.QuestionLine::text).toList())).toList();
        List<PlanReport.ActionRow> actions = report.actions().stream().limit(PLAN_ACTIONS_SHOWN).toList();
        RespondentViews.Results view = new RespondentViews.Results(report, report.overallScoreText(),
                plan.diagnostic().diagnostic().status == DiagnosticStatus.DRAFT, axes, actions,
                DiagnosticPaths.respondentPdf(lang),
                ScoreTexts.of(plan.diagnostic().questionnaire().questionnaire(), lang).inPoints(),
                report.overallOutOf(), plan.diagnostic().score().pending().size());
        return context.render(Templates.results(page(msg().results_title()), view));
    }

    @GET
    @Path("repondre/plan.pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response pdf() {
        return answering(s -> PlanPdfResource.render(plans.get(s.diagnosticId(), false, s.actor()), context.lang(),
                false, renderer, report -> previousReports.withPrevious(report, s.diagnosticId(), s.actor())));
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private TemplateInstance axisPage(DiagnosticService.State state, Axis axis, Session s,
            AnswerBatch.Submission shown, boolean saved) {
        AnswerViews.Form form = new AnswerViews.Form(state, shown, false, context.lang(), words(), json);
        List<RespondentViews.Theme> themes = axis.themes().stream().map(theme -> new RespondentViews.Theme(
                form.text(theme.title()), form.text(theme.description()),
                theme.questions().stream().map(form::view).toList())).toList();
        List<Views.ErrorLink> errorLinks = form.errors();
        List<Axis> axes = form.questionnaire().axes();
        int index = axes.indexOf(axis);
        String prev = index > 0 ? DiagnosticPaths.axis(axes.get(index - 1).id()) : null;
        String next = index + 1 < axes.size() ? DiagnosticPaths.axis(axes.get(index + 1).id()) : null;
        String title = form.text(axis.title());
        RespondentViews.AxisPage view = new RespondentViews.AxisPage(axis.id(), title,
                form.text(axis.description()), index + 1, axes.size(), axisLinks(state, axis.id()),
                themes, context.csrfToken(), DiagnosticPaths.axis(axis.id()), prev, next, saved,
                state.diagnostic().status != DiagnosticStatus.DRAFT, errorLinks, !shown.conflicts().isEmpty());
        Msg m = msg();
        String pageTitle = (errorLinks.isEmpty() ? "" : m.errors_title(errorLinks.size()) + " – ") + title + " – "
                + m.axis_of(index + 1, axes.size());
        return Templates.axis(page(pageTitle), view);
    }

    private List<RespondentViews.AxisLink> axisLinks(DiagnosticService.State state, String current) {
        Questionnaire q = state.questionnaire().questionnaire();
        Map<String, AxisScore> scores = new java.util.HashMap<>();
        state.score().axes().forEach(a -> scores.put(a.id(), a));
        return q.axes().stream().map(a -> {
            AxisScore score = scores.get(a.id());
            return new RespondentViews.AxisLink(a.id(), AnswerViews.text(a.title(), q, context.lang()),
                    DiagnosticPaths.axis(a.id()), score.completeness().answered(), score.completeness().relevant(),
                    a.id().equals(current));
        }).toList();
    }

    private static Optional<Axis> axis(DiagnosticService.State state, String axisId) {
        return state.questionnaire().questionnaire().axes().stream().filter(a -> a.id().equals(axisId)).findFirst();
    }

    private AnswerBatch.Texts texts() {
        Msg m = msg();
        return new AnswerBatch.Texts(m, m.error_number(), m.error_url(), words(), m::conflict, context.lang(),
                context.locale());
    }

    private AnswerForm.Words words() {
        Msg m = msg();
        return new AnswerForm.Words(m.yes(), m.no(), m.answer_empty(), m.answer_na());
    }

    /** The page of the visitor's invitation link; without a valid link, the "invalid link" page. */
    private Response answering(Function<Session, Response> page) {
        Optional<Session> session = session();
        return session.isEmpty() ? noSession() : page.apply(session.get());
    }

    private DiagnosticService.State state(Session s) {
        return diagnostics.get(s.diagnosticId(), s.actor());
    }

    private Optional<Session> session() {
        Cookie cookie = headers.getCookies().get(RespondentSession.COOKIE);
        return cookie == null ? Optional.empty() : sessions.resolve(cookie.getValue());
    }

    /** No link: 401 without the cookie, 404 when its link is unknown, revoked or expired. */
    private Response noSession() {
        return invalid(headers.getCookies().get(RespondentSession.COOKIE) == null ? 401 : 404);
    }

    /** The "invalid link" page; its language switch leads to the landing page (the path may hold a token). */
    private Response invalid(int status) {
        Views.Page page = new Views.Page(context.lang(), DiagnosticPaths.RESPONDENT, msg().invalid_title());
        return context.render(Templates.message(page, "invalid"), status);
    }

    /** The frame of a respondent page (no account block), its language switch leading to the same path. */
    private Views.Page page(String title) {
        return new Views.Page(context.lang(), uriInfo.getPath(), title);
    }

    private Msg msg() {
        return context.msg(Msg.class);
    }
}
