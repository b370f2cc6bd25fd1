package org.vtprotect.event.web.manage;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.vtprotect.event.EventFormat;
import org.vtprotect.event.EventView;
import org.vtprotect.event.Events;
import org.vtprotect.event.Visibility;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.reference.Vocabulary;

/** The event editor: a new event (in draft) or an existing one; errors beside the fields, what was typed kept. */
@Controller
class EventEditor {

    private final Events events;
    private final EventChoices choices;

    EventEditor(Events events, EventChoices choices) {
        this.events = events;
        this.choices = choices;
    }

    @GetMapping("/manage/events/new")
    String newForm(Locale locale, Model model) {
        return form(null, EventForm.EMPTY, FieldErrors.NONE, locale, model);
    }

    @PostMapping("/manage/events")
    String create(@ModelAttribute EventForm form, Locale locale, Model model) {
        try {
            EventView created = events.create(form.request());
            return "redirect:/manage/events/" + created.id();
        } catch (ProblemException e) {
            return refused(e, null, form, locale, model);
        }
    }

    @GetMapping("/manage/events/{id}/edit")
    String editForm(@PathVariable long id, Locale locale, Model model) {
        EventView event = events.forOrganisers(id);
        return form(event, EventForm.of(event), FieldErrors.NONE, locale, model);
    }

    @PostMapping("/manage/events/{id}/edit")
    String change(@PathVariable long id, @ModelAttribute EventForm form, Locale locale, Model model) {
        EventView event = events.forOrganisers(id);
        try {
            events.change(id, form.request());
            return "redirect:/manage/events/" + id;
        } catch (ProblemException e) {
            return refused(e, event, form, locale, model);
        }
    }

    private String refused(ProblemException e, @Nullable EventView event, EventForm form, Locale locale, Model model) {
        if (!e.status().is4xxClientError()
                || e.status().value() == 404
                || e.status().value() == 403) {
            throw e;
        }
        return form(event, form, FieldErrors.of(e, EventForm::formField), locale, model);
    }

    private String form(@Nullable EventView event, EventForm form, FieldErrors errors, Locale locale, Model model) {
        model.addAttribute(
                "page",
                new EventEditorPage(
                        event,
                        form,
                        errors,
                        choices.vocabulary(Vocabulary.EVENT_TYPES, locale),
                        choices.vocabulary(Vocabulary.THEMES, locale),
                        choices.vocabulary(Vocabulary.TARGET_TYPES, locale),
                        choices.countries(locale),
                        choices.organisations(),
                        choices.timeZones(),
                        choices.languages(locale),
                        choices.enumOptions(EventFormat.values(), "event.format.", locale),
                        choices.enumOptions(Visibility.values(), "event.visibility.", locale)));
        return "event/manage/form";
    }
}
