package org.odmaturity.security.web;

import java.net.URI;

import jakarta.ws.rs.core.UriBuilder;

/** The addresses of the account pages, built by {@link UriBuilder}: one method per page. */
final class AccountPaths {

    static final String LIST = "/admin/comptes";
    static final String NEW = "/admin/comptes/nouveau";

    private AccountPaths() {
    }

    /** The list after an action: {@code ok} says which. */
    static URI list(String ok) {
        return UriBuilder.fromPath(LIST).queryParam("ok", ok).build();
    }

    static String account(long id) {
        return UriBuilder.fromPath(LIST).path("{id}").build(id).toString();
    }

    /** An account's page after an action: {@code ok} says which. */
    static URI account(long id, String ok) {
        return UriBuilder.fromPath(LIST).path("{id}").queryParam("ok", ok).build(id);
    }

    static String password(long id) {
        return UriBuilder.fromPath(LIST).path("{id}/mot-de-passe").build(id).toString();
    }
}
