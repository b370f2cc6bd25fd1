package org.vtprotect.event.web.manage;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.event.EventView;

/** The event editor: a new event ({@code event} null) or one to change, the form as typed, its errors, the choices. */
public record EventEditorPage(
        @Nullable EventView event,
        EventForm form,
        FieldErrors errors,
        List<Option> types,
        List<Option> themes,
        List<Option> targetTypes,
        List<Option> countries,
        List<Option> organisations,
        List<Option> timeZones,
        List<Option> languages,
        List<Option> formats,
        List<Option> visibilities) {

    public String action() {
        return event == null ? "/manage/events" : "/manage/events/" + event.id() + "/edit";
    }

    public String value(@Nullable String value) {
        return value == null ? "" : value;
    }
}
