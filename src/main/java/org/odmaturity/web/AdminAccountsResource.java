package org.odmaturity.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.error.PreconditionRequiredException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.security.Actor;
import org.odmaturity.security.AppUser;
import org.odmaturity.security.Roles;
import org.odmaturity.security.UserResource;
import org.odmaturity.security.UserRole;
import org.odmaturity.security.UserService;
import org.odmaturity.web.AdminViews.EditPage;
import org.odmaturity.web.AdminViews.Form;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Accounts of the regional team and of the facilitators: list, creation with an initial password, renaming, password
 * reset, deactivation and reactivation. Deactivation and a new password end the account's web sessions at once.
 */
@Path("/")
public class AdminAccountsResource {

    @Inject
    SecurityIdentity identity;
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    private final StaffPages pages;
    private final UserService users;
    private final Validator validator;
    private final AdminMsg fr;
    private final AdminMsg en;

    public AdminAccountsResource(StaffPages pages, UserService users, Validator validator, AdminMsg fr,
            @Localized("en") AdminMsg en) {
        this.pages = pages;
        this.users = users;
        this.validator = validator;
        this.fr = fr;
        this.en = en;
    }

    private AdminMsg msg(String lang) {
        return "en".equals(lang) ? en : fr;
    }

    @GET
    @Path("admin/comptes")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response list(@QueryParam("lang") String langParam, @QueryParam("ok") String ok) {
        String lang = pages.lang(langParam, headers);
        AdminMsg m = msg(lang);
        List<AdminViews.AccountRow> rows = users.list().stream().map(u -> row(u, lang)).toList();
        Views.Page page = pages.page(lang, uriInfo, m.accounts_title(), identity, "accounts");
        return pages.html(AdminViews.Pages.accounts(page, new AdminViews.AccountList(rows,
                "created".equals(ok) ? m.account_created() : null, pages.csrfToken(identity))), lang, langParam, 200);
    }

    @GET
    @Path("admin/comptes/nouveau")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response newAccount(@QueryParam("lang") String langParam) {
        String lang = pages.lang(langParam, headers);
        Form form = new Form().value("email", "").value("displayName", "").value("role", "facilitator");
        return renderNew(lang, langParam, form, 200);
    }

    @POST
    @Path("admin/comptes/nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response create(@QueryParam("lang") String langParam, MultivaluedMap<String, String> posted) {
        String lang = pages.lang(langParam, headers);
        AdminMsg m = msg(lang);
        Form form = new Form().value("email", AdminViews.trimmed(posted.getFirst("email")))
                .value("displayName", AdminViews.trimmed(posted.getFirst("displayName")))
                .value("role", AdminViews.trimmed(posted.getFirst("role")));
        String password = posted.getFirst("password") == null ? "" : posted.getFirst("password");
        UserRole role = null;
        for (UserRole candidate : UserRole.values()) {
            if (candidate.role().equals(form.value("role"))) {
                role = candidate;
            }
        }
        UserResource.NewUser request = new UserResource.NewUser(AdminResource.blankToNull(form.value("email")),
                AdminResource.blankToNull(form.value("displayName")), password.isEmpty() ? null : password, role);
        for (ConstraintViolation<UserResource.NewUser> v : validator.validate(request)) {
            String field = AdminViews.field(v);
            String message = switch (field) {
                case "password" -> v.getConstraintDescriptor().getAnnotation() instanceof jakarta.validation
                        .constraints.NotNull ? m.err_required(m.account_password()) : m.err_password_length();
                case "role" -> m.err_choose(m.account_role());
                default -> AdminViews.violation(v, field, "email".equals(field) ? m.account_email()
                        : m.account_name(), m);
            };
            form.error(field, message);
        }
        if (!form.hasErrors()) {
            try {
                users.create(request.email(), request.displayName(), password, role);
                return Response.seeOther(URI.create("/admin/comptes?ok=created")).build();
            } catch (ConflictException e) {
                form.error("email", m.err_email_taken());
                return renderNew(lang, langParam, form, 409);
            }
        }
        return renderNew(lang, langParam, form, 422);
    }

