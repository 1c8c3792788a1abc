package org.odmaturity.opendata;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A campaign's open data, for the regional team: the campaign, its publication (if it was ever published), and a
 * preview of what publishing it now would put online and leave out.
 *
 * @param version     the ETag of this state: 0 while never published, then moving at each publication and withdrawal
 *                    (send it back as {@code If-Match} to publish or withdraw only the state you saw)
 * @param publishable whether the campaign may be published now (only a closed campaign may)
 * @param publication null when never published
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OpenDataStatus(CampaignRef campaign, long version, boolean publishable, Publication publication,
        Preview preview) {

    public record CampaignRef(long id, String name, int year, String status) {
    }

    /**
     * The latest publication. {@code published} false: withdrawn (its files are deleted and its URLs answer 404; the
     * slug stays the campaign's).
     */
    public record Publication(String slug, boolean published, String packageVersion, int publicationCount,
            Instant publishedAt, String publishedBy, Instant withdrawnAt, String withdrawnBy, String url,
            List<PublishedPackage.File> files) {
    }

    /**
     * What publishing now would give: each resource with its number of rows, and what the anonymity rule leaves out.
     */
    public record Preview(List<ResourcePreview> resources, LeftOut leftOut) {
    }

    public record ResourcePreview(String name, String fileName, String title, int rows) {
    }

    /**
     * What the anonymity rule leaves out of the package (visible to admins only).
     *
     * @param minimumGroupSize       the rule's threshold
     * @param diagnostics            diagnostics of the campaign not counted (their profile is shared by fewer)
     * @param validated              of which validated
     * @param departements           départements of participating organisations that do not appear at all
     * @param hiddenNodes            overall, axes and themes whose statistics are empty cells
     * @param departementsWithoutMean départements that appear but whose mean score is an empty cell
     * @param needsHidden            whether the support needs are left out entirely
     */
    public record LeftOut(int minimumGroupSize, int diagnostics, int validated, List<String> departements,
            List<Node> hiddenNodes, List<String> departementsWithoutMean, boolean needsHidden) {
    }

    public record Node(String type, String id, String title) {
    }
}
