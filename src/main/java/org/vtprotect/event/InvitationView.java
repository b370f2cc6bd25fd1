package org.vtprotect.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.vtprotect.event.internal.Invitation;

/** An invitation, by value; its personal link is never shown again once sent. */
public record InvitationView(
        long id,
        long eventId,
        String email,
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String organisation,
        @Nullable String countryIso3,
        String language,
        InvitationState state,
        int reminders,
        Instant sentAt,
        @Nullable Instant remindedAt,
        @Nullable Instant answeredAt,
        @Nullable Long registrationId) {

    static InvitationView of(Invitation invitation) {
        return new InvitationView(
                invitation.id(),
                invitation.eventId(),
                invitation.email(),
                invitation.givenName(),
                invitation.familyName(),
                invitation.organisation(),
                invitation.countryIso3(),
                invitation.language(),
                invitation.state(),
                invitation.reminders(),
                invitation.sentAt(),
                invitation.remindedAt(),
                invitation.answeredAt(),
                invitation.registrationId());
    }
}
