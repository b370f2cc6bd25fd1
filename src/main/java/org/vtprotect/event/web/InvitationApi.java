package org.vtprotect.event.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.event.InvitationRequest;
import org.vtprotect.event.InvitationState;
import org.vtprotect.event.InvitationView;
import org.vtprotect.event.Invitations;
import org.vtprotect.platform.ProblemException;

/** Invitations over JSON, for the event's organisers. */
@RestController
class InvitationApi {

    /** {@code {"invitations":[{"email","givenName","familyName","organisation","countryIso3","language"}]}}. */
    record Batch(@Nullable List<InvitationRequest> invitations) {}

    private final Invitations invitations;

    InvitationApi(Invitations invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/api/v1/events/{id}/invitations")
    Invitations.Outcome invite(@PathVariable long id, @RequestBody Batch batch, Locale locale) {
        if (batch.invitations() == null || batch.invitations().isEmpty()) {
            throw ProblemException.invalid("invitations", "event.invitation.nobody");
        }
        return invitations.invite(id, batch.invitations(), locale);
    }

    @GetMapping("/api/v1/events/{id}/invitations")
    Listing<InvitationView> list(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return Listing.of(invitations.list(id, state(state), page, size));
    }

    static @Nullable InvitationState state(@Nullable String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return InvitationState.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("state", "event.invitation.state.unknown");
        }
    }
}
