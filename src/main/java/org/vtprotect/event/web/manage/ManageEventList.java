package org.vtprotect.event.web.manage;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.vtprotect.event.EventFilter;
import org.vtprotect.event.EventState;
import org.vtprotect.event.EventView;
import org.vtprotect.event.Events;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.reference.Vocabulary;

/**
 * The events their organisers manage, latest first: search by title, filter by type, state and
 * year, paging with a count; htmx gets just the results. Unknown filter values show everything.
 */
@Controller
class ManageEventList {

    static final String PATH = "/manage/events";
    static final int SIZE = 20;
    private static final int MAX_QUERY = 200;
    private static final int MAX_PAGE = 1_000_000;

    private final Events events;
    private final EventChoices choices;

    ManageEventList(Events events, EventChoices choices) {
        this.events = events;
        this.choices = choices;
    }

    @GetMapping(PATH)
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "0") String page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            Locale locale,
            Model model) {
        String query = q.strip().length() > MAX_QUERY ? q.strip().substring(0, MAX_QUERY) : q.strip();
        var types = choices.vocabulary(Vocabulary.EVENT_TYPES, locale);
        String shownType = types.stream().anyMatch(o -> o.value().equals(type)) ? type : "";
        EventState shownState = Arrays.stream(EventState.values())
                .filter(s -> s.name().equals(state))
                .findFirst()
                .orElse(null);
        Integer shownYear = year(year);
        Page<EventView> found = events.managed(
                new EventFilter(query, shownType.isEmpty() ? null : shownType, shownState, shownYear),
                page(page),
                SIZE);
        var rows = found.getContent().stream()
                .map(e -> new EventListPage.Row(
                        e,
                        choices.label(Vocabulary.EVENT_TYPES, e.type(), locale),
                        choices.text("event.state." + e.state().name(), locale),
                        choices.place(e, locale)))
                .toList();
        model.addAttribute(
                "list",
                new EventListPage(
                        query,
                        shownType,
                        shownState == null ? "" : shownState.name(),
                        shownYear == null ? "" : shownYear.toString(),
                        types,
                        choices.enumOptions(EventState.values(), "event.state.", locale),
                        rows,
                        found.getNumber(),
                        SIZE,
                        found.getTotalElements()));
        boolean fragment = htmx != null && restore == null;
        return fragment ? "event/manage/listResults" : "event/manage/list";
    }

    private static @Nullable Integer year(String value) {
        try {
            int year = Integer.parseInt(value.strip());
            return year >= 1945 && year <= 2200 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static int page(String value) {
        int page;
        try {
            page = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("page", "event.paging.page.invalid");
        }
        if (page < 0 || page > MAX_PAGE) {
            throw ProblemException.invalid("page", "event.paging.page.invalid");
        }
        return page;
    }
}
