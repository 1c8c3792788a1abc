package org.odmaturity.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
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

import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.diagnostic.StoredAnswer;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.plan.PlanReportAssembler;
import org.odmaturity.plan.PlanService;
import org.odmaturity.plan.PlanPdfResource;
import org.odmaturity.plan.pdf.PlanPdfRenderer;
import org.odmaturity.plan.pdf.PlanReport;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.AxisScore;
import org.odmaturity.web.RespondentSession.Session;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;

/**
 * The respondent's pages, opened from an invitation link: landing, one page per axis (plain form posts, and JSON
 * autosave for the script), review and submission, results with the plan and its PDF. Open at the JAX-RS level; each
 * method resolves the invitation cookie itself and acts as that link (never as an account).
 */
@Path("/")
@PermitAll
public class RespondentResource {

    static final String BASE = "/repondre";
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final int PLAN_ACTIONS_SHOWN = 10;

    private final DiagnosticService diagnostics;
    private final PlanService plans;
    private final PlanPdfRenderer renderer;
    private final RespondentSession sessions;
    private final ObjectMapper json;
    private final Msg fr;
    private final Msg en;
    private final StaffPages pages;

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    public RespondentResource(DiagnosticService diagnostics, PlanService plans, PlanPdfRenderer renderer,
            RespondentSession sessions, ObjectMapper json, Msg fr, @Localized("en") Msg en, StaffPages pages) {
        this.pages = pages;
        this.diagnostics = diagnostics;
        this.plans = plans;
        this.renderer = renderer;
        this.sessions = sessions;
        this.json = json;
        this.fr = fr;
        this.en = en;
    }

    // ------------------------------------------------------------------------------------------------ link, landing

    @GET
    @Path("i/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response open(@PathParam("token") String token, @QueryParam("lang") String langParam) {
        String lang = pages.lang(langParam, headers);
        if (sessions.resolve(token).isEmpty()) {
            return message("invalid", 404, lang, langParam);
        }
        return Response.seeOther(URI.create(BASE)).cookie(sessions.sessionCookie(token)).build();
    }

    @GET
    @Path("repondre")
    @Produces(MediaType.TEXT_HTML)
    public Response landing(@QueryParam("lang") String langParam) {
        String lang = pages.lang(langParam, headers);
        Optional<Session> session = session();
        if (session.isEmpty()) {
            return noSession(lang, langParam);
        }
        DiagnosticService.State state = diagnostics.get(session.get().diagnosticId(), session.get().actor());
        Questionnaire q = state.questionnaire().questionnaire();
        List<RespondentViews.AxisLink> axes = axisLinks(state, lang, null);
        int questions = (int) q.questions().count();
        boolean started = !state.answers().isEmpty();
        String start = state.diagnostic().status == DiagnosticStatus.DRAFT ? axes.get(0).href() : BASE + "/resultats";
        RespondentViews.Landing view = new RespondentViews.Landing(state.organization().name, state.campaign().name,
                state.campaign().year, state.facilitator() == null ? null : state.facilitator().displayName,
                Math.max(5, (int) Math.round(questions * 0.75)), text(q.title(), q, lang), text(q.description(), q,
                        lang), axes, start, started);
        return pages.html(Templates.landing(page(lang, msg(lang).landing_title(state.organization().name)), view), lang,
                langParam, 200);
    }

    // -------------------------------------------------------------------------------------------------------- axes

    @GET
    @Path("repondre/axes/{axisId}")
    @Produces(MediaType.TEXT_HTML)
    public Response axis(@PathParam("axisId") String axisId, @QueryParam("lang") String langParam,
            @QueryParam("enregistre") String saved) {
        String lang = pages.lang(langParam, headers);
        Optional<Session> session = session();
        if (session.isEmpty()) {
            return noSession(lang, langParam);
        }
        DiagnosticService.State state = diagnostics.get(session.get().diagnosticId(), session.get().actor());
        Optional<Axis> axis = axis(state, axisId);
        if (axis.isEmpty()) {
            return message("invalid", 404, lang, langParam);
        }
        return pages.html(axisPage(state, axis.get(), session.get(), lang, Map.of(), Map.of(), Map.of(), saved != null),
                lang, langParam, 200);
    }

