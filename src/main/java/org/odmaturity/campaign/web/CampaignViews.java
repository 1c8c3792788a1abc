package org.odmaturity.campaign.web;

import java.util.List;

import org.odmaturity.web.Forms;
import org.odmaturity.web.Views;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** What the campaign list shows: plain records, texts already in the page's language. */
public final class CampaignViews {

    private CampaignViews() {
    }

    /** The pages' checked templates (src/main/resources/templates/admin/). */
    @CheckedTemplate(basePath = "admin")
    static final class Templates {
        static native TemplateInstance campaigns(Views.Page page, CampaignList view);

        static native TemplateInstance campaign(Views.Page page, String heading, Forms.Edit form);
    }

    public record CampaignRow(long id, String name, int year, String questionnaire, String status, String period,
            long diagnostics) {
    }

    public record CampaignList(List<CampaignRow> rows, String notice) {
    }
}
