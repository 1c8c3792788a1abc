package org.odmaturity.security.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.odmaturity.security.AppUser;
import org.odmaturity.security.UserRole;
import org.odmaturity.web.Formats;
import org.odmaturity.web.Forms;
import org.odmaturity.web.Forms.Form;
import org.odmaturity.web.FrameMsg;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;
import org.odmaturity.web.Views;

/**
 * The account pages as the resource answers with them: the list, the "new account" form, and an account's page with
 * its renaming and password forms (what was typed and refused kept, passwords never shown again).
 */
@RequestScoped
class AccountPages {

    @Inject PageContext context;

    Response list(List<AppUser> users, String notice) {
        AccountMsg m = context.msg(AccountMsg.class);
        SecurityViews.AccountList view = new SecurityViews.AccountList(users.stream().map(this::row).toList(), notice,
                context.csrfToken());
        Views.Page page = context.page(m.accounts_title(), Section.ACCOUNTS);
        return context.render(SecurityViews.Templates.accounts(page, view));
    }

    Response creating(Form form, int status) {
        AccountMsg m = context.msg(AccountMsg.class);
        FrameMsg frame = context.msg(FrameMsg.class);
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(UserRole.FACILITATOR.role(), frame.role_facilitator());
        roles.put(UserRole.ADMIN.role(), frame.role_admin());
        Forms.Edit edit = form.field("email", m.account_email(), m.account_email_hint(), "email", true, "off")
                .field("displayName", m.account_name(), null, "text", true, "off")
                .choice("role", m.account_role(), null, "radios", true, roles)
                .field("password", m.account_password(), m.account_password_hint(), "password", true, "new-password")
                .edit(AccountPaths.NEW, context.csrfToken(), Map.of(), null, null, m.account_create(),
                        AccountPaths.LIST, null);
        Views.Page page = context.page(Forms.title(frame, m.account_new_title(), form.errorCount()),
                Section.ACCOUNTS, AccountPaths.NEW);
        return context.render(SecurityViews.Templates.accountNew(page, edit), status);
    }

    /** The account as stored, with a notice or an alert. */
    Response account(AppUser user, String notice, String alert, int status) {
        return account(user, new Form().value("displayName", user.displayName), user.version, new Form(), notice,
                alert, status);
    }

    /** The account with what was typed in its renaming form (and the version it carries) or its password form. */
    Response account(AppUser user, Form rename, long version, Form password, String notice, String alert,
            int status) {
        AccountMsg m = context.msg(AccountMsg.class);
        String csrf = context.csrfToken();
        String path = AccountPaths.account(user.id);
        Forms.Edit renameForm = rename.field("displayName", m.account_rename(), null, "text", true, "off")
                .edit(path, csrf, Map.of("version", Long.toString(version)), null, null, m.account_rename_submit(),
                        null, null);
        Forms.Edit passwordForm = password.value("password", "").value("confirmation", "")
                .field("password", m.account_new_password(), m.account_new_password_hint(), "password", true,
                        "new-password")
                .field("confirmation", m.account_password_confirm(), null, "password", true, "new-password")
                .edit(AccountPaths.password(user.id), csrf, Map.of(), null, null, m.account_set_password(), null,
                        null);
        int errors = rename.errorCount() + password.errorCount();
        Views.Page page = context.page(Forms.title(context.msg(FrameMsg.class), user.displayName, errors),
                Section.ACCOUNTS, path);
        return context.render(SecurityViews.Templates.account(page, new SecurityViews.AccountPage(row(user), renameForm,
                passwordForm, csrf, notice, alert)), status);
    }

    private SecurityViews.AccountRow row(AppUser u) {
        FrameMsg frame = context.msg(FrameMsg.class);
        return new SecurityViews.AccountRow(u.id, u.email, u.displayName,
                u.role == UserRole.ADMIN ? frame.role_admin() : frame.role_facilitator(), u.active,
                u.id.equals(context.actor().userId()), Formats.dateTime(context.locale(), u.createdAt));
    }
}
