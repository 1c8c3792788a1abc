package org.odmaturity.security.web;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.error.PreconditionRequiredException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.security.AppUser;
import org.odmaturity.security.Roles;
import org.odmaturity.security.UserResource;
import org.odmaturity.security.UserRole;
import org.odmaturity.security.UserService;
import org.odmaturity.web.Forms;
import org.odmaturity.web.Forms.Form;
import org.odmaturity.web.PageContext;

/**
 * Accounts of the regional team and of the facilitators: list, creation with an initial password, renaming, password
 * reset, deactivation and reactivation. Deactivation and a new password end the account's web sessions at once.
 */
@Path("/admin/comptes")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AccountPagesResource {

    /** What {@code ?ok=} on an account's page reports. */
    enum Done {
        RENAMED, PASSWORD, DEACTIVATED, REACTIVATED;

        String text(AccountMsg m) {
            return switch (this) {
                case RENAMED -> m.account_renamed();
                case PASSWORD -> m.account_password_set();
                case DEACTIVATED -> m.account_deactivated();
                case REACTIVATED -> m.account_reactivated();
            };
        }

        String param() {
            return name().toLowerCase(Locale.ROOT);
        }

        static String text(String ok, AccountMsg m) {
            for (Done done : values()) {
                if (done.param().equals(ok)) {
                    return done.text(m);
                }
            }
            return null;
        }
    }

    @Inject PageContext context;
    @Inject UserService users;
    @Inject AccountPages pages;
    @Inject Validator validator;

    @GET
    public Response list(@QueryParam("ok") String ok) {
        return pages.list(users.list(), "created".equals(ok) ? context.msg(AccountMsg.class).account_created() : null);
    }

    @GET
    @Path("nouveau")
    public Response newAccount() {
        return pages.creating(new Form().value("email", "").value("displayName", "").value("role", "facilitator"),
                200);
    }

    @POST
    @Path("nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String email, @RestForm String displayName, @RestForm String role,
            @RestForm String password) {
        AccountMsg m = context.msg(AccountMsg.class);
        Form form = new Form().value("email", Forms.trimmed(email)).value("displayName", Forms.trimmed(displayName))
                .value("role", Forms.trimmed(role));
        UserRole chosen = null;
        for (UserRole candidate : UserRole.values()) {
            if (candidate.role().equals(form.value("role"))) {
                chosen = candidate;
            }
        }
        UserResource.NewUser request = new UserResource.NewUser(Forms.blankToNull(form.value("email")),
                Forms.blankToNull(form.value("displayName")), password == null || password.isEmpty() ? null
                        : password, chosen);
        validator.validate(request).forEach(v -> form.error(Forms.field(v), refusal(v, m)));
        if (form.hasErrors()) {
            return pages.creating(form, 422);
        }
        try {
            users.create(request.email(), request.displayName(), password, chosen);
            return Response.seeOther(AccountPaths.list("created")).build();
        } catch (ConflictException e) {
            form.error("email", m.err_email_taken());
            return pages.creating(form, 409);
        }
    }

    private String refusal(ConstraintViolation<UserResource.NewUser> v, AccountMsg m) {
        Forms.Texts t = context.msg(Forms.Texts.class);
        String field = Forms.field(v);
        return switch (field) {
            case "password" -> v.getConstraintDescriptor().getAnnotation() instanceof NotNull
                    ? t.err_required(m.account_password()) : m.err_password_length();
            case "role" -> t.err_choose(m.account_role());
            default -> Forms.violation(v, field, "email".equals(field) ? m.account_email() : m.account_name(), t);
        };
    }

    @GET
    @Path("{id}")
    public Response account(@PathParam("id") long id, @QueryParam("ok") String ok) {
        return pages.account(find(id), Done.text(ok, context.msg(AccountMsg.class)), null, 200);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@PathParam("id") long id, @RestForm String displayName,
            @RestForm("version") String versionSent) {
        AppUser user = find(id);
        AccountMsg m = context.msg(AccountMsg.class);
        Forms.Texts t = context.msg(Forms.Texts.class);
        Form form = new Form().value("displayName", Forms.trimmed(displayName));
        Long version = Forms.number(Forms.trimmed(versionSent));
        if (form.value("displayName").isEmpty()) {
            form.error("displayName", t.err_required(m.account_name()));
        } else if (form.value("displayName").length() > 200) {
            form.error("displayName", t.err_too_long(m.account_name(), 200));
        }
        if (form.hasErrors()) {
            return pages.account(user, form, version == null ? user.version : version, new Form(), null, null, 422);
        }
        try {
            users.rename(id, version == null ? ExpectedVersion.none() : ExpectedVersion.of(version),
                    form.value("displayName"));
            return Response.seeOther(AccountPaths.account(id, Done.RENAMED.param())).build();
        } catch (PreconditionFailedException | PreconditionRequiredException e) {
            return pages.account(find(id), null, m.account_stale(), 409);
        }
    }

    @POST
    @Path("{id}/mot-de-passe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setPassword(@PathParam("id") long id, @RestForm @DefaultValue("") String password,
            @RestForm @DefaultValue("") String confirmation) {
        AccountMsg m = context.msg(AccountMsg.class);
        AppUser user = find(id);
        Form form = new Form();
        if (password.isEmpty()) {
            form.error("password", context.msg(Forms.Texts.class).err_required(m.account_new_password()));
        } else if (password.length() < UserService.PASSWORD_MIN || password.length() > UserService.PASSWORD_MAX) {
            form.error("password", m.err_password_length());
        } else if (!password.equals(confirmation)) {
            form.error("confirmation", m.err_password_confirm());
        }
        if (!form.hasErrors()) {
            try {
                users.setPassword(id, password);
                return Response.seeOther(AccountPaths.account(id, Done.PASSWORD.param())).build();
            } catch (InvalidInputException e) {
                form.error("password", m.err_password_length());
            }
        }
        return pages.account(user, new Form().value("displayName", user.displayName), user.version, form, null,
                null, 422);
    }

    @POST
    @Path("{id}/desactiver")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivate(@PathParam("id") long id) {
        try {
            users.deactivate(id, context.actor().userId());
            return Response.seeOther(AccountPaths.account(id, Done.DEACTIVATED.param())).build();
        } catch (ConflictException e) {
            return pages.account(find(id), null, context.msg(AccountMsg.class).account_self_deactivate(), 409);
        }
    }

    @POST
    @Path("{id}/reactiver")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reactivate(@PathParam("id") long id) {
        users.reactivate(id);
        return Response.seeOther(AccountPaths.account(id, Done.REACTIVATED.param())).build();
    }

    private AppUser find(long id) {
        return users.find(id).orElseThrow(() -> new ResourceNotFoundException("No account " + id + "."));
    }
}
