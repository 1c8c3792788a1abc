package org.odmaturity.diagnostic.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import org.odmaturity.diagnostic.Assessment;
import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.error.PreconditionRequiredException;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;
import org.odmaturity.web.Views;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The facilitator's scoring at validation (issue 15 §6, docs/web.md): each answer to a question scored by the
 * facilitator gets points (a rubric level, or a number) and a justification; "save and validate" validates the
 * diagnostic once none is pending. The diagnostic's facilitator or an admin; the form carries the version it was shown
 * (a colleague's scores are never overwritten silently).
 */
@Path("/animation/diagnostics/{id}/notation")
@RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
public class AssessmentPagesResource {

    @CheckedTemplate(basePath = "interview")
    static final class AssessmentTemplates {
        private AssessmentTemplates() {
        }

        static native TemplateInstance assessments(Views.Page page, AssessmentViews.Page view);
    }

    static final String SAVED = "enregistre";
    static final String PENDING = "attente";

    @Inject
    DiagnosticService diagnostics;
    @Inject
    PageContext context;
    @Inject
    ObjectMapper json;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("id") long id, @QueryParam("ok") String ok) {
        DiagnosticService.State state = diagnostics.get(id, context.actor());
        AssessmentMsg m = msg();
        String flash = SAVED.equals(ok) ? m.saved() : null;
        if (PENDING.equals(ok) && !state.score().pending().isEmpty()) {
            return context.render(page(state, Map.of(), Map.of(), Map.of(), null, true), 200);
        }
        return context.render(page(state, Map.of(), Map.of(), Map.of(), flash, false));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Actor actor = context.actor();
        DiagnosticService.State state = diagnostics.get(id, actor);
        AssessmentMsg m = msg();
        Map<String, String[]> posted = new HashMap<>();
        Map<String, String> pointsErrors = new LinkedHashMap<>();
        List<Assessment> batch = new ArrayList<>();
        for (Question question : DiagnosticService.scorable(state)) {
            String points = form.getFirst("p." + question.id());
            String justification = form.getFirst("j." + question.id());
            posted.put(question.id(), new String[] {points, justification});
            if (blank(points) && blank(justification)) {
                continue; // untouched: what is stored stays
            }
            BigDecimal value = null;
            if (!blank(points)) {
                try {
                    value = new BigDecimal(AssessmentViews.normalised(points));
                } catch (NumberFormatException e) {
                    pointsErrors.put(question.id(), m.error_not_a_number());
                }
            }
            batch.add(new Assessment(question.id(), value, justification));
        }
        if (!pointsErrors.isEmpty()) {
            return context.render(page(state, posted, pointsErrors, Map.of(), null, false), 422);
        }
        ExpectedVersion expected = version(form.getFirst("version"));
        boolean validate = "valider".equals(form.getFirst("action"));
        try {
            DiagnosticService.State saved = diagnostics.assess(id, expected, batch, actor);
            if (validate) {
                diagnostics.validate(id, ExpectedVersion.of(saved.diagnostic().version), actor);
                return Response.seeOther(URI.create(DiagnosticPaths.interview(id, InterviewResource.Notice.VALIDE.key(),
                        null))).build();
            }
        } catch (InvalidInputException e) {
            DiagnosticService.State now = diagnostics.get(id, actor);
            if ("pending-assessments".equals(e.slug())) {
                return context.render(page(now, Map.of(), Map.of(), Map.of(), null, true), 422);
            }
            Map<String, String> pointsProblems = new LinkedHashMap<>();
            Map<String, String> justificationProblems = new LinkedHashMap<>();
            for (Object error : e.errors()) {
                Map<?, ?> entry = (Map<?, ?>) error;
                String field = String.valueOf(entry.get("field"));
                Object question = entry.get("question");
                String text = message(m, String.valueOf(entry.get("code")), entry, state, question);
                if (question != null && field.endsWith(".points")) {
                    pointsProblems.putIfAbsent(question.toString(), text);
                } else if (question != null) {
                    justificationProblems.putIfAbsent(question.toString(), text);
                }
            }
            return context.render(page(now, posted, pointsProblems, justificationProblems, null, false), 422);
        } catch (PreconditionFailedException | PreconditionRequiredException changed) {
            return context.render(page(diagnostics.get(id, actor), Map.of(), Map.of(), Map.of(),
                    m.changed_meanwhile(), false), 409);
        } catch (ConflictException status) {
            return Response.seeOther(URI.create(DiagnosticPaths.assessments(id))).build();
        }
        return Response.seeOther(URI.create(DiagnosticPaths.assessments(id, SAVED))).build();
    }

    private String message(AssessmentMsg m, String code, Map<?, ?> entry, DiagnosticService.State state,
            Object question) {
        String max = question == null ? "" : state.questionnaire().questionnaire().question(question.toString())
                .map(q -> AssessmentViews.points(context.locale(), q.maxScore() == null ? 0 : q.maxScore()))
                .orElse("");
        return switch (code) {
            case "points-required" -> m.error_points_required(max);
            case "points-out-of-range" -> m.error_points_out_of_range(max);
            case "points-too-precise" -> m.error_points_too_precise();
            case "not-a-rubric-level" -> m.error_not_a_rubric_level();
            case "justification-required" -> m.error_justification_required();
            case "justification-too-long" -> m.error_justification_too_long(
                    ((Number) entry.get("max")).intValue());
            case "bad-characters" -> m.error_bad_characters();
            default -> String.valueOf(entry.get("message")); // cannot come from this page's own form
        };
    }

    private TemplateInstance page(DiagnosticService.State state, Map<String, String[]> posted,
            Map<String, String> pointsErrors, Map<String, String> justificationErrors, String flash,
            boolean pendingRefused) {
        AssessmentMsg m = msg();
        long id = state.diagnostic().id;
        Map<String, String> pointsShown = new HashMap<>(pointsErrors);
        String refusal = null;
        if (pendingRefused) {
            refusal = m.pending_refused(state.score().pending().size());
            state.score().pending().forEach(q -> pointsShown.putIfAbsent(q, m.error_pending()));
        }
        List<AssessmentViews.Item> items = AssessmentViews.items(state, posted, pointsShown, justificationErrors,
                context.lang(), context.locale(), m, json);
        List<Views.ErrorLink> errors = new ArrayList<>();
        for (AssessmentViews.Item item : items) {
            if (item.pointsError() != null) {
                errors.add(new Views.ErrorLink("#" + item.htmlId() + (item.hasRubric() ? "-niveau-0" : "-points"),
                        item.text() + " : " + item.pointsError()));
            }
            if (item.justificationError() != null) {
                errors.add(new Views.ErrorLink("#" + item.htmlId() + "-justification",
                        item.text() + " : " + item.justificationError()));
            }
        }
        DiagnosticStatus status = state.diagnostic().status;
        AssessmentViews.Page view = new AssessmentViews.Page(id, state.organization().name,
                DiagnosticPaths.interview(id), DiagnosticPaths.assessments(id), context.csrfToken(),
                state.diagnostic().version, status == DiagnosticStatus.SUBMITTED, status != DiagnosticStatus.DRAFT,
                status == DiagnosticStatus.VALIDATED, items, errors, flash, refusal);
        String title = (errors.isEmpty() ? "" : m.errors_title(errors.size()) + " – ")
                + m.title(state.organization().name);
        return AssessmentTemplates.assessments(context.page(title, Section.DIAGNOSTICS, DiagnosticPaths.assessments(id)),
                view);
    }

    private static ExpectedVersion version(String posted) {
        try {
            return posted == null ? ExpectedVersion.none() : ExpectedVersion.of(Long.parseLong(posted.strip()));
        } catch (NumberFormatException e) {
            return ExpectedVersion.none();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private AssessmentMsg msg() {
        return context.msg(AssessmentMsg.class);
    }
}
