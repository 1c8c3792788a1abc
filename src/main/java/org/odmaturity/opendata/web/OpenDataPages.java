package org.odmaturity.opendata.web;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.opendata.DataPackageBuilder;
import org.odmaturity.opendata.OpenDataConfig;
import org.odmaturity.opendata.OpenDataService;
import org.odmaturity.opendata.OpenDataService.StoredFile;
import org.odmaturity.opendata.PublishedPackage;
import org.odmaturity.plan.PeersConfig;
import org.odmaturity.web.Formats;
import org.odmaturity.web.PageContext;

/**
 * The public open data (no account, no session needed): the page listing the published packages and their stored
 * files, {@code datapackage.json} and one CSV per resource, looked up by name in the stored package (nothing is read
 * from disk, so no path can lead elsewhere). Files are served as published, with a strong ETag (their SHA-256) and
 * their publication date as Last-Modified, cacheable for five minutes, readable from other sites (CORS).
 */
@Path(OpenDataService.ROOT)
public class OpenDataPages {

    private static final String RESOURCE_PATTERN = "[a-z0-9_-]{1,60}";
    private static final CacheControl FILES_CACHE = CacheControl.valueOf("public, max-age=300");

    @Inject PageContext context;
    @Inject OpenDataService openData;
    @Inject OpenDataConfig config;
    @Inject PeersConfig peers;

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public Response list() {
        OpenDataMsg m = context.msg(OpenDataMsg.class);
        List<OpenDataViews.PackageView> packages = openData.published().stream().map(p -> view(p, m)).toList();
        String n = Integer.toString(peers.minimumGroupSize());
        OpenDataViews.PublicList view = new OpenDataViews.PublicList(m.list_intro(config.producerName()),
                m.list_anonymity(n), packages);
        return context.render(OpenDataViews.Templates.list(context.page(m.list_title(), null), view));
    }

    private OpenDataViews.PackageView view(PublishedPackage p, OpenDataMsg m) {
        Locale locale = context.locale();
        List<OpenDataViews.FileView> files = p.files().stream().map(f -> file(f, m, locale)).toList();
        return new OpenDataViews.PackageView(p.slug(), p.title(), Formats.dateTime(locale, p.publishedAt()),
                p.version(), m.package_questionnaire_value(p.questionnaireId(),
                        Integer.toString(p.questionnaireVersion())), m.files_caption(p.title()), files);
    }

    /** A file's line in a page's table, in the page's language. */
    static OpenDataViews.FileView file(PublishedPackage.File f, OpenDataMsg m, Locale locale) {
        return new OpenDataViews.FileView(f.name(), f.url(), content(f.resource(), m),
                f.rows() == null ? m.rows_none() : Formats.decimal(locale, f.rows(), 0),
                m.size_kb(Formats.decimal(locale, f.bytes() / 1024.0, 1)));
    }

    /** What a resource holds, in the page's language ({@code null}: datapackage.json). */
    static String content(String resource, OpenDataMsg m) {
        if (resource == null) {
            return m.res_datapackage();
        }
        return switch (resource) {
            case "participation" -> m.res_participation();
            case "distributions" -> m.res_distributions();
            case "niveaux" -> m.res_niveaux();
            case "departements" -> m.res_departements();
            case "besoins" -> m.res_besoins();
            default -> resource;
        };
    }

    @GET
    @PermitAll
    @Path("{slug}/datapackage.json")
    public Response datapackage(@PathParam("slug") String slug, @Context Request request) {
        return serve(slug, DataPackageBuilder.DATAPACKAGE, request);
    }

    @GET
    @PermitAll
    @Path("{slug}/{resource}.csv")
    public Response csv(@PathParam("slug") String slug, @PathParam("resource") String resource,
            @Context Request request) {
        if (!resource.matches(RESOURCE_PATTERN)) {
            throw notFound();
        }
        return serve(slug, resource + ".csv", request);
    }

    private Response serve(String slug, String fileName, Request request) {
        if (slug.length() > 80 || !slug.matches(OpenDataService.SLUG_PATTERN)) {
            throw notFound();
        }
        StoredFile file = openData.file(slug, fileName).orElseThrow(OpenDataPages::notFound);
        EntityTag tag = new EntityTag(file.sha256());
        Date modified = Date.from(file.publishedAt());
        Response.ResponseBuilder answer = request.evaluatePreconditions(modified, tag);
        if (answer == null) {
            answer = Response.ok(file.content(), MediaType.valueOf(file.mediaType()).withCharset("UTF-8"))
                    .header("Content-Disposition", "inline; filename=\"" + file.name() + "\"");
        }
        return answer.tag(tag).lastModified(modified).cacheControl(FILES_CACHE)
                .header("Access-Control-Allow-Origin", "*").header("X-Content-Type-Options", "nosniff").build();
    }

    private static ResourceNotFoundException notFound() {
        return new ResourceNotFoundException("No such file in the published open data packages (see "
                + OpenDataService.ROOT + ").");
    }
}
