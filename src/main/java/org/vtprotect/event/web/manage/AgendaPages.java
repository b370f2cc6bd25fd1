package org.vtprotect.event.web.manage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.vtprotect.directory.People;
import org.vtprotect.event.Agenda;
import org.vtprotect.event.EventView;
import org.vtprotect.event.Events;
import org.vtprotect.event.Registrations;
import org.vtprotect.event.SessionView;
import org.vtprotect.platform.ProblemException;

/**
 * The agenda's sessions: add, change, remove. Speakers and the moderator are chosen among the
 * people registered for the event (and those already chosen).
 */
@Controller
class AgendaPages {

    private final Events events;
    private final Agenda agenda;
    private final Registrations registrations;
    private final People people;
    private final EventChoices choices;

    AgendaPages(Events events, Agenda agenda, Registrations registrations, People people, EventChoices choices) {
        this.events = events;
        this.agenda = agenda;
        this.registrations = registrations;
        this.people = people;
        this.choices = choices;
    }

    @GetMapping("/manage/events/{id}/sessions/new")
    String newForm(@PathVariable long id, Locale locale, Model model) {
        EventView event = events.forOrganisers(id);
        return form(event, null, SessionForm.empty(event.startDate().toString()), FieldErrors.NONE, locale, model);
    }

    @PostMapping("/manage/events/{id}/sessions")
    String add(@PathVariable long id, @ModelAttribute SessionForm form, Locale locale, Model model) {
        EventView event = events.forOrganisers(id);
        try {
            agenda.add(id, form.request());
            return "redirect:/manage/events/" + id + "#agenda";
        } catch (ProblemException e) {
            return refused(e, event, null, form, locale, model);
        }
    }

    @GetMapping("/manage/events/{id}/sessions/{sessionId}/edit")
    String editForm(@PathVariable long id, @PathVariable long sessionId, Locale locale, Model model) {
        EventView event = events.forOrganisers(id);
        SessionView session = agenda.find(id, sessionId);
        return form(event, sessionId, SessionForm.of(session), FieldErrors.NONE, locale, model);
    }

    @PostMapping("/manage/events/{id}/sessions/{sessionId}")
    String change(
            @PathVariable long id,
            @PathVariable long sessionId,
            @ModelAttribute SessionForm form,
            Locale locale,
            Model model) {
        EventView event = events.forOrganisers(id);
        agenda.find(id, sessionId);
        try {
            agenda.change(id, sessionId, form.request());
            return "redirect:/manage/events/" + id + "#agenda";
        } catch (ProblemException e) {
            return refused(e, event, sessionId, form, locale, model);
        }
    }

    @PostMapping("/manage/events/{id}/sessions/{sessionId}/delete")
    String remove(@PathVariable long id, @PathVariable long sessionId) {
        agenda.remove(id, sessionId);
        return "redirect:/manage/events/" + id + "#agenda";
    }

    private String refused(
            ProblemException e,
            EventView event,
            @Nullable Long sessionId,
            SessionForm form,
            Locale locale,
            Model model) {
        if (!e.status().is4xxClientError()
                || e.status().value() == 404
                || e.status().value() == 403) {
            throw e;
        }
        return form(event, sessionId, form, FieldErrors.of(e, field -> field), locale, model);
    }

    private String form(
            EventView event,
            @Nullable Long sessionId,
            SessionForm form,
            FieldErrors errors,
            Locale locale,
            Model model) {
        List<Option> days = new ArrayList<>();
        for (var day = event.startDate(); !day.isAfter(event.endDate()); day = day.plusDays(1)) {
            days.add(new Option(day.toString(), choices.day(day, locale)));
        }
        Map<Long, String> speakers = new LinkedHashMap<>();
        registrations.ofEvent(event.id()).forEach(r -> speakers.put(r.personId(), ""));
        form.request().speakerIds().forEach(p -> speakers.put(p, ""));
        if (form.request().moderatorId() != null) {
            speakers.put(form.request().moderatorId(), "");
        }
        List<Option> options = speakers.keySet().stream()
                .flatMap(p -> people.find(p).stream())
                .map(p -> new Option(
                        String.valueOf(p.id()),
                        choices.text("event.manage.personWithEmail", locale, choices.personName(p, locale), p.email())))
                .sorted((a, b) -> a.label().compareToIgnoreCase(b.label()))
                .toList();
        model.addAttribute("page", new SessionFormPage(event, sessionId, form, errors, days, options));
        return "event/manage/session";
    }
}
