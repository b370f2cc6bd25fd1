package org.vtprotect.event.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.vtprotect.account.AccountErased;
import org.vtprotect.directory.People;

/**
 * Erases a person from the events when they are erased at their request ({@link AccountErased}),
 * in the erasing transaction (a plain listener, so the address is never stored as an event
 * publication), then erases them from the directory.
 *
 * <p>Their registrations lose their free-text needs but keep the person's id, organisation,
 * represented country, gender, role, status and attendance, so that every statistic stays the
 * same. Invitations to their address (or answered by one of their registrations) are
 * pseudonymised rather than deleted: the address becomes {@code erased-invitation-<id>@erased.invalid},
 * names and organisation are cleared, the personal links stop working, and one not answered yet
 * counts as declined, so no reminder is sent and the organisers' invitation counts stay true.
 *
 * <p>This module calls {@link People#erase} because the directory cannot hear of the erasure
 * itself: it depends on no module that knows about accounts, and the person's registrations must
 * be found by the address before the directory forgets it.
 */
@Component
class PersonErasure {

    private final People people;
    private final JdbcTemplate jdbc;

    PersonErasure(People people, JdbcTemplate jdbc) {
        this.people = people;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AccountErased erased) {
        String address = erased.email();
        Long personId = people.findByEmail(address).map(People.View::id).orElse(null);
        if (personId != null) {
            jdbc.update(
                    "UPDATE registration SET needs = NULL, updated_at = CURRENT_TIMESTAMP, version = version + 1"
                            + " WHERE person_id = ? AND needs IS NOT NULL",
                    personId);
        }
        String invitations =
                " FROM invitation WHERE lower(email) = ? OR registration_id IN (SELECT id FROM registration WHERE person_id = ?)";
        long person = personId == null ? -1L : personId;
        jdbc.update(
                "DELETE FROM invitation_token WHERE invitation_id IN (SELECT id" + invitations + ")", address, person);
        jdbc.update(
                "UPDATE invitation SET state = 'DECLINED', answered_at = CURRENT_TIMESTAMP, version = version + 1 WHERE state = 'SENT' AND id IN (SELECT id"
                        + invitations + ")",
                address,
                person);
        jdbc.update(
                "UPDATE invitation SET email = CONCAT('erased-invitation-', CAST(id AS VARCHAR), '@erased.invalid'),"
                        + " given_name = NULL, family_name = NULL, organisation_name = NULL, version = version + 1"
                        + " WHERE id IN (SELECT id" + invitations + ")",
                address,
                person);
        people.erase(address);
    }
}
