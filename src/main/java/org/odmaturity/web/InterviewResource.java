package org.odmaturity.web;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.campaign.Campaign;
import org.odmaturity.campaign.CampaignService;
import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.diagnostic.StoredAnswer;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.organization.OrganizationService;
import org.odmaturity.plan.PlanPdfResource;
import org.odmaturity.plan.PlanService;
import org.odmaturity.plan.PlanTexts;
import org.odmaturity.plan.pdf.PlanPdfRenderer;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.AxisScore;
import org.odmaturity.scoring.Completeness;
import org.odmaturity.scoring.NodeScore;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The facilitator's pages: the list of their diagnostics (admins: all), starting an interview, the one-page interview
 * (plain form posts, and JSON autosave for js/entretien.js), validation and the plan PDF. Rights are the services':
 * a facilitator reads and writes only the diagnostics assigned to them (others are "not found").
 */
@Path("/")
@RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
public class InterviewResource {

    static final String BASE = "/animation";
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final int ORG_MATCHES = 30;

    @CheckedTemplate(basePath = "interview")
    static final class InterviewTemplates {
        private InterviewTemplates() {
        }

        static native TemplateInstance list(Views.Page page, InterviewViews.ListPage view);

        static native TemplateInstance interview(Views.Page page, InterviewViews.Interview view);
    }

    private final DiagnosticService diagnostics;
    private final PlanService plans;
    private final PlanPdfRenderer renderer;
    private final OrganizationService organizations;
    private final CampaignService campaigns;
    private final StaffPages pages;
    private final ObjectMapper json;
    private final InterviewMsg fr;
    private final InterviewMsg en;
    private final Msg answersFr;
    private final Msg answersEn;

    @Inject
    SecurityIdentity identity;
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    public InterviewResource(DiagnosticService diagnostics, PlanService plans, PlanPdfRenderer renderer,
            OrganizationService organizations, CampaignService campaigns, StaffPages pages, ObjectMapper json,
            InterviewMsg fr, @Localized("en") InterviewMsg en, Msg answersFr, @Localized("en") Msg answersEn) {
        this.diagnostics = diagnostics;
        this.plans = plans;
        this.renderer = renderer;
        this.organizations = organizations;
        this.campaigns = campaigns;
        this.pages = pages;
        this.json = json;
        this.fr = fr;
        this.en = en;
        this.answersFr = answersFr;
        this.answersEn = answersEn;
    }

    // --------------------------------------------------------------------------------------------------------- list

