package org.vtprotect.event.web.manage;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.event.EventView;
import org.vtprotect.event.SessionView;

/** An event as its organisers see it: what it is, the states it may move to, its agenda. */
public record EventOverviewPage(
        EventView event,
        String typeLabel,
        String stateLabel,
        @Nullable String place,
        List<String> themes,
        List<String> targetTypes,
        List<String> languages,
        List<String> organisers,
        List<Option> nextStates,
        List<SessionRow> sessions) {

    /** A session with the names of its speakers and moderator. */
    public record SessionRow(
            SessionView session,
            List<String> speakers,
            @Nullable String moderator) {}
}