    @POST
    @Path("repondre/axes/{axisId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response save(@PathParam("axisId") String axisId, @QueryParam("lang") String langParam,
            MultivaluedMap<String, String> form) {
        String lang = pages.lang(langParam, headers);
        boolean wantsJson = AnswerBatch.wantsJson(headers);
        Optional<Session> session = session();
        if (session.isEmpty()) {
            return noSession(lang, langParam);
        }
        Session s = session.get();
        DiagnosticService.State state = diagnostics.get(s.diagnosticId(), s.actor());
        Optional<Axis> found = axis(state, axisId);
        if (found.isEmpty()) {
            return message("invalid", 404, lang, langParam);
        }
        Axis axis = found.get();
        if (state.diagnostic().status != DiagnosticStatus.DRAFT) {
            return wantsJson ? AnswerBatch.frozen(msg(lang).frozen(), json)
                    : Response.seeOther(URI.create(BASE + "/resultats")).build();
        }
        Msg m = msg(lang);
        Map<String, AnswerForm> submitted = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        ArrayNode batch = json.createArrayNode();
        for (Question q : questions(axis)) {
            AnswerForm input = AnswerForm.fromForm(form, q);
            if (input == null) {
                continue;
            }
            submitted.put(q.id(), input);
            List<AnswerForm.Problem> problems = input.problems(q);
            if (!problems.isEmpty()) {
                errors.put(q.id(), problems.stream().map(p -> "number".equals(p.kind()) ? m.error_number()
                        : m.error_url()).reduce((a, b) -> a + " " + b).orElseThrow());
                continue;
            }
            AnswerForm stored = AnswerForm.fromStored(state.answers().get(q.id()), json);
            if (input.differsFrom(q, stored)) {
                batch.add(input.patch(q));
            }
        }
        Map<String, String> conflicts = new LinkedHashMap<>();
        if (errors.isEmpty() && !batch.isEmpty()) {
            AnswerBatch.Outcome saved = AnswerBatch.save(diagnostics, s.diagnosticId(), s.actor(), batch, state,
                    submitted, errors, conflicts, new AnswerBatch.Texts(m, words(m), m::conflict, lang), json);
            if (saved.frozen()) {
                return wantsJson ? AnswerBatch.frozen(m.frozen(), json)
                        : Response.seeOther(URI.create(BASE + "/resultats")).build();
            }
            state = saved.state();
        }
        if (wantsJson) {
            return autosaveAnswer(state, errors, conflicts, lang);
        }
        if (!errors.isEmpty() || !conflicts.isEmpty()) {
            return pages.html(axisPage(state, axis, s, lang, submitted, errors, conflicts, false), lang, langParam,
                    conflicts.isEmpty() ? 422 : 409);
        }
        String next = BASE + "/axes/" + axis.id() + "?enregistre=1";
        String go = form.getFirst("go");
        List<Axis> axes = state.questionnaire().questionnaire().axes();
        int index = axes.indexOf(axis);
        if ("next".equals(go)) {
            next = index + 1 < axes.size() ? BASE + "/axes/" + axes.get(index + 1).id() : BASE + "/relecture";
        } else if ("prev".equals(go) && index > 0) {
            next = BASE + "/axes/" + axes.get(index - 1).id();
        }
        return Response.seeOther(URI.create(next)).build();
    }

