package org.odmaturity.opendata.web;

import java.util.List;

import org.odmaturity.web.Views;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** What the open data pages show: plain records, texts already in the page's language. */
public final class OpenDataViews {

    private OpenDataViews() {
    }

    /** The pages' checked templates (src/main/resources/templates/opendata/). */
    @CheckedTemplate(basePath = "opendata")
    static final class Templates {
        static native TemplateInstance list(Views.Page page, PublicList view);

        static native TemplateInstance admin(Views.Page page, Admin view);
    }

    /** The public list: an introduction, the anonymity rule, each published package. */
    public record PublicList(String intro, String anonymity, List<PackageView> packages) {
    }

    /** A published package: its title, facts and files. */
    public record PackageView(String slug, String title, String published, String version, String questionnaire,
            String filesCaption, List<FileView> files) {
    }

    /** A file of a package: its link, what it holds, its rows (or a dash) and its size. */
    public record FileView(String name, String url, String content, String rows, String size) {
    }

    /** A resource of the admin page's preview. */
    public record PreviewRow(String fileName, String content, String rows) {
    }

    /**
     * The admin page of a campaign's open data.
     *
     * @param version     the publication state's version the forms send back (optimistic locking)
     * @param publishable whether the campaign is closed (else no publish button)
     * @param published   whether a package is online (then the withdraw button and its files)
     */
    public record Admin(long campaignId, String campaignName, String campaignStatus, String state, boolean publishable,
            boolean published, String publishLabel, String publishHint, List<FileView> files,
            List<PreviewRow> preview, String leftOutTitle, List<String> leftOut, long version, String csrf,
            String notice, String alert) {
    }
}
