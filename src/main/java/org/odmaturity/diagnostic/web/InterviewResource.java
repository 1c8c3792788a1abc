package org.odmaturity.diagnostic.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.odmaturity.campaign.Campaign;
import org.odmaturity.campaign.CampaignService;
import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticOverview;
import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.diagnostic.StoredAnswer;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.i18n.Labels;
import org.odmaturity.i18n.ScoreTexts;
import org.odmaturity.organization.OrganizationService;
import org.odmaturity.plan.PlanPdfResource;
import org.odmaturity.plan.PlanService;
import org.odmaturity.plan.PreviousPlanReports;
import org.odmaturity.plan.followup.FollowUpService;
import org.odmaturity.plan.PlanTexts;
import org.odmaturity.plan.pdf.PlanPdfRenderer;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.AxisScore;
import org.odmaturity.scoring.Completeness;
import org.odmaturity.scoring.NodeScore;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;
import org.odmaturity.web.Formats;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;
import org.odmaturity.web.Views;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The facilitator's pages: the list of their diagnostics (admins: all), starting an interview, the one-page interview
 * (plain form posts, and JSON autosave for js/entretien.js), validation and the plan PDF. Rights are the services':
 * a facilitator reads and writes only the diagnostics assigned to them (others are "not found").
 */
@Path("/")
@RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
public class InterviewResource {

    private static final int ORG_MATCHES = 30;
    /** Diagnostics per page of the list. */
    static final int PAGE_SIZE = 50;
    /** Numbered page links shown on each side of the current page (the first and last are always shown). */
    private static final int PAGE_WINDOW = 2;

    @CheckedTemplate(basePath = "interview")
    static final class InterviewTemplates {
        private InterviewTemplates() {
        }

        static native TemplateInstance list(Views.Page page, InterviewViews.ListPage view);

        static native TemplateInstance interview(Views.Page page, InterviewViews.Interview view);
    }

    /** The one-time notices of the interview page ({@code ?ok=}). */
    enum Notice {
        CREE, ENREGISTRE, VALIDE;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Notice of(String key) {
            for (Notice notice : values()) {
                if (notice.key().equals(key)) {
                    return notice;
                }
            }
            return null;
        }
    }

    /** The list's filters, its page and the "start an interview" form, as posted or asked for. */
    record ListRequest(Long campaign, DiagnosticStatus status, String org, Long selectedOrg, Long selectedCampaign,
            int page) {
    }

    /** The autosave's answer: revisions, relevance, the "to review" list, the scores, errors and conflicts. */
    record Autosave(boolean saved, Map<String, Integer> revisions, List<String> notRelevant, List<String> answered,
            List<Unsure> unsure, String next, Map<String, Score> scores, Score overall,
            List<AnswerBatch.Message> errors, List<AnswerBatch.Conflict> conflicts) {
    }

    /** A question marked "to review", for the autosave's answer. */
    record Unsure(String question, String href, String text) {
    }

    /** A line of the score panel, for the autosave's answer. */
    record Score(String score, String level, String progress) {
    }

    @Inject
    DiagnosticService diagnostics;
    @Inject
    DiagnosticOverview overview;
    @Inject
    PlanService plans;
    @Inject
    FollowUpService followUps;
    @Inject
    PreviousPlanReports previousReports;
    @Inject
    PlanPdfRenderer renderer;
    @Inject
    OrganizationService organizations;
    @Inject
    CampaignService campaigns;
    @Inject
    PageContext context;
    @Inject
    ObjectMapper json;

    // --------------------------------------------------------------------------------------------------------- list

