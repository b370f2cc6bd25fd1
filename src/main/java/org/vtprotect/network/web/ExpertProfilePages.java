package org.vtprotect.network.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.network.ExpertProfile;
import org.vtprotect.network.ExpertProfiles;
import org.vtprotect.network.MyProfile;
import org.vtprotect.network.ProfileChange;
import org.vtprotect.network.ProfileField;
import org.vtprotect.platform.ProblemException;

/** The expert's own profile: read it in the editor, save it (post, redirect, get), errors beside fields. */
@Controller
class ExpertProfilePages {

    static final String PATH = "/network/profile";

    private final ExpertProfiles profiles;
    private final ApplicationChoices choices;
    private final MessageSource messages;

    ExpertProfilePages(ExpertProfiles profiles, ApplicationChoices choices, MessageSource messages) {
        this.profiles = profiles;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String edit(Locale locale, Model model) {
        MyProfile mine = profiles.mine();
        ExpertProfile p = mine.profile();
        Map<ProfileField, String> visibility = new EnumMap<>(ProfileField.class);
        if (p.visibility() != null) {
            p.visibility().forEach((field, v) -> visibility.put(field, v.name()));
        }
        var availability = p.availability();
        String notice = (String) model.getAttribute("notice");
        model.addAttribute(
                "page",
                new ProfileFormPage(
                        ProfileForms.form(p),
                        p.email() == null ? "" : p.email(),
                        visibility,
                        mine.available(),
                        availability == null ? null : availability.note(),
                        availability == null || availability.until() == null
                                ? null
                                : availability.until().toString(),
                        mine.version(),
                        linked(p),
                        FieldErrors.NONE,
                        choices.choices(locale),
                        notice));
        return "network/experts/profile";
    }

    @PostMapping(PATH)
    String save(
            @ModelAttribute ApplicationForm form,
            @RequestParam Map<String, String> params,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<ProfileField, String> visibility = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            String value = params.get("visibility_" + field.name());
            if (value != null) {
                visibility.put(field, value);
            }
        }
        boolean available = "true".equals(params.get("available"));
        String note = params.get("availabilityNote");
        String until = params.get("availableUntil");
        long version = version(params.get("version"));
        try {
            profiles.edit(
                    new ProfileChange(form.request(locale.getLanguage()), visibility, available, note, until, version),
                    locale);
            redirect.addFlashAttribute("notice", "networkExperts.profile.saved");
            return "redirect:" + PATH;
        } catch (ProblemException e) {
            if (!e.status().is4xxClientError() || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.status().value());
            FieldErrors errors = FieldErrors.of(e, messages, locale, ExpertProfilePages::formField);
            MyProfile mine = profiles.mine();
            model.addAttribute(
                    "page",
                    new ProfileFormPage(
                            form,
                            mine.profile().email() == null ? "" : mine.profile().email(),
                            visibility,
                            available,
                            note,
                            until,
                            e.status() == HttpStatus.CONFLICT ? mine.version() : version,
                            linked(mine.profile()),
                            errors,
                            choices.choices(locale),
                            null));
            return "network/experts/profile";
        }
    }

    private static List<ExpertProfile.PublicationView> linked(ExpertProfile p) {
        return p.publications() == null
                ? List.of()
                : p.publications().stream().filter(x -> x.documentId() != null).toList();
    }

    private static long version(@Nullable String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String formField(String field) {
        return field.startsWith("visibility.") ? "visibility_" + field.substring(11) : ApplicationForm.formField(field);
    }
}
