package org.odmaturity.campaign.mail;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The JSON bodies and query parameters of the campaign email API. */
public final class MessageRequests {

    private MessageRequests() {
    }

    /**
     * Body of {@code POST /api/campaigns/{id}/messages}: {@code {"kind": "invitation"}} queues an invitation to every
     * organisation of the campaign; {@code diagnosticIds} narrows it; {@code locale} fr (default) or en.
     */
    public record Queue(@NotNull MessageKind kind, @Size(max = 5000) List<Long> diagnosticIds,
            @Pattern(regexp = "fr|en", message = "must be fr or en") String locale) {
    }

    /** Body of {@code PUT /api/campaigns/{id}/reminders}: {@code {"enabled": true, "daysBefore": [14, 3]}}. */
    public record Reminders(@NotNull Boolean enabled, @Size(max = 5) List<Integer> daysBefore,
            @Pattern(regexp = "fr|en", message = "must be fr or en") String locale) {
    }

    /** Query parameters of {@code GET /api/campaigns/{id}/messages}. */
    public static class Filter {

        @QueryParam("status")
        @Pattern(regexp = "queued|sending|sent|failed|cancelled",
                message = "must be one of: queued, sending, sent, failed, cancelled")
        @Parameter(description = "queued, sending, sent, failed or cancelled")
        public String status;

        @QueryParam("kind")
        @Pattern(regexp = "invitation|reminder", message = "must be invitation or reminder")
        @Parameter(description = "invitation or reminder")
        public String kind;

        @QueryParam("diagnosticId")
        @Pattern(regexp = "[0-9]{1,18}", message = "must be a diagnostic id")
        @Parameter(description = "Only the messages to this diagnostic")
        public String diagnosticId;

        CampaignMessages.MessageFilter toFilter() {
            return new CampaignMessages.MessageFilter(status == null ? null : MessageStatus.fromKey(status).orElseThrow(),
                    kind == null ? null : MessageKind.fromKey(kind), diagnosticId == null ? null
                            : Long.valueOf(diagnosticId));
        }
    }
}
