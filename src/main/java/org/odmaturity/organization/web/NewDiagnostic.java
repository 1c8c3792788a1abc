package org.odmaturity.organization.web;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.web.Forms;
import org.odmaturity.web.Forms.Form;
import org.odmaturity.web.PageContext;

/**
 * The "new diagnostic" form of an organisation page: checks what was chosen (campaign, mode, facilitator), asks the
 * diagnostic service to create it, and puts what the service refused on the form's fields, in the page's language.
 */
@RequestScoped
class NewDiagnostic {

    /** How a creation ended: created (the page redirects), refused on a field (422), already there (409). */
    enum Outcome {
        CREATED(303), REFUSED(422), EXISTS(409);

        final int status;

        Outcome(int status) {
            this.status = status;
        }
    }

    @Inject PageContext context;
    @Inject DiagnosticService diagnostics;

    /** Creates the diagnostic; when refused, the errors are on {@code diag}. */
    Outcome create(long organizationId, Form diag) {
        OrganizationMsg m = context.msg(OrganizationMsg.class);
        Forms.Texts t = context.msg(Forms.Texts.class);
        Long campaignId = Forms.number(diag.value("campaign"));
        if (campaignId == null) {
            diag.error("campaign", t.err_choose(m.diag_campaign()));
        }
        DiagnosticMode mode = null;
        for (DiagnosticMode candidate : DiagnosticMode.values()) {
            if (candidate.key().equals(diag.value("mode"))) {
                mode = candidate;
            }
        }
        if (mode == null) {
            diag.error("mode", t.err_choose(m.diag_mode()));
        }
        Long facilitatorId = Forms.number(diag.value("facilitator"));
        if (facilitatorId == null && !diag.value("facilitator").isEmpty()) {
            diag.error("facilitator", m.diag_facilitator_inactive());
        }
        if (diag.hasErrors()) {
            return Outcome.REFUSED;
        }
        try {
            diagnostics.create(organizationId, campaignId, mode, facilitatorId, context.actor());
            return Outcome.CREATED;
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> refused(error, diag, m, t));
            return Outcome.REFUSED;
        } catch (ConflictException e) {
            diag.error("campaign", m.diag_exists());
            return Outcome.EXISTS;
        }
    }

    /** One of the service's field errors, on the form's field. */
    private static void refused(Object error, Form diag, OrganizationMsg m, Forms.Texts t) {
        if (error instanceof Map<?, ?> entry) {
            String field = String.valueOf(entry.get("field"));
            String message = String.valueOf(entry.get("message"));
            switch (field) {
                case "campaignId" -> diag.error("campaign", message.contains("closed") ? m.diag_campaign_closed()
                        : t.err_choose(m.diag_campaign()));
                case "facilitatorId" -> diag.error("facilitator", m.diag_facilitator_inactive());
                case "mode" -> diag.error("mode", t.err_choose(m.diag_mode()));
                default -> diag.error(field, message);
            }
        }
    }
}
