package org.vtprotect.event.web;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.event.RegistrationStatus;
import org.vtprotect.event.RegistrationView;
import org.vtprotect.event.Registrations;
import org.vtprotect.platform.ProblemException;

/**
 * The public event pages: the list of upcoming and past events, an event's page, and the
 * registration form (post, redirect, then a confirmation). Drafts and invitation-only events are
 * hidden by the services: their pages answer 404.
 */
@Controller
class EventPages {

    private final EventPageFactory pages;
    private final Registrations registrations;

    EventPages(EventPageFactory pages, Registrations registrations) {
        this.pages = pages;
        this.registrations = registrations;
    }

    @GetMapping("/events")
    String list(
            @RequestParam(required = false) @Nullable String when,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        model.addAttribute("page", pages.list(when, type, page, locale));
        return "event/list";
    }

    @GetMapping("/events/{id}")
    String event(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("page", pages.detail(id, locale));
        return "event/event";
    }

    @GetMapping("/events/{id}/register")
    String form(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("page", pages.registration(id, RegistrationForm.EMPTY, Map.of(), locale));
        return "event/register";
    }

    @PostMapping("/events/{id}/register")
    String register(
            @PathVariable long id,
            @ModelAttribute RegistrationForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            RegistrationView registered = registrations.register(id, form.request(locale.getLanguage()), locale);
            redirect.addFlashAttribute("waitlisted", registered.status() == RegistrationStatus.WAITLISTED);
            redirect.addFlashAttribute("pending", registered.status() == RegistrationStatus.PENDING);
            return "redirect:/events/" + id + "/register/done";
        } catch (ProblemException e) {
            if (e.status().is4xxClientError() && e.status().value() != 404) {
                model.addAttribute("page", pages.registration(id, form, pages.errors(e, locale), locale));
                return "event/register";
            }
            throw e;
        }
    }

    @GetMapping("/events/{id}/register/done")
    String done(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("page", pages.detail(id, locale));
        // reloaded without the flash: the page no longer knows whether the place was confirmed
        if (!model.containsAttribute("waitlisted")) {
            model.addAttribute("waitlisted", null);
        }
        if (!model.containsAttribute("pending")) {
            model.addAttribute("pending", false);
        }
        return "event/registered";
    }
}