    private Response autosaveAnswer(DiagnosticService.State state, Map<String, String> errors,
            Map<String, String> conflicts, String lang) {
        ObjectNode answer = json.createObjectNode();
        answer.put("saved", errors.isEmpty() && conflicts.isEmpty());
        ObjectNode revisions = answer.putObject("revisions");
        state.answers().forEach((id, a) -> revisions.put(id, a.revision));
        ArrayNode notRelevant = answer.putArray("notRelevant");
        state.score().notRelevant().forEach(notRelevant::add);
        ObjectNode progress = answer.putObject("progress");
        for (AxisScore axis : state.score().axes()) {
            progress.put(axis.id(), msg(lang).progress(axis.completeness().answered(), axis.completeness().relevant()));
        }
        return AnswerBatch.autosave(answer, state, errors, conflicts, json);
    }

    // ------------------------------------------------------------------------------------------ review and submit

    @GET
    @Path("repondre/relecture")
    @Produces(MediaType.TEXT_HTML)
    public Response review(@QueryParam("lang") String langParam) {
        String lang = pages.lang(langParam, headers);
        Optional<Session> session = session();
        if (session.isEmpty()) {
            return noSession(lang, langParam);
        }
        DiagnosticService.State state = diagnostics.get(session.get().diagnosticId(), session.get().actor());
        return pages.html(reviewPage(state, session.get(), lang, false), lang, langParam, 200);
    }

