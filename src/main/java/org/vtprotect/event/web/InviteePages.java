package org.vtprotect.event.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.event.InvitationView;
import org.vtprotect.event.Invitations;
import org.vtprotect.event.RegistrationStatus;
import org.vtprotect.event.RegistrationView;
import org.vtprotect.platform.ProblemException;

/**
 * What an invitee's personal link opens: the registration form prefilled with what the organiser
 * knew (the invited address fixed), or a way to decline. An unknown link is a 404, whoever asks.
 */
@Controller
class InviteePages {

    private final Invitations invitations;
    private final EventPageFactory pages;

    InviteePages(Invitations invitations, EventPageFactory pages) {
        this.invitations = invitations;
        this.pages = pages;
    }

    @GetMapping("/events/{id}/invitation/{token}")
    String open(@PathVariable long id, @PathVariable String token, Locale locale, Model model) {
        Invitations.Opened opened = invitations.open(id, token);
        InvitationView i = opened.invitation();
        RegistrationForm prefilled = new RegistrationForm(
                i.givenName(),
                i.familyName(),
                i.email(),
                null,
                i.organisation(),
                null,
                i.countryIso3(),
                i.countryIso3(),
                null,
                null,
                null,
                null,
                null);
        return show(opened, token, prefilled, Map.of(), locale, model);
    }

    @PostMapping("/events/{id}/invitation/{token}")
    String accept(
            @PathVariable long id,
            @PathVariable String token,
            @ModelAttribute RegistrationForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Invitations.Opened opened = invitations.open(id, token);
        try {
            RegistrationView registered = invitations.accept(id, token, form.request(locale.getLanguage()), locale);
            redirect.addFlashAttribute("waitlisted", registered.status() == RegistrationStatus.WAITLISTED);
            redirect.addFlashAttribute("title", opened.event().title());
            return "redirect:/events/" + id + "/invitation/" + token + "/answered";
        } catch (ProblemException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            return show(opened, token, form, pages.errors(e, locale), locale, model);
        }
    }

    @PostMapping("/events/{id}/invitation/{token}/decline")
    String decline(@PathVariable long id, @PathVariable String token) {
        invitations.decline(id, token);
        return "redirect:/events/" + id + "/invitation/" + token + "/answered";
    }

    @GetMapping("/events/{id}/invitation/{token}/answered")
    String answered(@PathVariable long id, @PathVariable String token, Model model) {
        Invitations.Opened opened = invitations.open(id, token);
        model.addAttribute("opened", opened);
        if (!model.containsAttribute("waitlisted")) {
            model.addAttribute("waitlisted", null);
        }
        return "event/answered";
    }

    private String show(
            Invitations.Opened opened,
            String token,
            RegistrationForm form,
            Map<String, String> errors,
            Locale locale,
            Model model) {
        model.addAttribute("page", pages.registration(opened.event(), form, errors, locale));
        model.addAttribute("invitation", opened.invitation());
        model.addAttribute("action", "/events/" + opened.event().id() + "/invitation/" + token);
        model.addAttribute("open", invitations.accepting(opened.event().id()));
        return "event/invitation";
    }
}
