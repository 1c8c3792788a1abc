package org.odmaturity.campaign.web;

import java.util.List;

/** What the campaign list shows: plain records, texts already in the page's language. */
public final class CampaignViews {

    private CampaignViews() {
    }

    public record CampaignRow(long id, String name, int year, String questionnaire, String status, String period,
            long diagnostics) {
    }

    public record CampaignList(List<CampaignRow> rows, String notice) {
    }
}
