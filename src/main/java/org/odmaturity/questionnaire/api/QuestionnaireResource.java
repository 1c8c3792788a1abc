package org.odmaturity.questionnaire.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.PayloadTooLargeException;
import org.odmaturity.http.JsonValues;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.questionnaire.load.LoadError;
import org.odmaturity.questionnaire.load.ParseResult;
import org.odmaturity.questionnaire.load.ParserLimits;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;
import org.odmaturity.questionnaire.registry.QuestionnaireVersionService;
import org.odmaturity.scoring.AnswerInput;
import org.odmaturity.scoring.AnswerValidation;
import org.odmaturity.scoring.AnswerValidator;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.scoring.ScoringEngine;

/**
 * The questionnaires and their scoring method are public: anyone may read a definition, score a set of answers
 * without storing them, or check a questionnaire file before publishing it.
 */
@Path("/api/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questionnaires", description = "Questionnaire definitions, stateless scoring and file validation")
@PermitAll
public class QuestionnaireResource {

    private static final String YAML = "application/yaml";

    private final QuestionnaireRegistry registry;
    private final QuestionnaireVersionService versions;
    private final QuestionnaireParser parser = new QuestionnaireParser();

    public QuestionnaireResource(QuestionnaireRegistry registry, QuestionnaireVersionService versions) {
        this.registry = registry;
        this.versions = versions;
    }

    @GET
    @Operation(summary = "List the questionnaire versions served", description = "Titles in the language asked by "
            + "`lang`, else by Accept-Language, else each questionnaire's default language.")
    public List<QuestionnaireViews.Summary> list(@QueryParam("lang") @Parameter(description = "fr, en…") String lang,
            @jakarta.ws.rs.core.Context HttpHeaders headers) {
        return registry.all().stream().map(entry -> {
            Questionnaire q = entry.questionnaire();
            return QuestionnaireViews.summary(q, QuestionnaireViews.language(q, lang, headers.getAcceptableLanguages()));
        }).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The latest version of a questionnaire")
    public Response latest(@PathParam("id") String id, @QueryParam("lang") String lang,
            @jakarta.ws.rs.core.Context HttpHeaders headers, @jakarta.ws.rs.core.Context Request request) {
        QuestionnaireRegistry.Entry entry = registry.latest(id)
                .orElseThrow(() -> new ResourceNotFoundException("No questionnaire '" + id + "'."));
        return definitionResponse(entry, lang, headers, request);
    }

    @GET
    @Path("{id}/{version}")
    @Operation(summary = "A questionnaire version, whole", description = "Immutable once served: cacheable, with an "
            + "ETag per language.")
    public Response definition(@PathParam("id") String id, @PathParam("version") int version,
            @QueryParam("lang") String lang, @jakarta.ws.rs.core.Context HttpHeaders headers,
            @jakarta.ws.rs.core.Context Request request) {
        return definitionResponse(entry(id, version), lang, headers, request);
    }

    private Response definitionResponse(QuestionnaireRegistry.Entry entry, String lang, HttpHeaders headers,
            Request request) {
        Questionnaire q = entry.questionnaire();
        String language = QuestionnaireViews.language(q, lang, headers.getAcceptableLanguages());
        EntityTag etag = new EntityTag(entry.contentHash().substring(0, 20) + "-" + language);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
        }
        return Response.ok(QuestionnaireViews.definition(q, language, entry.contentHash()))
                .tag(etag).cacheControl(cache)
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    @POST
    @Path("{id}/{version}/score")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score a set of answers without storing them", description = "Returns the score card; 422 "
            + "lists every invalid answer (unknown question or option, wrong type, out of range).")
    public ScoreCard score(@PathParam("id") String id, @PathParam("version") int version,
            @NotNull(message = "a JSON body {\"answers\": [...]} is required") @Valid ScoreRequest body) {
        Questionnaire q = entry(id, version).questionnaire();
        List<AnswerInput> inputs = body.answers().stream()
                .map(a -> new AnswerInput(a.question(), JsonValues.plain(a.value()), Boolean.TRUE.equals(a.notApplicable()),
                        Boolean.TRUE.equals(a.unsure())))
                .toList();
        AnswerValidation validation = AnswerValidator.validate(q, inputs);
        if (!validation.problems().isEmpty()) {
            List<Map<String, Object>> errors = validation.problems().stream().map(p -> {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("field", "answers[" + p.index() + "]");
                error.put("question", p.question());
                error.put("message", p.message());
                return error;
            }).toList();
            throw new InvalidInputException("invalid-answers", "Invalid answers",
                    errors.size() + " answer(s) are invalid; nothing was scored.", errors);
        }
        return ScoringEngine.score(q, validation.answers());
    }

