package org.odmaturity.organization.web;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

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

    private final PageContext context;
    private final DiagnosticService diagnostics;

    NewDiagnostic(PageContext context, DiagnosticService diagnostics) {
        this.context = context;
        this.diagnostics = diagnostics;
    }

    /** 303 once created; else the errors are on {@code diag} and the answer's status is returned (422 or 409). */
    int create(long organizationId, Form diag) {
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
            return 422;
        }
        try {
            diagnostics.create(organizationId, campaignId, mode, facilitatorId, context.actor());
            return 303;
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> refused(error, diag, m, t));
            return 422;
        } catch (ConflictException e) {
            diag.error("campaign", m.diag_exists());
            return 409;
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
