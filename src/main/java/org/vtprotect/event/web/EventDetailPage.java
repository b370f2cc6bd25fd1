package org.vtprotect.event.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.event.EventView;
import org.vtprotect.event.Visibility;

/** An event's public page: the event and its codes as words of the reader's language. */
public record EventDetailPage(
        EventView event,
        String typeLabel,
        @Nullable String place,
        List<String> themes,
        List<String> targetTypes,
        List<String> languages,
        List<String> organisers) {

    /** The description in paragraphs, split at blank lines. */
    public List<String> paragraphs() {
        String description = event.description();
        if (description == null || description.isBlank()) {
            return List.of();
        }
        return Arrays.stream(description.strip().split("\\R\\s*\\R"))
                .map(String::strip)
                .toList();
    }

    public boolean registrationOpen() {
        return event.registrationOpen() && event.visibility() == Visibility.PUBLIC;
    }

    public String calendar() {
        return "/api/v1/events/" + event.id() + "/calendar.ics";
    }

    public String register() {
        return "/events/" + event.id() + "/register";
    }
}
