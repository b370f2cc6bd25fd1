package org.vtprotect.event.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import org.vtprotect.directory.People;
import org.vtprotect.event.EventView;
import org.vtprotect.event.InvitationState;
import org.vtprotect.event.InvitationView;

/**
 * The organiser's invitations page: counts per state, one page of invitations (optionally of one
 * state), the people of the directory found by a search (staff only), and any problems or notice.
 */
public record InvitationsPage(
        EventView event,
        Map<InvitationState, Long> counts,
        List<InvitationView> rows,
        @Nullable InvitationState state,
        int page,
        int size,
        long totalItems,
        boolean mayUseDirectory,
        @Nullable String q,
        List<People.View> found,
        Map<String, String> languages,
        List<String> errors) {

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(InvitationState s) {
        return counts.getOrDefault(s, 0L);
    }

    public long first() {
        return rows.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long last() {
        return rows.isEmpty() ? 0 : (long) page * size + rows.size();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return last() < totalItems;
    }

    public String base() {
        return "/manage/events/" + event.id() + "/invitations";
    }

    public String pageLink(int target) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(base());
        if (state != null) {
            link.queryParam("state", state.name());
        }
        if (target > 0) {
            link.queryParam("page", target);
        }
        return link.encode().build().toUriString();
    }

    public String name(InvitationView i) {
        String name = ((i.givenName() == null ? "" : i.givenName()) + " "
                        + (i.familyName() == null ? "" : i.familyName()))
                .strip();
        return name;
    }
}
