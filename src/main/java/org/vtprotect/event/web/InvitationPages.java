package org.vtprotect.event.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.directory.People;
import org.vtprotect.event.Events;
import org.vtprotect.event.InvitationState;
import org.vtprotect.event.InvitationView;
import org.vtprotect.event.Invitations;
import org.vtprotect.event.internal.Viewer;
import org.vtprotect.platform.Languages;
import org.vtprotect.platform.ProblemException;

/** The organiser's invitations: invite from the directory or a file, send reminders, follow the answers. */
@Controller
class InvitationPages {

    private static final int PAGE_SIZE = 20;

    private final Invitations invitations;
    private final Events events;
    private final People people;
    private final ProblemTexts problems;

    InvitationPages(Invitations invitations, Events events, People people, ProblemTexts problems) {
        this.invitations = invitations;
        this.events = events;
        this.people = people;
        this.problems = problems;
    }

    @GetMapping("/manage/events/{id}/invitations")
    String page(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        return show(id, state, q, Math.max(page, 0), List.of(), locale, model);
    }

    @PostMapping("/manage/events/{id}/invitations/file")
    String fromFile(
            @PathVariable long id,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file,
            Locale locale,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            String name = file == null ? null : file.getOriginalFilename();
            return done(id, invitations.inviteFromFile(id, name, content, locale), locale, redirect);
        } catch (ProblemException e) {
            return failed(id, e, locale, model);
        }
    }

    @PostMapping("/manage/events/{id}/invitations/directory")
    String fromDirectory(
            @PathVariable long id,
            @RequestParam(value = "person", required = false) @Nullable List<Long> personIds,
            @RequestParam(required = false) @Nullable String language,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            return done(
                    id,
                    invitations.inviteFromDirectory(id, personIds == null ? List.of() : personIds, language, locale),
                    locale,
                    redirect);
        } catch (ProblemException e) {
            return failed(id, e, locale, model);
        }
    }

    @PostMapping("/manage/events/{id}/invitations/reminders")
    String remind(@PathVariable long id, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            int sent = invitations.remind(id);
            redirect.addFlashAttribute("notice", problems.text("event.invitations.reminded", locale, sent));
            return "redirect:/manage/events/" + id + "/invitations";
        } catch (ProblemException e) {
            return failed(id, e, locale, model);
        }
    }

    private String done(long id, Invitations.Outcome outcome, Locale locale, RedirectAttributes redirect) {
        String notice = problems.text("event.invitations.sent", locale, outcome.invited());
        if (!outcome.alreadyInvited().isEmpty()) {
            notice += " "
                    + problems.text(
                            "event.invitations.already",
                            locale,
                            outcome.alreadyInvited().size());
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/manage/events/" + id + "/invitations";
    }

    private String failed(long id, ProblemException e, Locale locale, Model model) {
        if (e.status().value() == 403 || e.status().value() == 404) {
            throw e;
        }
        return show(id, null, null, 0, problems.of(e, locale), locale, model);
    }

    private String show(
            long id,
            @Nullable String state,
            @Nullable String q,
            int page,
            List<String> errors,
            Locale locale,
            Model model) {
        InvitationState shown = state == null || state.isBlank() ? null : InvitationApi.state(state);
        Page<InvitationView> rows = invitations.list(id, shown, page, PAGE_SIZE);
        boolean staff = Viewer.current().staff();
        String query = q == null || q.isBlank() ? null : q.strip();
        List<People.View> found = staff && query != null
                ? people.search(query, null, null, 0, PAGE_SIZE).getContent()
                : List.of();
        Map<String, String> languages = new LinkedHashMap<>();
        Languages.SUPPORTED.forEach(l -> languages.put(l.getLanguage(), Languages.ownName(l)));
        model.addAttribute(
                "page",
                new InvitationsPage(
                        events.find(id),
                        invitations.counts(id),
                        rows.getContent(),
                        shown,
                        rows.getNumber(),
                        PAGE_SIZE,
                        rows.getTotalElements(),
                        staff,
                        query,
                        found,
                        languages,
                        errors));
        if (!model.containsAttribute("notice")) {
            model.addAttribute("notice", null);
        }
        return "event/manage/invitations";
    }
}