    @GET
    @Path("admin/comptes/{id}")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response account(@PathParam("id") long id, @QueryParam("lang") String langParam,
            @QueryParam("ok") String ok) {
        String lang = pages.lang(langParam, headers);
        AdminMsg m = msg(lang);
        AppUser user = find(id);
        String notice = ok == null ? null : switch (ok) {
            case "renamed" -> m.account_renamed();
            case "password" -> m.account_password_set();
            case "deactivated" -> m.account_deactivated();
            case "reactivated" -> m.account_reactivated();
            default -> null;
        };
        return renderAccount(lang, langParam, user, new Form().value("displayName", user.displayName), user.version,
                new Form(), notice, null, 200);
    }

    @POST
    @Path("admin/comptes/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response rename(@PathParam("id") long id, @QueryParam("lang") String langParam,
            MultivaluedMap<String, String> posted) {
        String lang = pages.lang(langParam, headers);
        AdminMsg m = msg(lang);
        AppUser user = find(id);
        Form form = new Form().value("displayName", AdminViews.trimmed(posted.getFirst("displayName")));
        String version = AdminViews.trimmed(posted.getFirst("version"));
        boolean versionOk = version.matches("[0-9]{1,18}");
        if (form.value("displayName").isEmpty()) {
            form.error("displayName", m.err_required(m.account_name()));
        } else if (form.value("displayName").length() > 200) {
            form.error("displayName", m.err_too_long(m.account_name(), 200));
        }
        if (form.hasErrors()) {
            return renderAccount(lang, langParam, user, form, versionOk ? Long.parseLong(version) : user.version,
                    new Form(), null, null, 422);
        }
        try {
            users.rename(id, versionOk ? ExpectedVersion.of(Long.parseLong(version)) : ExpectedVersion.none(), form.value("displayName"));
            return Response.seeOther(URI.create("/admin/comptes/" + id + "?ok=renamed")).build();
        } catch (PreconditionFailedException | PreconditionRequiredException e) {
            AppUser now = find(id);
            return renderAccount(lang, langParam, now, new Form().value("displayName", now.displayName),
                    now.version, new Form(), null, m.account_stale(), 409);
        }
    }

    @POST
    @Path("admin/comptes/{id}/mot-de-passe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response setPassword(@PathParam("id") long id, @QueryParam("lang") String langParam,
            MultivaluedMap<String, String> posted) {
        String lang = pages.lang(langParam, headers);
        AdminMsg m = msg(lang);
        AppUser user = find(id);
        String password = posted.getFirst("password") == null ? "" : posted.getFirst("password");
        String confirmation = posted.getFirst("confirmation") == null ? "" : posted.getFirst("confirmation");
        Form form = new Form();
        if (password.isEmpty()) {
            form.error("password", m.err_required(m.account_new_password()));
        } else if (password.length() < UserService.PASSWORD_MIN || password.length() > UserService.PASSWORD_MAX) {
            form.error("password", m.err_password_length());
        } else if (!password.equals(confirmation)) {
            form.error("confirmation", m.err_password_confirm());
        }
        if (!form.hasErrors()) {
            try {
                users.setPassword(id, password);
                return Response.seeOther(URI.create("/admin/comptes/" + id + "?ok=password")).build();
            } catch (InvalidInputException e) {
                form.error("password", m.err_password_length());
            }
        }
        return renderAccount(lang, langParam, user, new Form().value("displayName", user.displayName), user.version,
                form, null, null, 422);
    }

    @POST
    @Path("admin/comptes/{id}/desactiver")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response deactivate(@PathParam("id") long id, @QueryParam("lang") String langParam,
            MultivaluedMap<String, String> posted) {
        String lang = pages.lang(langParam, headers);
        try {
            users.deactivate(id, Actor.of(identity).userId());
            return Response.seeOther(URI.create("/admin/comptes/" + id + "?ok=deactivated")).build();
        } catch (ConflictException e) {
            AppUser user = find(id);
            return renderAccount(lang, langParam, user, new Form().value("displayName", user.displayName),
                    user.version, new Form(), null, msg(lang).account_self_deactivate(), 409);
        }
    }

