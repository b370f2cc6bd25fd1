package org.vtprotect.event.web.manage;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.event.EventView;

/** The form of one session: a new one ({@code sessionId} null) or one to change; people are those who may speak. */
public record SessionFormPage(
        EventView event,
        @Nullable Long sessionId,
        SessionForm form,
        FieldErrors errors,
        List<Option> days,
        List<Option> people) {

    public String action() {
        return "/manage/events/" + event.id() + "/sessions" + (sessionId == null ? "" : "/" + sessionId);
    }

    public String value(@Nullable String value) {
        return value == null ? "" : value;
    }
}
