package org.odmaturity.organization.web;

import java.net.URI;

import jakarta.ws.rs.core.UriBuilder;

import org.odmaturity.organization.OrganizationType;

/** The addresses of the organisation pages, built (and percent-encoded) by {@link UriBuilder}: one method per page. */
final class OrganizationPaths {

    static final String LIST = "/admin/organisations";
    static final String NEW = "/admin/organisations/nouvelle";

    private OrganizationPaths() {
    }

    /** A page of the list with its filters (what the pager links to). */
    static String search(String q, OrganizationType type, String departement, int page) {
        return UriBuilder.fromPath(LIST).queryParam("q", q).queryParam("type", type == null ? "" : type.apiName())
                .queryParam("departement", departement).queryParam("page", page).build().toString();
    }

    static String organization(long id) {
        return UriBuilder.fromPath(LIST).path("{id}").build(id).toString();
    }

    /** The organisation page after an action: {@code ok} says which, {@code fragment} (or null) where to look. */
    static URI organization(long id, String ok, String fragment) {
        return UriBuilder.fromPath(LIST).path("{id}").queryParam("ok", ok).fragment(fragment).build(id);
    }

    /** Where the "new diagnostic" form of an organisation posts. */
    static String newDiagnostic(long id) {
        return UriBuilder.fromPath(LIST).path("{id}/diagnostics").build(id).toString();
    }
}
