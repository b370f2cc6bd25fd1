package org.vtprotect.network.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.network.ApplicationContent;
import org.vtprotect.network.ApplicationDetail;
import org.vtprotect.network.ApplicationState;
import org.vtprotect.network.ExpertVetting;
import org.vtprotect.network.internal.Regions;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/**
 * The programme officers' side: the queue of applications with filters and counts, and one
 * application with its notes, conflict of interest and decision (post, redirect, get).
 */
@Controller
class VettingPages {

    static final String QUEUE = "/manage/network/applications";
    static final int SIZE = 20;

    private final ExpertVetting vetting;
    private final Countries countries;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final MessageSource messages;

    VettingPages(
            ExpertVetting vetting, Countries countries, Taxonomy taxonomy, Regions regions, MessageSource messages) {
        this.vetting = vetting;
        this.countries = countries;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping(QUEUE)
    String queue(
            @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "false") String conflict,
            @RequestParam(defaultValue = "0") String page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            Locale locale,
            Model model) {
        String shown =
                Arrays.stream(ApplicationState.values()).anyMatch(s -> s.name().equals(state)) || "all".equals(state)
                        ? state
                        : "";
        Set<ApplicationState> states = switch (shown) {
            case "" -> ApplicationState.TO_REVIEW;
            case "all" -> EnumSet.allOf(ApplicationState.class);
            default -> EnumSet.of(ApplicationState.valueOf(shown));
        };
        String query = q.strip().length() > 200 ? q.strip().substring(0, 200) : q.strip();
        boolean conflictOnly = "true".equals(conflict);
        var found = vetting.queue(states, query, conflictOnly, page(page), SIZE);
        var rows = found.getContent().stream()
                .map(a -> new QueuePage.Row(a, country(a.countryIso3(), locale)))
                .toList();
        model.addAttribute("list", QueuePage.of(shown, query, conflictOnly, vetting.counts(), found, rows));
        return htmx != null && restore == null ? "network/manage/queueResults" : "network/manage/queue";
    }

    @GetMapping(QUEUE + "/{id}")
    String application(@PathVariable long id, Locale locale, Model model) {
        String notice = model.containsAttribute("notice") ? (String) model.getAttribute("notice") : null;
        model.addAttribute("page", page(vetting.get(id), FieldErrors.NONE, DetailPage.Typed.NOTHING, notice, locale));
        return "network/manage/application";
    }

    @PostMapping(QUEUE + "/{id}/review")
    String review(
            @PathVariable long id,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                id,
                () -> vetting.startReview(id),
                "network.notice.reviewStarted",
                DetailPage.Typed.NOTHING,
                locale,
                model,
                response,
                redirect);
    }

    @PostMapping(QUEUE + "/{id}/notes")
    String note(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String note,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                id,
                () -> vetting.addNote(id, note),
                "network.notice.noteAdded",
                new DetailPage.Typed(note, null, null, null),
                locale,
                model,
                response,
                redirect);
    }

    @PostMapping(QUEUE + "/{id}/conflict")
    String conflict(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") String conflict,
            @RequestParam(required = false) @Nullable String conflictNote,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                id,
                () -> vetting.flagConflict(id, "true".equals(conflict), conflictNote),
                "network.notice.conflictSaved",
                new DetailPage.Typed(null, null, null, conflictNote),
                locale,
                model,
                response,
                redirect);
    }

    @PostMapping(QUEUE + "/{id}/decision")
    String decide(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String decision,
            @RequestParam(required = false) @Nullable String reason,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                id,
                () -> vetting.decide(id, decision, reason),
                "network.notice.decided",
                new DetailPage.Typed(null, decision, reason, null),
                locale,
                model,
                response,
                redirect);
    }

    /** Runs an action, then shows the application again: redirected with a notice, or with the errors. */
    private String act(
            long id,
            Runnable action,
            String notice,
            DetailPage.Typed typed,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:" + QUEUE + "/" + id;
        } catch (ProblemException e) {
            if (!e.status().is4xxClientError() || e.status().value() == 404) {
                throw e;
            }
            response.setStatus(e.status().value());
            FieldErrors errors = FieldErrors.of(e, messages, locale, field -> field);
            model.addAttribute("page", page(vetting.get(id), errors, typed, null, locale));
            return "network/manage/application";
        }
    }

    private DetailPage page(
            ApplicationDetail detail,
            FieldErrors errors,
            DetailPage.Typed typed,
            @Nullable String notice,
            Locale locale) {
        ApplicationContent c = detail.content();
        Map<String, List<String>> expertise = new LinkedHashMap<>();
        expertise.put("targetTypes", labels(Vocabulary.TARGET_TYPES, c.targetTypes(), locale));
        expertise.put("threatTypes", labels(Vocabulary.THREAT_TYPES, c.threatTypes(), locale));
        expertise.put("themes", labels(Vocabulary.THEMES, c.themes(), locale));
        expertise.put("actorTypes", labels(Vocabulary.ACTOR_TYPES, c.actorTypes(), locale));
        List<String> languages = c.languages().stream()
                .map(l -> messages.getMessage(
                        "network.detail.languageLevel",
                        new Object[] {
                            ApplicationChoices.language(l.code(), locale),
                            messages.getMessage("network.level." + l.level().name(), null, locale)
                        },
                        locale))
                .toList();
        List<String> regionNames =
                c.regions().stream().map(r -> regions.name(r, locale)).toList();
        return new DetailPage(
                detail, country(c.countryIso3(), locale), expertise, languages, regionNames, errors, typed, notice);
    }

    private List<String> labels(Vocabulary vocabulary, List<String> codes, Locale locale) {
        return codes.stream()
                .map(code -> taxonomy.label(vocabulary, code, locale))
                .toList();
    }

    private String country(String iso3, Locale locale) {
        return countries.find(iso3).map(c -> c.name(locale)).orElse(iso3);
    }

    private static int page(String value) {
        try {
            int page = Integer.parseInt(value.strip());
            if (page < 0 || page > 1_000_000) {
                throw ProblemException.invalid("page", "network.queue.page.invalid");
            }
            return page;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("page", "network.queue.page.invalid");
        }
    }
}
