package org.odmaturity.security.web;

import java.util.List;

import org.odmaturity.web.Forms;

/** What the account pages show: plain records, texts already in the page's language. */
public final class AccountViews {

    private AccountViews() {
    }

    public record AccountRow(long id, String email, String name, String role, boolean active, boolean self,
            String created) {
    }

    public record AccountList(List<AccountRow> rows, String notice, String csrf) {
    }

    public record AccountPage(AccountRow account, Forms.Edit rename, Forms.Edit password, String csrf, String notice,
            String alert) {
    }
}
