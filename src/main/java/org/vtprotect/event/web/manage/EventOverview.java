package org.vtprotect.event.web.manage;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vtprotect.directory.People;
import org.vtprotect.event.Agenda;
import org.vtprotect.event.EventState;
import org.vtprotect.event.EventView;
import org.vtprotect.event.Events;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.reference.Vocabulary;

/** An event's overview for its organisers, and its state changes, each confirmed on a page of its own. */
@Controller
class EventOverview {

    private final Events events;
    private final Agenda agenda;
    private final People people;
    private final EventChoices choices;

    EventOverview(Events events, Agenda agenda, People people, EventChoices choices) {
        this.events = events;
        this.agenda = agenda;
        this.people = people;
        this.choices = choices;
    }

    @GetMapping("/manage/events/{id}")
    String overview(@PathVariable long id, Locale locale, Model model) {
        EventView event = events.forOrganisers(id);
        var themes = event.themes().stream()
                .map(t -> choices.label(Vocabulary.THEMES, t, locale))
                .toList();
        var targets = event.targetTypes().stream()
                .map(t -> choices.label(Vocabulary.TARGET_TYPES, t, locale))
                .toList();
        var languages = event.languages().stream()
                .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale))
                .toList();
        var organisers = event.organiserIds().stream()
                .map(choices::organisation)
                .filter(name -> !name.isEmpty())
                .sorted()
                .toList();
        var next = event.state().next().stream()
                .sorted(Comparator.naturalOrder())
                .map(s -> new Option(s.name(), choices.text("event.manage.state.to." + s.name(), locale)))
                .toList();
        var sessions = agenda.of(id).stream()
                .map(s -> new EventOverviewPage.SessionRow(
                        s,
                        s.speakerIds().stream()
                                .map(p -> name(p, locale))
                                .filter(Objects::nonNull)
                                .toList(),
                        name(s.moderatorId(), locale)))
                .toList();
        model.addAttribute(
                "page",
                new EventOverviewPage(
                        event,
                        choices.label(Vocabulary.EVENT_TYPES, event.type(), locale),
                        choices.text("event.state." + event.state().name(), locale),
                        choices.place(event, locale),
                        themes,
                        targets,
                        languages,
                        organisers,
                        next,
                        sessions));
        return "event/manage/overview";
    }

    @GetMapping("/manage/events/{id}/state")
    String confirm(@PathVariable long id, @RequestParam(defaultValue = "") String to, Locale locale, Model model) {
        EventView event = events.forOrganisers(id);
        EventState target = Arrays.stream(EventState.values())
                .filter(s -> s.name().equals(to))
                .findFirst()
                .orElseThrow(ProblemException::notFound);
        if (!event.state().mayMoveTo(target)) {
            throw ProblemException.conflict("event.state.notAllowed");
        }
        model.addAttribute(
                "page",
                new StateChangePage(
                        event, target.name(), choices.text("event.manage.state.to." + target.name(), locale)));
        return "event/manage/state";
    }

    @PostMapping("/manage/events/{id}/state")
    String move(@PathVariable long id, @RequestParam(defaultValue = "") String to) {
        events.moveTo(id, to);
        return "redirect:/manage/events/" + id;
    }

    private @Nullable String name(@Nullable Long personId, Locale locale) {
        if (personId == null) {
            return null;
        }
        return people.find(personId).map(p -> choices.personName(p, locale)).orElse(null);
    }
}
