package org.vtprotect.network.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vtprotect.network.Applications;
import org.vtprotect.platform.ProblemException;

/**
 * The public pages of the network: what it is, and the application form (post, redirect, then a
 * page saying a mail is on its way). They work without JavaScript.
 */
@Controller
class NetworkPages {

    private final Applications applications;
    private final ApplicationChoices choices;
    private final MessageSource messages;
    private final RegionFigures.Source regions;

    NetworkPages(
            Applications applications,
            ApplicationChoices choices,
            MessageSource messages,
            RegionFigures.Source regions) {
        this.applications = applications;
        this.choices = choices;
        this.messages = messages;
        this.regions = regions;
    }

    @GetMapping("/network")
    String about(Locale locale, Model model) {
        model.addAttribute(
                "regions", regions.now(locale, messages.getMessage("networkPrivacy.region.none", null, locale)));
        return "network/about";
    }

    @GetMapping("/network/apply")
    String form(Locale locale, Model model) {
        model.addAttribute(
                "page", new ApplicationFormPage(ApplicationForm.empty(), FieldErrors.NONE, choices.choices(locale)));
        return "network/apply";
    }

    @PostMapping("/network/apply")
    String apply(
            @ModelAttribute ApplicationForm form,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            applications.apply(form.request(locale.getLanguage()), locale, request.getRemoteAddr());
            return "redirect:/network/apply/done";
        } catch (ProblemException e) {
            if (!e.status().is4xxClientError()) {
                throw e;
            }
            response.setStatus(e.status().value());
            FieldErrors errors = FieldErrors.of(e, messages, locale, ApplicationForm::formField);
            model.addAttribute("page", new ApplicationFormPage(form, errors, choices.choices(locale)));
            return "network/apply";
        }
    }

    @GetMapping("/network/apply/done")
    String applied() {
        return "network/applied";
    }

    @GetMapping("/network/applications/confirm")
    String toConfirm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute(
                "pending",
                token.isBlank() ? null : applications.toConfirm(token).orElse(null));
        model.addAttribute("token", token);
        return "network/confirm";
    }

    @PostMapping("/network/applications/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        try {
            applications.confirm(token);
            return "redirect:/network/applications/confirmed";
        } catch (ProblemException e) {
            if (!e.status().is4xxClientError()) {
                throw e;
            }
            response.setStatus(e.status().value());
            model.addAttribute("pending", null);
            model.addAttribute("token", token);
            return "network/confirm";
        }
    }

    @GetMapping("/network/applications/confirmed")
    String confirmed() {
        return "network/confirmed";
    }

    @GetMapping("/network/applications/withdraw")
    String toWithdraw(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute(
                "pending",
                token.isBlank() ? null : applications.toWithdraw(token).orElse(null));
        model.addAttribute("token", token);
        return "network/withdraw";
    }

    @PostMapping("/network/applications/withdraw")
    String withdraw(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        try {
            applications.withdraw(token);
            return "redirect:/network/applications/withdrawn";
        } catch (ProblemException e) {
            if (!e.status().is4xxClientError()) {
                throw e;
            }
            response.setStatus(e.status().value());
            model.addAttribute("pending", null);
            model.addAttribute("token", token);
            return "network/withdraw";
        }
    }

    @GetMapping("/network/applications/withdrawn")
    String withdrawn() {
        return "network/withdrawn";
    }
}