    @POST
    @Path("admin/comptes/{id}/reactiver")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response reactivate(@PathParam("id") long id, @QueryParam("lang") String langParam,
            MultivaluedMap<String, String> posted) {
        String lang = pages.lang(langParam, headers);
        users.reactivate(id);
        return Response.seeOther(URI.create("/admin/comptes/" + id + "?ok=reactivated")).build();
    }

    // ---------------------------------------------------------------------------------------------------- rendering

    private AppUser find(long id) {
        return users.find(id).orElseThrow(() -> new ResourceNotFoundException("No account " + id + "."));
    }

    private AdminViews.AccountRow row(AppUser u, String lang) {
        FrameMsg staff = pages.msg(lang);
        Long self = Actor.of(identity).userId();
        return new AdminViews.AccountRow(u.id, u.email, u.displayName,
                u.role == UserRole.ADMIN ? staff.role_admin() : staff.role_facilitator(), u.active,
                u.id.equals(self), AdminViews.dateTime(u.createdAt, lang));
    }

    private Response renderNew(String lang, String langParam, Form form, int status) {
        AdminMsg m = msg(lang);
        FrameMsg staff = pages.msg(lang);
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(UserRole.FACILITATOR.role(), staff.role_facilitator());
        roles.put(UserRole.ADMIN.role(), staff.role_admin());
        form.field("email", m.account_email(), m.account_email_hint(), "email", true, "off")
                .field("displayName", m.account_name(), null, "text", true, "off")
                .field("role", m.account_role(), null, "radios", true, null, null, null,
                        AdminViews.options(roles, form.value("role")))
                .field("password", m.account_password(), m.account_password_hint(), "password", true,
                        "new-password");
        EditPage edit = new EditPage("/admin/comptes/nouveau", pages.csrfToken(identity), form.fields(), Map.of(),
                form.summary(), null, null, List.of(), m.account_create(), "/admin/comptes", null);
        Views.Page page = new Views.Page(lang, "/admin/comptes/nouveau", AdminViews.title(staff,
                m.account_new_title(), form.errors.size()), pages.staff(identity, "accounts"));
        return pages.html(AdminViews.Pages.accountNew(page, edit), lang, langParam, status);
    }

    private Response renderAccount(String lang, String langParam, AppUser user, Form rename, long version,
            Form password, String notice, String alert, int status) {
        AdminMsg m = msg(lang);
        String csrf = pages.csrfToken(identity);
        rename.field("displayName", m.account_rename(), null, "text", true, "off");
        EditPage renameForm = new EditPage("/admin/comptes/" + user.id, csrf, rename.fields(),
                Map.of("version", Long.toString(version)), rename.summary(), null, null, List.of(),
                m.account_rename_submit(), null, null);
        password.value("password", "").value("confirmation", "");
        password.field("password", m.account_new_password(), m.account_new_password_hint(), "password", true,
                "new-password");
        password.field("confirmation", m.account_password_confirm(), null, "password", true, "new-password");
        EditPage passwordForm = new EditPage("/admin/comptes/" + user.id + "/mot-de-passe", csrf, password.fields(),
                Map.of(), password.summary(), null, null, List.of(), m.account_set_password(), null, null);
        int errors = rename.errors.size() + password.errors.size();
        Views.Page page = new Views.Page(lang, "/admin/comptes/" + user.id, AdminViews.title(pages.msg(lang),
                user.displayName, errors), pages.staff(identity, "accounts"));
        return pages.html(AdminViews.Pages.account(page, new AdminViews.AccountPage(row(user, lang), renameForm,
                passwordForm, csrf, notice, alert)), lang, langParam, status);
    }
}