    @POST
    @Path("repondre/soumettre")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@QueryParam("lang") String langParam, MultivaluedMap<String, String> form) {
        String lang = pages.lang(langParam, headers);
        Optional<Session> session = session();
        if (session.isEmpty()) {
            return noSession(lang, langParam);
        }
        Session s = session.get();
        try {
            diagnostics.submit(s.diagnosticId(), ExpectedVersion.none(), s.actor());
        } catch (InvalidInputException e) {
            DiagnosticService.State state = diagnostics.get(s.diagnosticId(), s.actor());
            return pages.html(reviewPage(state, s, lang, true), lang, langParam, 422);
        } catch (ConflictException alreadySubmitted) {
            // already sent (by a colleague, maybe): the results are what they want to see
        }
        return Response.seeOther(URI.create(BASE + "/resultats")).build();
    }

    private TemplateInstance reviewPage(DiagnosticService.State state, Session s, String lang, boolean refused) {
        Questionnaire q = state.questionnaire().questionnaire();
        Set<String> notRelevant = new HashSet<>(state.score().notRelevant());
        List<RespondentViews.Missing> missing = new ArrayList<>();
        for (Axis axis : q.axes()) {
            for (Question question : questions(axis)) {
                StoredAnswer a = state.answers().get(question.id());
                boolean answered = a != null && (a.notApplicable || a.valueJson != null);
                if (question.required() && !notRelevant.contains(question.id()) && !answered) {
                    missing.add(new RespondentViews.Missing(BASE + "/axes/" + axis.id() + "#" + htmlId(question),
                            text(axis.title(), q, lang), text(question.text(), q, lang)));
                }
            }
        }
        RespondentViews.Review view = new RespondentViews.Review(axisLinks(state, lang, null), missing, s.csrf(),
                state.diagnostic().status != DiagnosticStatus.DRAFT, refused);
        return Templates.review(page(lang, msg(lang).review_title()), view);
    }

    // ------------------------------------------------------------------------------------------------------ results

    @GET
    @Path("repondre/resultats")
    @Produces(MediaType.TEXT_HTML)
    public Response results(@QueryParam("lang") String langParam) {
        String lang = pages.lang(langParam, headers);
        Optional<Session> session = session();
        if (session.isEmpty()) {
            return noSession(lang, langParam);
        }
        PlanService.PlanState plan = plans.get(session.get().diagnosticId(), false, session.get().actor());
        PlanReport report = PlanReportAssembler.assemble(plan, lang, false, LocalDate.now(ZONE));
        Locale locale = Locale.forLanguageTag(lang);
        List<RespondentViews.AxisRow> axes = report.axes().stream().map(a -> new RespondentViews.AxisRow(a.id(), a.title(),
                score(a.score(), locale, lang), a.score() == null ? "0" : String.valueOf(a.score()),
                a.level() == null ? "—" : a.level(),
                a.strengths().stream().map(PlanReport.QuestionLine::text).toList(),
                a.weaknesses().stream().map(PlanReport.QuestionLine::text).toList())).toList();
        List<PlanReport.ActionRow> actions = report.actions().stream().limit(PLAN_ACTIONS_SHOWN).toList();
        RespondentViews.Results view = new RespondentViews.Results(report, score(report.overallScore(), locale, lang),
                plan.diagnostic().diagnostic().status == DiagnosticStatus.DRAFT, axes, actions,
                BASE + "/plan.pdf?lang=" + lang);
        return pages.html(Templates.results(page(lang, msg(lang).results_title()), view), lang, langParam,
                200);
    }

    @GET
    @Path("repondre/plan.pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response pdf(@QueryParam("lang") String langParam) {
        String lang = pages.lang(langParam, headers);
        Optional<Session> session = session();
        if (session.isEmpty()) {
            return noSession(lang, langParam);
        }
        PlanService.PlanState plan = plans.get(session.get().diagnosticId(), false, session.get().actor());
        return PlanPdfResource.render(plan, lang, false, renderer);
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private TemplateInstance axisPage(DiagnosticService.State state, Axis axis, Session s, String lang,
            Map<String, AnswerForm> inputs, Map<String, String> errors, Map<String, String> conflicts,
            boolean saved) {
        Questionnaire q = state.questionnaire().questionnaire();
        Set<String> notRelevant = new HashSet<>(state.score().notRelevant());
        Msg m = msg(lang);
        List<RespondentViews.Theme> themes = new ArrayList<>();
        List<Views.ErrorLink> errorLinks = new ArrayList<>();
        for (var theme : axis.themes()) {
            List<RespondentViews.Question> questions = new ArrayList<>();
            for (Question question : theme.questions()) {
                AnswerForm input = inputs.getOrDefault(question.id(),
                        AnswerForm.fromStored(state.answers().get(question.id()), json));
                RespondentViews.Question view = questionView(question, q, input, !notRelevant.contains(question.id()),
                        errors.get(question.id()), conflicts.get(question.id()), lang);
                questions.add(view);
                if (view.error() != null) {
                    errorLinks.add(new Views.ErrorLink("#" + view.firstControl(), view.text() + " : " + view.error()));
                }
                if (view.conflict() != null) {
                    errorLinks.add(new Views.ErrorLink("#" + view.firstControl(), view.text() + " : "
                            + view.conflict()));
                }
            }
            themes.add(new RespondentViews.Theme(text(theme.title(), q, lang), text(theme.description(), q, lang), questions));
        }
        List<Axis> axes = q.axes();
        int index = axes.indexOf(axis);
        String prev = index > 0 ? BASE + "/axes/" + axes.get(index - 1).id() : null;
        String next = index + 1 < axes.size() ? BASE + "/axes/" + axes.get(index + 1).id() : null;
        String title = text(axis.title(), q, lang);
        RespondentViews.AxisPage view = new RespondentViews.AxisPage(axis.id(), title, text(axis.description(), q, lang), index + 1,
                axes.size(), axisLinks(state, lang, axis.id()), themes, s.csrf(), BASE + "/axes/" + axis.id(), prev,
                next, saved, state.diagnostic().status != DiagnosticStatus.DRAFT, errorLinks, !conflicts.isEmpty());
        String pageTitle = (errorLinks.isEmpty() ? "" : m.errors_title(errorLinks.size()) + " – ") + title + " – "
                + m.axis_of(index + 1, axes.size());
        return Templates.axis(page(lang, pageTitle), view);
    }

    private RespondentViews.Question questionView(Question question, Questionnaire q, AnswerForm input, boolean relevant,
            String error, String conflict, String lang) {
        String id = htmlId(question);
        Msg m = msg(lang);
        List<RespondentViews.Choice> choices = new ArrayList<>();
        switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                for (Option o : question.options()) {
                    choices.add(new RespondentViews.Choice(id + "-" + o.id(), o.id(), text(o.label(), q, lang), input.has(o.id())));
                }
            }
            case YES_NO -> {
                choices.add(new RespondentViews.Choice(id + "-yes", "true", m.yes(), input.has("true")));
                choices.add(new RespondentViews.Choice(id + "-no", "false", m.no(), input.has("false")));
            }
            case SCALE -> {
                for (int v = question.scale().min(); v <= question.scale().max(); v++) {
                    LocalizedText label = question.scale().labels().get(v);
                    String text = label == null ? String.valueOf(v) : v + " – " + text(label, q, lang);
                    choices.add(new RespondentViews.Choice(id + "-" + v, String.valueOf(v), text, input.has(String.valueOf(v))));
                }
            }
            default -> {
            }
        }
        String unit = question.type() == QuestionType.NUMBER && question.number() != null
                && question.number().unit() != null && !question.number().unit().isEmpty()
                        ? text(question.number().unit(), q, lang) : null;
        String help = question.help() == null || question.help().isEmpty() ? null : text(question.help(), q, lang);
        return new RespondentViews.Question(question.id(), id, question.type().key(), text(question.text(), q, lang), help,
                question.required(), relevant, question.notApplicableAllowed(), question.commentInvited(),
                question.evidenceInvited(), choices, input.values().isEmpty() ? null : String.join("\n",
                        input.values()), unit, input.na(), input.unsure(), input.comment(), input.evidence(),
                input.revision() == null ? 0 : input.revision(), error, conflict);
    }

    private static AnswerForm.Words words(Msg m) {
        return new AnswerForm.Words(m.yes(), m.no(), m.answer_empty(), m.answer_na());
    }

    private List<RespondentViews.AxisLink> axisLinks(DiagnosticService.State state, String lang, String current) {
        Questionnaire q = state.questionnaire().questionnaire();
        Map<String, AxisScore> scores = new HashMap<>();
        state.score().axes().forEach(a -> scores.put(a.id(), a));
        return q.axes().stream().map(a -> {
            AxisScore score = scores.get(a.id());
            return new RespondentViews.AxisLink(a.id(), text(a.title(), q, lang), BASE + "/axes/" + a.id(),
                    score.completeness().answered(), score.completeness().relevant(), a.id().equals(current));
        }).toList();
    }

    private static Optional<Axis> axis(DiagnosticService.State state, String axisId) {
        return state.questionnaire().questionnaire().axes().stream().filter(a -> a.id().equals(axisId)).findFirst();
    }

    private static List<Question> questions(Axis axis) {
        return axis.themes().stream().flatMap(t -> t.questions().stream()).toList();
    }

    static String htmlId(Question q) {
        return "q-" + q.id().replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static String text(LocalizedText text, Questionnaire q, String lang) {
        return text == null || text.isEmpty() ? null : text.in(lang, q.defaultLanguage());
    }

    private static String score(Double score, Locale locale, String lang) {
        return score == null ? null : String.format(locale, "%.1f", score);
    }

    private Optional<Session> session() {
        Cookie cookie = headers.getCookies().get(RespondentSession.COOKIE);
        return cookie == null ? Optional.empty() : sessions.resolve(cookie.getValue());
    }

    private Response noSession(String lang, String langParam) {
        boolean none = headers.getCookies().get(RespondentSession.COOKIE) == null;
        return message("invalid", none ? 401 : 404, lang, langParam);
    }


    private Response message(String kind, int status, String lang, String langParam) {
        Msg m = msg(lang);
        String title = "invalid".equals(kind) ? m.invalid_title() : m.forbidden_title();
        // the language switch leads to the landing page (the path may be a POST-only one, or hold a token)
        Views.Page page = new Views.Page(lang, BASE, title);
        return pages.html(Templates.message(page, kind), lang, langParam, status);
    }

    private Views.Page page(String lang, String title) {
        return new Views.Page(lang, uriInfo.getPath(), title);
    }

    private Msg msg(String lang) {
        return "en".equals(lang) ? en : fr;
    }

}
