package org.odmaturity.campaign.web;

import java.net.URI;

import jakarta.ws.rs.core.UriBuilder;

/** The addresses of the campaign pages, built by {@link UriBuilder}: one method per page. */
final class CampaignPaths {

    static final String LIST = "/admin/campagnes";
    static final String NEW = "/admin/campagnes/nouvelle";

    private CampaignPaths() {
    }

    /** The list after an action: {@code ok} says which. */
    static URI list(String ok) {
        return UriBuilder.fromPath(LIST).queryParam("ok", ok).build();
    }

    static String campaign(long id) {
        return UriBuilder.fromPath(LIST).path("{id}").build(id).toString();
    }
}