    @GET
    @Path("animation")
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("lang") String langParam, @QueryParam("campagne") String campaign,
            @QueryParam("statut") String status, @QueryParam("org") String org) {
        String lang = pages.lang(langParam, headers);
        return pages.html(listPage(lang, parseId(campaign), status(status), org, null, null, null, List.of(),
                null, null), lang, langParam, 200);
    }

    @POST
    @Path("animation/entretiens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response start(@QueryParam("lang") String langParam, MultivaluedMap<String, String> form) {
        String lang = pages.lang(langParam, headers);
        InterviewMsg m = msg(lang);
        Actor actor = Actor.of(identity);
        Long organizationId = parseId(form.getFirst("organizationId"));
        Long campaignId = parseId(form.getFirst("campaignId"));
        String org = form.getFirst("org");
        List<InterviewViews.Link> errors = new ArrayList<>();
        if (organizationId == null) {
            errors.add(new InterviewViews.Link(org == null || org.isBlank() ? "#org" : "#organizationId",
                    m.error_organization()));
        }
        if (campaignId == null) {
            errors.add(new InterviewViews.Link("#campaignId", m.error_campaign()));
        }
        if (errors.isEmpty()) {
            try {
                DiagnosticService.State created = diagnostics.create(organizationId, campaignId,
                        DiagnosticMode.INTERVIEW, actor.userId(), actor);
                return Response.seeOther(URI.create(BASE + "/diagnostics/" + created.diagnostic().id + "?ok=cree"))
                        .build();
            } catch (InvalidInputException e) {
                for (Object error : e.errors()) {
                    if (error instanceof Map<?, ?> map) {
                        String field = String.valueOf(map.get("field"));
                        errors.add(new InterviewViews.Link("campaignId".equals(field) ? "#campaignId"
                                : "#organizationId", "campaignId".equals(field) ? m.error_campaign_refused()
                                        : m.error_organization()));
                    }
                }
            } catch (ConflictException e) {
                Long existing = existingDiagnostic(e.current());
                String href = existing == null ? null : BASE + "/diagnostics/" + existing;
                boolean readable = existing != null && canRead(existing, actor);
                errors.add(new InterviewViews.Link("#organizationId", readable ? m.error_exists()
                        : m.error_exists_other()));
                return pages.html(listPage(lang, null, null, org, organizationId, campaignId, null, errors,
                        readable ? href : null, readable ? m.open_existing(existing) : null), lang, langParam, 409);
            }
        }
        return pages.html(listPage(lang, null, null, org, organizationId, campaignId, null, errors, null, null),
                lang, langParam, 422);
    }

    private TemplateInstance listPage(String lang, Long campaignFilter, DiagnosticStatus statusFilter, String org,
            Long selectedOrg, Long selectedCampaign, String flash, List<InterviewViews.Link> errors,
            String existingHref, String existingText) {
        InterviewMsg m = msg(lang);
        Actor actor = Actor.of(identity);
        DateTimeFormatter when = DateTimeFormatter.ofPattern("en".equals(lang) ? "yyyy-MM-dd HH:mm"
                : "dd/MM/yyyy HH:mm", Locale.forLanguageTag(lang)).withZone(ZONE);
        List<InterviewViews.Row> rows = diagnostics.list(campaignFilter, null, statusFilter, actor).stream()
                .map(s -> new InterviewViews.Row(s.diagnostic().id, BASE + "/diagnostics/" + s.diagnostic().id,
                        s.organization().name, campaignLabel(s.campaign()),
                        mode(s.diagnostic().mode, m), s.diagnostic().status.key(), status(s.diagnostic().status, m),
                        s.score().completeness().answered(), s.score().completeness().relevant(),
                        when.format(s.diagnostic().updatedAt),
                        s.facilitator() == null ? m.nobody() : s.facilitator().displayName))
                .toList();
        List<Campaign> all = campaigns.list(null, null);
        List<InterviewViews.Option> campaignOptions = all.stream().map(c -> new InterviewViews.Option(
                String.valueOf(c.id), campaignLabel(c), c.id.equals(campaignFilter))).toList();
        List<InterviewViews.Option> statuses = List.of(DiagnosticStatus.values()).stream().map(s ->
                new InterviewViews.Option(s.key(), status(s, m), s == statusFilter)).toList();
        List<InterviewViews.Option> open = all.stream().filter(c -> c.status == CampaignStatus.OPEN)
                .map(c -> new InterviewViews.Option(String.valueOf(c.id), campaignLabel(c),
                        c.id.equals(selectedCampaign))).toList();
        String query = org == null ? null : org.strip();
        boolean searched = query != null && !query.isEmpty();
        List<InterviewViews.Option> matches = List.of();
        int total = 0;
        if (searched) {
            OrganizationService.Page found = organizations.search(query.length() > 200 ? query.substring(0, 200)
                    : query, null, null, 0, ORG_MATCHES);
            matches = found.items().stream().map(o -> new InterviewViews.Option(String.valueOf(o.id),
                    o.name + " – SIREN " + o.siren, o.id.equals(selectedOrg))).toList();
            total = (int) Math.min(Integer.MAX_VALUE, found.total());
        }
        InterviewViews.ListPage view = new InterviewViews.ListPage(rows, actor.admin(), campaignOptions, statuses,
                query, searched, matches, total, open, pages.csrfToken(identity), flash, errors, existingHref,
                existingText);
        String title = (errors.isEmpty() ? "" : m.errors_title(errors.size()) + " – ")
                + (actor.admin() ? m.list_title_admin() : m.list_title());
        // the language switch leads to the list (the path may be the POST-only /animation/entretiens)
        return InterviewTemplates.list(new Views.Page(lang, BASE, title, pages.staff(identity, "diagnostics"),
                StaffPages.query(uriInfo)), view);
    }

    // ---------------------------------------------------------------------------------------------------- interview

    @GET
    @Path("animation/diagnostics/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response interview(@PathParam("id") long id, @QueryParam("lang") String langParam,
            @QueryParam("ok") String ok) {
        String lang = pages.lang(langParam, headers);
        DiagnosticService.State state = diagnostics.get(id, Actor.of(identity));
        return pages.html(interviewPage(state, lang, Map.of(), Map.of(), Map.of(), Map.of(), List.of(), flash(ok,
                lang), false), lang, langParam, 200);
    }

    @POST
    @Path("animation/diagnostics/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response save(@PathParam("id") long id, @QueryParam("lang") String langParam,
            MultivaluedMap<String, String> form) {
        String lang = pages.lang(langParam, headers);
        boolean wantsJson = AnswerBatch.wantsJson(headers);
        Actor actor = Actor.of(identity);
        InterviewMsg m = msg(lang);
        DiagnosticService.State state = diagnostics.get(id, actor);
        if (state.diagnostic().status != DiagnosticStatus.DRAFT) {
            return wantsJson ? AnswerBatch.frozen(m.frozen(), json)
                    : Response.seeOther(URI.create(BASE + "/diagnostics/" + id)).build();
        }
        Questionnaire questionnaire = state.questionnaire().questionnaire();
        Map<String, AnswerForm> submitted = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        ArrayNode batch = json.createArrayNode();
        for (Question q : questionnaire.questions().toList()) {
            AnswerForm raw = AnswerForm.fromForm(form, q);
            if (raw == null) {
                continue;
            }
            String prefix = "q." + q.id() + ".";
            StoredAnswer storedAnswer = state.answers().get(q.id());
            AnswerForm stored = AnswerForm.fromStored(storedAnswer, json);
            // fields the page did not show keep what is stored (a respondent's comment, a link)
            AnswerForm input = new AnswerForm(raw.values(), raw.na(), raw.unsure(),
                    form.containsKey(prefix + "comment") ? raw.comment() : stored.comment(),
                    form.containsKey(prefix + "evidence") ? raw.evidence() : stored.evidence(), raw.revision());
            String storedNote = storedAnswer == null ? null : storedAnswer.note;
            String note = form.containsKey(prefix + "note") ? blankToNull(form.getFirst(prefix + "note"))
                    : storedNote;
            submitted.put(q.id(), input);
            notes.put(q.id(), note);
            List<AnswerForm.Problem> problems = input.problems(q);
            if (!problems.isEmpty()) {
                errors.put(q.id(), problems.stream().map(p -> "number".equals(p.kind()) ? m.error_number()
                        : m.error_url()).reduce((a, b) -> a + " " + b).orElseThrow());
                continue;
            }
            if (input.differsFrom(q, stored) || !Objects.equals(note, storedNote)) {
                ObjectNode entry = input.patch(q);
                entry.put("note", note);
                batch.add(entry);
            }
        }
        Map<String, String> conflicts = new LinkedHashMap<>();
        if (errors.isEmpty() && !batch.isEmpty()) {
            AnswerBatch.Outcome saved = AnswerBatch.save(diagnostics, id, actor, batch, state, submitted, errors,
                    conflicts, new AnswerBatch.Texts("en".equals(lang) ? answersEn : answersFr, words(m), m::conflict,
                            lang), json);
            if (saved.frozen()) {
                return wantsJson ? AnswerBatch.frozen(m.frozen(), json)
                        : Response.seeOther(URI.create(BASE + "/diagnostics/" + id)).build();
            }
            state = saved.state();
        }
        if (wantsJson) {
            return autosaveAnswer(state, errors, conflicts, lang);
        }
        if (!errors.isEmpty() || !conflicts.isEmpty()) {
            return pages.html(interviewPage(state, lang, submitted, notes, errors, conflicts, List.of(), null, false),
                    lang, langParam, conflicts.isEmpty() ? 422 : 409);
        }
        String anchor = "";
        String go = form.getFirst("go");
        if (go != null && questionnaire.axes().stream().anyMatch(a -> a.id().equals(go))) {
            anchor = "#axe-" + go;
        }
        return Response.seeOther(URI.create(BASE + "/diagnostics/" + id + "?ok=enregistre" + anchor)).build();
    }

    private Response autosaveAnswer(DiagnosticService.State state, Map<String, String> errors,
            Map<String, String> conflicts, String lang) {
        InterviewMsg m = msg(lang);
        Questionnaire q = state.questionnaire().questionnaire();
        Locale locale = Locale.forLanguageTag(lang);
        Set<String> notRelevantSet = new HashSet<>(state.score().notRelevant());
        ObjectNode answer = json.createObjectNode();
        answer.put("saved", errors.isEmpty() && conflicts.isEmpty());
        ObjectNode revisions = answer.putObject("revisions");
        state.answers().forEach((id, a) -> revisions.put(id, a.revision));
        ArrayNode notRelevant = answer.putArray("notRelevant");
        state.score().notRelevant().forEach(notRelevant::add);
        ArrayNode answered = answer.putArray("answered");
        ArrayNode unsure = answer.putArray("unsure");
        String next = null;
        for (Question question : q.questions().toList()) {
            StoredAnswer a = state.answers().get(question.id());
            boolean relevant = !notRelevantSet.contains(question.id());
            if (isAnswered(a)) {
                answered.add(question.id());
            } else if (relevant && next == null) {
                next = "#" + RespondentResource.htmlId(question);
            }
            if (a != null && a.unsure && relevant) {
                unsure.addObject().put("question", question.id())
                        .put("href", "#" + RespondentResource.htmlId(question))
                        .put("text", text(question.text(), q, lang));
            }
        }
        answer.put("next", next);
        ObjectNode scores = answer.putObject("scores");
        for (InterviewViews.AxisScore s : axisScores(state, lang, locale)) {
            scores.putObject(s.id()).put("score", s.score()).put("level", s.level())
                    .put("progress", m.progress_short(s.answered(), s.relevant()));
        }
        InterviewViews.AxisScore overall = overall(state, lang, locale);
        answer.putObject("overall").put("score", overall.score()).put("level", overall.level())
                .put("progress", m.progress_short(overall.answered(), overall.relevant()));
        return AnswerBatch.autosave(answer, state, errors, conflicts, json);
    }

    // ------------------------------------------------------------------------------------------- validation and PDF

    @POST
    @Path("animation/diagnostics/{id}/valider")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response validate(@PathParam("id") long id, @QueryParam("lang") String langParam,
            MultivaluedMap<String, String> form) {
        String lang = pages.lang(langParam, headers);
        Actor actor = Actor.of(identity);
        DiagnosticService.State state = diagnostics.get(id, actor);
        try {
            if (state.diagnostic().status == DiagnosticStatus.DRAFT) {
                diagnostics.submit(id, ExpectedVersion.none(), actor);
            }
            diagnostics.validate(id, ExpectedVersion.none(), actor);
        } catch (InvalidInputException incomplete) {
            state = diagnostics.get(id, actor);
            return pages.html(interviewPage(state, lang, Map.of(), Map.of(), Map.of(), Map.of(),
                    missingLinks(state, lang), null, true), lang, langParam, 422);
        } catch (ConflictException alreadyValidated) {
            return Response.seeOther(URI.create(BASE + "/diagnostics/" + id)).build();
        }
        return Response.seeOther(URI.create(BASE + "/diagnostics/" + id + "?ok=valide")).build();
    }

    @GET
    @Path("animation/diagnostics/{id}/plan.pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String langParam,
            @QueryParam("notes") String notes) {
        String lang = langParam == null ? pages.lang(null, headers) : PlanTexts.reportLanguage(langParam);
        PlanService.PlanState plan = plans.get(id, false, Actor.of(identity));
        boolean withNotes = notes != null && (notes.equals("1") || notes.equalsIgnoreCase("true")
                || notes.equalsIgnoreCase("oui"));
        return PlanPdfResource.render(plan, lang, withNotes, renderer);
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private TemplateInstance interviewPage(DiagnosticService.State state, String lang,
            Map<String, AnswerForm> inputs, Map<String, String> notes, Map<String, String> errors,
            Map<String, String> conflicts, List<InterviewViews.Link> missing, String flash, boolean refused) {
        Questionnaire q = state.questionnaire().questionnaire();
        InterviewMsg m = msg(lang);
        Locale locale = Locale.forLanguageTag(lang);
        Set<String> notRelevant = new HashSet<>(state.score().notRelevant());
        boolean frozen = state.diagnostic().status != DiagnosticStatus.DRAFT;
        List<InterviewViews.Axis> axes = new ArrayList<>();
        List<InterviewViews.Link> errorLinks = new ArrayList<>(missing);
        List<InterviewViews.Link> unsure = new ArrayList<>();
        String next = null;
        for (Axis axis : q.axes()) {
            List<InterviewViews.Theme> themes = new ArrayList<>();
            for (var theme : axis.themes()) {
                List<InterviewViews.Question> questions = new ArrayList<>();
                for (Question question : theme.questions()) {
                    StoredAnswer stored = state.answers().get(question.id());
                    AnswerForm input = inputs.getOrDefault(question.id(), AnswerForm.fromStored(stored, json));
                    String note = notes.containsKey(question.id()) ? notes.get(question.id())
                            : stored == null ? null : stored.note;
                    boolean relevant = !notRelevant.contains(question.id());
                    InterviewViews.Question view = questionView(question, q, input, note, relevant,
                            errors.get(question.id()), conflicts.get(question.id()), lang);
                    questions.add(view);
                    if (view.error() != null) {
                        errorLinks.add(new InterviewViews.Link("#" + view.firstControl(), view.text() + " : "
                                + view.error()));
                    }
                    if (view.conflict() != null) {
                        errorLinks.add(new InterviewViews.Link("#" + view.firstControl(), view.text() + " : "
                                + view.conflict()));
                    }
                    if (relevant && !view.answered() && next == null) {
                        next = "#" + view.htmlId();
                    }
                    if (relevant && view.unsure()) {
                        unsure.add(new InterviewViews.Link("#" + view.htmlId(), view.text()));
                    }
                }
                themes.add(new InterviewViews.Theme(text(theme.title(), q, lang), questions));
            }
            axes.add(new InterviewViews.Axis(axis.id(), text(axis.title(), q, lang), themes));
        }
        long id = state.diagnostic().id;
        String base = BASE + "/diagnostics/" + id;
        InterviewViews.Interview view = new InterviewViews.Interview(id, state.organization().name,
                state.organization().siren, campaignLabel(state.campaign()),
                state.diagnostic().status.key(), status(state.diagnostic().status, m), mode(state.diagnostic().mode,
                        m), state.facilitator() == null ? m.nobody() : state.facilitator().displayName,
                base + "/plan", base + "/liens", base + "/plan.pdf?lang=" + lang,
                base + "/plan.pdf?lang=" + lang + "&notes=1", base, base + "/valider", pages.csrfToken(identity),
                frozen, state.diagnostic().status == DiagnosticStatus.VALIDATED, axes,
                axisScores(state, lang, locale), overall(state, lang, locale), unsure, next, flash, errorLinks,
                !conflicts.isEmpty(), refused);
        String title = (errorLinks.isEmpty() ? "" : m.errors_title(errorLinks.size()) + " – ")
                + m.interview_title(state.organization().name);
        // the language switch leads to this page (the path may be the POST-only …/valider)
        return InterviewTemplates.interview(new Views.Page(lang, base, title, pages.staff(identity, "diagnostics")),
                view);
    }

    private InterviewViews.Question questionView(Question question, Questionnaire q, AnswerForm input, String note,
            boolean relevant, String error, String conflict, String lang) {
        String id = RespondentResource.htmlId(question);
        InterviewMsg m = msg(lang);
        List<InterviewViews.Choice> choices = new ArrayList<>();
        switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                for (Option o : question.options()) {
                    choices.add(choice(id + "-" + o.id(), o.id(), text(o.label(), q, lang), input.has(o.id()),
                            choices.size()));
                }
            }
            case YES_NO -> {
                choices.add(choice(id + "-yes", "true", m.yes(), input.has("true"), 0));
                choices.add(choice(id + "-no", "false", m.no(), input.has("false"), 1));
            }
            case SCALE -> {
                for (int v = question.scale().min(); v <= question.scale().max(); v++) {
                    LocalizedText label = question.scale().labels().get(v);
                    String text = label == null ? String.valueOf(v) : v + " – " + text(label, q, lang);
                    choices.add(choice(id + "-" + v, String.valueOf(v), text, input.has(String.valueOf(v)),
                            choices.size()));
                }
            }
            default -> {
            }
        }
        String unit = question.type() == QuestionType.NUMBER && question.number() != null
                && question.number().unit() != null && !question.number().unit().isEmpty()
                        ? text(question.number().unit(), q, lang) : null;
        String help = question.help() == null || question.help().isEmpty() ? null : text(question.help(), q, lang);
        boolean answered = input.na() || !input.values().isEmpty();
        return new InterviewViews.Question(question.id(), id, question.type().key(), text(question.text(), q, lang),
                help, question.required(), relevant, answered, question.notApplicableAllowed(),
                question.commentInvited(), question.evidenceInvited(), choices,
                input.values().isEmpty() ? null : String.join("\n", input.values()), unit, input.na(), input.unsure(),
                note, input.comment(), input.evidence(), input.revision() == null ? 0 : input.revision(), error,
                conflict);
    }

    private static InterviewViews.Choice choice(String id, String value, String label, boolean checked, int index) {
        return new InterviewViews.Choice(id, value, label, checked, index < 9 ? String.valueOf(index + 1) : null);
    }

    private List<InterviewViews.Link> missingLinks(DiagnosticService.State state, String lang) {
        Questionnaire q = state.questionnaire().questionnaire();
        InterviewMsg m = msg(lang);
        Set<String> notRelevant = new HashSet<>(state.score().notRelevant());
        List<InterviewViews.Link> links = new ArrayList<>();
        for (Question question : q.questions().toList()) {
            if (question.required() && !notRelevant.contains(question.id())
                    && !isAnswered(state.answers().get(question.id()))) {
                String id = RespondentResource.htmlId(question);
                String first = switch (question.type()) {
                    case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.options().isEmpty() ? id + "-value"
                            : id + "-" + question.options().get(0).id();
                    case YES_NO -> id + "-yes";
                    case SCALE -> id + "-" + question.scale().min();
                    default -> id + "-value";
                };
                links.add(new InterviewViews.Link("#" + first, m.missing(text(question.text(), q, lang))));
            }
        }
        return links;
    }

    private List<InterviewViews.AxisScore> axisScores(DiagnosticService.State state, String lang, Locale locale) {
        Questionnaire q = state.questionnaire().questionnaire();
        List<InterviewViews.AxisScore> scores = new ArrayList<>();
        for (AxisScore score : state.score().axes()) {
            String title = q.axes().stream().filter(a -> a.id().equals(score.id())).findFirst()
                    .map(a -> text(a.title(), q, lang)).orElse(score.id());
            scores.add(new InterviewViews.AxisScore(score.id(), title, score(score.score(), locale),
                    level(q, score.level(), lang), score.completeness().answered(), score.completeness().relevant()));
        }
        return scores;
    }

    private InterviewViews.AxisScore overall(DiagnosticService.State state, String lang, Locale locale) {
        Questionnaire q = state.questionnaire().questionnaire();
        NodeScore overall = state.score().overall();
        Completeness c = state.score().completeness();
        return new InterviewViews.AxisScore("overall", msg(lang).overall(), score(overall.score(), locale),
                level(q, overall.level(), lang), c.answered(), c.relevant());
    }

    private static String level(Questionnaire q, String levelId, String lang) {
        if (levelId == null) {
            return "—";
        }
        return q.level(levelId).map(l -> text(l.label(), q, lang)).orElse(levelId);
    }

    private static String score(Double score, Locale locale) {
        return score == null ? "—" : String.format(locale, "%.1f", score);
    }

    private static boolean isAnswered(StoredAnswer a) {
        return a != null && (a.notApplicable || a.valueJson != null);
    }

    private static AnswerForm.Words words(InterviewMsg m) {
        return new AnswerForm.Words(m.yes(), m.no(), m.answer_empty(), m.answer_na());
    }

    private String flash(String ok, String lang) {
        if (ok == null) {
            return null;
        }
        InterviewMsg m = msg(lang);
        return switch (ok) {
            case "cree" -> m.flash_created();
            case "enregistre" -> m.flash_saved();
            case "valide" -> m.flash_validated();
            default -> null;
        };
    }

    private static String status(DiagnosticStatus status, InterviewMsg m) {
        return switch (status) {
            case DRAFT -> m.status_draft();
            case SUBMITTED -> m.status_submitted();
            case VALIDATED -> m.status_validated();
        };
    }

    private static String mode(DiagnosticMode mode, InterviewMsg m) {
        return mode == DiagnosticMode.INTERVIEW ? m.mode_interview() : m.mode_self();
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

    private boolean canRead(long diagnosticId, Actor actor) {
        try {
            diagnostics.get(diagnosticId, actor);
            return true;
        } catch (ResourceNotFoundException | io.quarkus.security.ForbiddenException e) {
            return false;
        }
    }

    /** The campaign's name, with its year unless the name says it already. */
    private static String campaignLabel(Campaign c) {
        return c.name.contains(String.valueOf(c.year)) ? c.name : c.name + " (" + c.year + ")";
    }

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

    private static String text(LocalizedText text, Questionnaire q, String lang) {
        return text == null || text.isEmpty() ? null : text.in(lang, q.defaultLanguage());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private InterviewMsg msg(String lang) {
        return "en".equals(lang) ? en : fr;
    }
}
