package org.vtprotect.event.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.event.AttendanceImports;
import org.vtprotect.event.EventView;
import org.vtprotect.event.ImportResult;

/** The import page: upload a list of registrations or of attendance, and the outcome of the last one. */
public record ImportPage(
        EventView event,
        List<String> errors,
        @Nullable String errorField,
        @Nullable ImportResult imported,
        AttendanceImports.@Nullable Result attendance) {

    public String base() {
        return "/manage/events/" + event.id() + "/import";
    }

    public boolean invalid(String field) {
        return field.equals(errorField) && !errors.isEmpty();
    }
}