    @GET
    @Path("animation")
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("campagne") String campaign, @QueryParam("statut") String status,
            @QueryParam("org") String org, @QueryParam("page") String page) {
        Long pageNumber = parseId(page);
        ListRequest request = new ListRequest(parseId(campaign), status(status), org, null, null,
                pageNumber == null || pageNumber > Integer.MAX_VALUE ? 1 : pageNumber.intValue());
        return context.render(listPage(request, List.of(), null, null));
    }

    @POST
    @Path("animation/entretiens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response start(MultivaluedMap<String, String> form) {
        InterviewMsg m = msg();
        Actor actor = context.actor();
        ListRequest request = new ListRequest(null, null, form.getFirst("org"),
                parseId(form.getFirst("organizationId")), parseId(form.getFirst("campaignId")), 1);
        List<InterviewViews.Link> errors = new ArrayList<>();
        if (request.selectedOrg() == null) {
            String org = request.org();
            errors.add(new InterviewViews.Link(org == null || org.isBlank() ? "#org" : "#organizationId",
                    m.error_organization()));
        }
        if (request.selectedCampaign() == null) {
            errors.add(new InterviewViews.Link("#campaignId", m.error_campaign()));
        }
        if (!errors.isEmpty()) {
            return context.render(listPage(request, errors, null, null), 422);
        }
        try {
            DiagnosticService.State created = diagnostics.create(request.selectedOrg(), request.selectedCampaign(),
                    DiagnosticMode.INTERVIEW, actor.userId(), actor);
            return Response.seeOther(URI.create(DiagnosticPaths.interview(created.diagnostic().id,
                    Notice.CREE.key(), null))).build();
        } catch (InvalidInputException e) {
            for (Object error : e.errors()) {
                boolean campaign = error instanceof Map<?, ?> map && "campaignId".equals(map.get("field"));
                errors.add(campaign ? new InterviewViews.Link("#campaignId", m.error_campaign_refused())
                        : new InterviewViews.Link("#organizationId", m.error_organization()));
            }
            return context.render(listPage(request, errors, null, null), 422);
        } catch (ConflictException e) {
            Long existing = existingDiagnostic(e.current());
            boolean readable = existing != null && diagnostics.readable(existing, actor);
            errors.add(new InterviewViews.Link("#organizationId", readable ? m.error_exists()
                    : m.error_exists_other()));
            return context.render(listPage(request, errors, readable ? DiagnosticPaths.interview(existing) : null,
                    readable ? m.open_existing(existing) : null), 409);
        }
    }

    private TemplateInstance listPage(ListRequest request, List<InterviewViews.Link> errors, String existingHref,
            String existingText) {
        InterviewMsg m = msg();
        Actor actor = context.actor();
        Labels labels = Labels.of(context.lang());
        DiagnosticOverview.Listing listing = overview.listed(new DiagnosticOverview.ListQuery(request.campaign(),
                request.status(), request.page(), PAGE_SIZE), actor);
        List<InterviewViews.Row> rows = listing.items().stream()
                .map(d -> new InterviewViews.Row(d.id(), DiagnosticPaths.interview(d.id()), d.organization(),
                        campaignLabel(d.campaignName(), d.campaignYear()), labels.label("diagnostic.mode", d.mode()),
                        d.status().key(), labels.label("diagnostic.status", d.status()), d.answered(), d.relevant(),
                        d.score() == null ? null : Formats.decimal(context.locale(), d.score(), 1),
                        d.levelLabel() == null ? null : d.levelLabel().in(context.lang(), "fr"),
                        Formats.dateTime(context.locale(), d.updatedAt()),
                        d.facilitator() == null ? m.nobody() : d.facilitator()))
                .toList();
        List<Campaign> all = campaigns.list(null, null);
        List<InterviewViews.Option> campaignOptions = all.stream().map(c -> new InterviewViews.Option(
                String.valueOf(c.id), campaignLabel(c), c.id.equals(request.campaign()))).toList();
        List<InterviewViews.Option> statuses = List.of(DiagnosticStatus.values()).stream().map(s ->
                new InterviewViews.Option(s.key(), labels.label("diagnostic.status", s), s == request.status()))
                .toList();
        List<InterviewViews.Option> open = all.stream().filter(c -> c.status == CampaignStatus.OPEN)
                .map(c -> new InterviewViews.Option(String.valueOf(c.id), campaignLabel(c),
                        c.id.equals(request.selectedCampaign()))).toList();
        String query = request.org() == null ? null : request.org().strip();
        boolean searched = query != null && !query.isEmpty();
        List<InterviewViews.Option> matches = List.of();
        int total = 0;
        if (searched) {
            OrganizationService.Page found = organizations.search(query.length() > 200 ? query.substring(0, 200)
                    : query, null, null, 0, ORG_MATCHES);
            matches = found.items().stream().map(o -> new InterviewViews.Option(String.valueOf(o.id),
                    o.name + " – SIREN " + o.siren, o.id.equals(request.selectedOrg()))).toList();
            total = (int) Math.min(Integer.MAX_VALUE, found.total());
        }
        InterviewViews.ListPage view = new InterviewViews.ListPage(rows, pager(request, listing), actor.admin(),
                campaignOptions, statuses,
                query, searched, matches, total, open, context.csrfToken(), null, errors, existingHref,
                existingText);
        String title = (errors.isEmpty() ? "" : m.errors_title(errors.size()) + " – ")
                + (actor.admin() ? m.list_title_admin() : m.list_title());
        // the language switch of a refused "start" form leads to the list (the path is the POST-only one)
        Views.Page page = errors.isEmpty() ? context.page(title, Section.DIAGNOSTICS)
                : context.page(title, Section.DIAGNOSTICS, DiagnosticPaths.INTERVIEWS);
        return InterviewTemplates.list(page, view);
    }

    // ---------------------------------------------------------------------------------------------------- interview

    @GET
    @Path("animation/diagnostics/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response interview(@PathParam("id") long id, @QueryParam("ok") String ok) {
        DiagnosticService.State state = diagnostics.get(id, context.actor());
        return context.render(interviewPage(state, AnswerBatch.empty(), List.of(), flash(Notice.of(ok)), false));
    }

    @POST
    @Path("animation/diagnostics/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Actor actor = context.actor();
        DiagnosticService.State state = diagnostics.get(id, actor);
        Questionnaire questionnaire = state.questionnaire().questionnaire();
        AnswerBatch.Texts texts = texts();
        AnswerBatch.Submission submission = AnswerBatch.read(form, questionnaire.questions().toList(), state, true,
                texts, json);
        AnswerBatch.Outcome saved = state.diagnostic().status != DiagnosticStatus.DRAFT
                ? new AnswerBatch.Outcome(state, true)
                : AnswerBatch.save(diagnostics, id, actor, state, submission, texts, json);
        if (saved.frozen()) {
            return context.wantsJson() ? AnswerBatch.frozen(msg().frozen())
                    : Response.seeOther(URI.create(DiagnosticPaths.interview(id))).build();
        }
        if (context.wantsJson()) {
            return AnswerBatch.autosave(submission, autosave(saved.state(), submission));
        }
        if (submission.refused()) {
            return context.render(interviewPage(saved.state(), submission, List.of(), null, false),
                    submission.status());
        }
        String go = form.getFirst("go");
        boolean axis = go != null && questionnaire.axes().stream().anyMatch(a -> a.id().equals(go));
        return Response.seeOther(URI.create(DiagnosticPaths.interview(id, Notice.ENREGISTRE.key(),
                axis ? "axe-" + go : null))).build();
    }

    private Autosave autosave(DiagnosticService.State state, AnswerBatch.Submission submission) {
        Questionnaire q = state.questionnaire().questionnaire();
        String lang = context.lang();
        Set<String> notRelevant = new HashSet<>(state.score().notRelevant());
        List<String> answered = new ArrayList<>();
        List<Unsure> unsure = new ArrayList<>();
        String next = null;
        for (Question question : q.questions().toList()) {
            StoredAnswer a = state.answers().get(question.id());
            boolean relevant = !notRelevant.contains(question.id());
            String href = "#" + AnswerViews.htmlId(question);
            if (isAnswered(a)) {
                answered.add(question.id());
            } else if (relevant && next == null) {
                next = href;
            }
            if (a != null && a.unsure && relevant) {
                unsure.add(new Unsure(question.id(), href, AnswerViews.text(question.text(), q, lang)));
            }
        }
        InterviewMsg m = msg();
        Map<String, Score> scores = new LinkedHashMap<>();
        for (InterviewViews.AxisScore s : axisScores(state)) {
            scores.put(s.id(), new Score(s.score(), s.level(), m.progress_short(s.answered(), s.relevant())));
        }
        InterviewViews.AxisScore overall = overall(state);
        return new Autosave(!submission.refused(), AnswerBatch.revisions(state), state.score().notRelevant(),
                answered, unsure, next, scores, new Score(overall.score(), overall.level(),
                        m.progress_short(overall.answered(), overall.relevant())),
                AnswerBatch.errors(submission), AnswerBatch.conflicts(submission, state));
    }

    // ------------------------------------------------------------------------------------------- validation and PDF

    @POST
    @Path("animation/diagnostics/{id}/valider")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response validate(@PathParam("id") long id) {
        Actor actor = context.actor();
        DiagnosticService.State state = diagnostics.get(id, actor);
        try {
            if (state.diagnostic().status == DiagnosticStatus.DRAFT) {
                diagnostics.submit(id, ExpectedVersion.none(), actor);
            }
            diagnostics.validate(id, ExpectedVersion.none(), actor);
        } catch (InvalidInputException incomplete) {
            if ("pending-assessments".equals(incomplete.slug())) { // answers await the facilitator's points
                return Response.seeOther(URI.create(DiagnosticPaths.assessments(id, AssessmentPagesResource.PENDING)))
                        .build();
            }
            state = diagnostics.get(id, actor);
            return context.render(interviewPage(state, AnswerBatch.empty(), missingLinks(state), null, true), 422);
        } catch (ConflictException alreadyValidated) {
            return Response.seeOther(URI.create(DiagnosticPaths.interview(id))).build();
        }
        return Response.seeOther(URI.create(DiagnosticPaths.interview(id, Notice.VALIDE.key(), null))).build();
    }

    @GET
    @Path("animation/diagnostics/{id}/plan.pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String langParam,
            @QueryParam("notes") String notes) {
        String lang = langParam == null ? context.lang() : PlanTexts.reportLanguage(langParam);
        PlanService.PlanState plan = plans.get(id, false, context.actor());
        boolean withNotes = notes != null && (notes.equals("1") || notes.equalsIgnoreCase("true")
                || notes.equalsIgnoreCase("oui"));
        return PlanPdfResource.render(plan, lang, withNotes, renderer,
                report -> previousReports.withPrevious(report, id, context.actor()));
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private TemplateInstance interviewPage(DiagnosticService.State state, AnswerBatch.Submission shown,
            List<InterviewViews.Link> missing, String flash, boolean refused) {
        InterviewMsg m = msg();
        Labels labels = Labels.of(context.lang());
        Questions questions = questions(state, shown);
        List<InterviewViews.Link> errorLinks = new ArrayList<>(missing);
        errorLinks.addAll(questions.errors());
        long id = state.diagnostic().id;
        String lang = context.lang();
        InterviewViews.Interview view = new InterviewViews.Interview(id, state.organization().name,
                state.organization().siren, campaignLabel(state.campaign()), state.diagnostic().status.key(),
                labels.label("diagnostic.status", state.diagnostic().status),
                labels.label("diagnostic.mode", state.diagnostic().mode),
                state.facilitator() == null ? m.nobody() : state.facilitator().displayName,
                DiagnosticPaths.plan(id), DiagnosticPaths.links(id), DiagnosticPaths.interviewPdf(id, lang, false),
                DiagnosticPaths.interviewPdf(id, lang, true), DiagnosticPaths.interview(id),
                DiagnosticPaths.validate(id), context.csrfToken(),
                state.diagnostic().status != DiagnosticStatus.DRAFT,
                state.diagnostic().status == DiagnosticStatus.VALIDATED, questions.axes(), axisScores(state),
                overall(state), questions.unsure(), questions.next(), flash, errorLinks,
                !shown.conflicts().isEmpty(), refused, previousPlan(id), assessmentsHref(state),
                assessmentsLink(state));
        String title = (errorLinks.isEmpty() ? "" : m.errors_title(errorLinks.size()) + " – ")
                + m.interview_title(state.organization().name);
        // the language switch leads to this page (the path may be the POST-only …/valider)
        return InterviewTemplates.interview(context.page(title, Section.DIAGNOSTICS, DiagnosticPaths.interview(id)),
                view);
    }

    /** The scoring page, when the questionnaire has questions scored by the facilitator (issue 15 §6); else null. */
    private static String assessmentsHref(DiagnosticService.State state) {
        return state.questionnaire().questionnaire().questions().anyMatch(Question::facilitatorScored)
                ? DiagnosticPaths.assessments(state.diagnostic().id) : null;
    }

    private String assessmentsLink(DiagnosticService.State state) {
        return assessmentsHref(state) == null ? null : context.msg(AssessmentMsg.class).interview_link(
                state.score().pending().size(), DiagnosticService.scorable(state).size());
    }

    /** The organisation's previous plan and its follow-up, shown beside the questions; null when there is none. */
    private PreviousPlanView previousPlan(long id) {
        return followUps.previous(id, context.lang(), context.actor())
                .map(f -> PreviousPlanView.of(f, context.lang(), context.locale(),
                        DiagnosticPaths.followUp(f.diagnosticId())))
                .orElse(null);
    }

    /** The questions of the interview page, and what is gathered on the way (errors, "to review", next). */
    private record Questions(List<InterviewViews.Axis> axes, List<InterviewViews.Link> errors,
            List<InterviewViews.Link> unsure, String next) {
    }

    private Questions questions(DiagnosticService.State state, AnswerBatch.Submission shown) {
        AnswerViews.Form form = new AnswerViews.Form(state, shown, true, context.lang(), words(), json);
        List<InterviewViews.Axis> axes = form.questionnaire().axes().stream().map(axis -> new InterviewViews.Axis(
                axis.id(), form.text(axis.title()), axis.themes().stream().map(theme -> new InterviewViews.Theme(
                        form.text(theme.title()), theme.questions().stream().map(form::view).toList())).toList()))
                .toList();
        List<InterviewViews.Link> unsure = new ArrayList<>();
        String next = null;
        for (InterviewViews.Axis axis : axes) {
            for (InterviewViews.Theme theme : axis.themes()) {
                for (AnswerViews.QuestionView view : theme.questions()) {
                    if (view.relevant() && !view.answered() && next == null) {
                        next = "#" + view.htmlId();
                    }
                    if (view.relevant() && view.unsure()) {
                        unsure.add(new InterviewViews.Link("#" + view.htmlId(), view.text()));
                    }
                }
            }
        }
        List<InterviewViews.Link> errors = form.errors().stream()
                .map(e -> new InterviewViews.Link(e.href(), e.text())).toList();
        return new Questions(axes, errors, unsure, next);
    }

    private List<InterviewViews.Link> missingLinks(DiagnosticService.State state) {
        Questionnaire q = state.questionnaire().questionnaire();
        InterviewMsg m = msg();
        Set<String> notRelevant = new HashSet<>(state.score().notRelevant());
        List<InterviewViews.Link> links = new ArrayList<>();
        for (Question question : q.questions().toList()) {
            if (question.required() && !notRelevant.contains(question.id())
                    && !isAnswered(state.answers().get(question.id()))) {
                String id = AnswerViews.htmlId(question);
                String first = switch (question.type()) {
                    case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.options().isEmpty() ? id + "-value"
                            : id + "-" + question.options().get(0).id();
                    case YES_NO -> id + "-yes";
                    case SCALE -> id + "-" + question.scale().min();
                    default -> id + "-value";
                };
                links.add(new InterviewViews.Link("#" + first, m.missing(AnswerViews.text(question.text(), q,
                        context.lang()))));
            }
        }
        return links;
    }

    private List<InterviewViews.AxisScore> axisScores(DiagnosticService.State state) {
        Questionnaire q = state.questionnaire().questionnaire();
        List<InterviewViews.AxisScore> scores = new ArrayList<>();
        for (AxisScore score : state.score().axes()) {
            String title = q.axes().stream().filter(a -> a.id().equals(score.id())).findFirst()
                    .map(a -> AnswerViews.text(a.title(), q, context.lang())).orElse(score.id());
            scores.add(new InterviewViews.AxisScore(score.id(), title,
                    total(q, score.score(), score.points(), score.maxPoints()), level(q, score.level()),
                    score.completeness().answered(), score.completeness().relevant()));
        }
        return scores;
    }

    private InterviewViews.AxisScore overall(DiagnosticService.State state) {
        Questionnaire q = state.questionnaire().questionnaire();
        NodeScore overall = state.score().overall();
        Completeness c = state.score().completeness();
        return new InterviewViews.AxisScore("overall", msg().overall(),
                total(q, overall.score(), overall.points(), overall.maxPoints()),
                level(q, overall.level()), c.answered(), c.relevant());
    }

    private String level(Questionnaire q, String levelId) {
        if (levelId == null) {
            return "—";
        }
        return q.level(levelId).map(l -> AnswerViews.text(l.label(), q, context.lang())).orElse(levelId);
    }

    /** A node's total as the questionnaire reads it: "42,5", or "7,5 / 14 points" (docs/scoring.md, section 7). */
    private String total(Questionnaire q, Double score, Double points, Double maxPoints) {
        return score == null ? "—" : ScoreTexts.of(q, context.lang()).total(score, points, maxPoints);
    }

    private static boolean isAnswered(StoredAnswer a) {
        return a != null && (a.notApplicable || a.valueJson != null);
    }

    private AnswerBatch.Texts texts() {
        InterviewMsg m = msg();
        return new AnswerBatch.Texts(context.msg(Msg.class), m.error_number(), m.error_url(), words(), m::conflict,
                context.lang(), context.locale());
    }

    private AnswerForm.Words words() {
        InterviewMsg m = msg();
        return new AnswerForm.Words(m.yes(), m.no(), m.answer_empty(), m.answer_na());
    }

    private String flash(Notice notice) {
        if (notice == null) {
            return null;
        }
        InterviewMsg m = msg();
        return switch (notice) {
            case CREE -> m.flash_created();
            case ENREGISTRE -> m.flash_saved();
            case VALIDE -> m.flash_validated();
        };
    }

    private static DiagnosticStatus status(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        try {
            return DiagnosticStatus.fromKey(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The campaign's name, with its year unless the name says it already. */
    private static String campaignLabel(Campaign c) {
        return campaignLabel(c.name, c.year);
    }

    private static String campaignLabel(String name, int year) {
        return name.contains(String.valueOf(year)) ? name : name + " (" + year + ")";
    }

    /** The numbered links: the first and last pages, those near the current one, a gap wherever pages are skipped. */
    static List<InterviewViews.PageLink> pageLinks(int page, int pages, IntFunction<String> href) {
        List<InterviewViews.PageLink> links = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= PAGE_WINDOW) {
                if (n > last + 1) {
                    links.add(new InterviewViews.PageLink(0, null, false, true));
                }
                links.add(new InterviewViews.PageLink(n, href.apply(n), n == page, false));
                last = n;
            }
        }
        return links;
    }

    /** Previous, next and numbered links, keeping the filters. */
    private InterviewViews.Pager pager(ListRequest request, DiagnosticOverview.Listing listing) {
        int page = listing.page();
        int pages = listing.pages();
        String status = request.status() == null ? null : request.status().key();
        String org = request.org() == null ? null : request.org().strip();
        List<InterviewViews.PageLink> links = pageLinks(page, pages,
                n -> DiagnosticPaths.interviews(request.campaign(), status, org, n));
        long from = listing.total() == 0 ? 0 : (long) (page - 1) * listing.size() + 1;
        long to = Math.min(listing.total(), (long) page * listing.size());
        Locale locale = context.locale();
        return new InterviewViews.Pager(page, pages, Formats.decimal(locale, listing.total(), 0),
                Formats.decimal(locale, from, 0), Formats.decimal(locale, to, 0),
                page > 1 ? DiagnosticPaths.interviews(request.campaign(), status, org, page - 1) : null,
                page < pages ? DiagnosticPaths.interviews(request.campaign(), status, org, page + 1) : null, links);
    }

    /** The diagnostic the organisation already has in the campaign (the service's conflict names it). */
    private static Long existingDiagnostic(Object current) {
        if (current instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map && map.get("diagnosticId") instanceof Number n) {
                    return n.longValue();
                }
            }
        }
        return null;
    }

    private static Long parseId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(text.trim());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private InterviewMsg msg() {
        return context.msg(InterviewMsg.class);
    }
}