    @POST
    @Path("validate")
    @Consumes({YAML, "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
    @Operation(summary = "Check a questionnaire file", description = "200 when the file would load, with its "
            + "warnings (what loads but is surely not meant: line, column, path, message); 422 with its errors (the "
            + "first 100, and errorCount when there are more) and, beside them, its warnings otherwise. Nothing is "
            + "stored.")
    public Response validate(byte[] content,
            @QueryParam("file") @Parameter(description = "file name used in messages") String file) {
        String name = file == null || file.isBlank() ? "questionnaire.yaml" : file.replaceAll("[^A-Za-z0-9._-]", "_");
        if (content == null || content.length == 0) {
            throw new InvalidInputException("invalid-questionnaire", "Invalid questionnaire", "The body is empty: send "
                    + "the YAML file as the request body.", List.of());
        }
        if (content.length > ParserLimits.DEFAULT.maxBytes()) {
            throw new PayloadTooLargeException("A questionnaire file is at most " + ParserLimits.DEFAULT.maxBytes()
                    + " bytes; this one is " + content.length + ".");
        }
        ParseResult result = parser.parse(name, content);
        List<LoadError> errors = new ArrayList<>(result.errors());
        if (result.valid()) {
            Questionnaire q = result.questionnaire();
            versions.find(q.id(), q.version()).filter(v -> !v.contentHash.equals(result.contentHash()))
                    .ifPresent(v -> errors.add(new LoadError(name, 1, 1, "version", "questionnaire '" + q.id()
                            + "' version " + q.version() + " is already in use with another content: give this file "
                            + "a new version number")));
        }
        if (!errors.isEmpty()) {
            List<Map<String, Object>> problems = errors.stream().map(QuestionnaireResource::located).toList();
            List<Map<String, Object>> warnings = result.warnings().stream().map(QuestionnaireResource::located)
                    .toList();
            int count = result.errorCount() + errors.size() - result.errors().size();
            throw new InvalidInputException("invalid-questionnaire", "Invalid questionnaire", count > problems.size()
                    ? count + " errors in " + name + "; the first " + problems.size() + " are listed."
                    : problems.size() + " error(s) in " + name + ".",
                    problems, count > problems.size() ? count : null, warnings);
        }
        Questionnaire q = result.questionnaire();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("valid", true);
        answer.put("id", q.id());
        answer.put("version", q.version());
        answer.put("contentHash", result.contentHash());
        answer.put("questions", q.questions().count());
        answer.put("warnings", result.warnings().stream().map(QuestionnaireResource::located).toList());
        return Response.ok(answer).build();
    }

    /** An error or a warning of a file: where it is and what it says. */
    private static Map<String, Object> located(LoadError e) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("line", e.line());
        entry.put("column", e.column());
        entry.put("path", e.path());
        entry.put("message", e.message());
        return entry;
    }

    private QuestionnaireRegistry.Entry entry(String id, int version) {
        return registry.find(id, version).orElseThrow(() -> new ResourceNotFoundException(
                "No questionnaire '" + id + "' version " + version + "."));
    }
}
