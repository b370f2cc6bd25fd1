package org.vtprotect.network.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vtprotect.network.ExpertMatch;
import org.vtprotect.network.ExpertMatching;
import org.vtprotect.network.MatchNeed;
import org.vtprotect.platform.ProblemException;

/**
 * Matching for programme officers: the need as a form (GET, so a result can be bookmarked and shared)
 * and the ranked experts with the reasons for each rank and how many are available.
 */
@Controller
class MatchingPage {

    private final ExpertMatching matching;
    private final ApplicationChoices choices;
    private final MessageSource messages;

    MatchingPage(ExpertMatching matching, ApplicationChoices choices, MessageSource messages) {
        this.matching = matching;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping("/manage/network/matching")
    String matching(
            @RequestParam(required = false) @Nullable List<String> targetTypes,
            @RequestParam(required = false) @Nullable List<String> threatTypes,
            @RequestParam(required = false) @Nullable List<String> themes,
            @RequestParam(required = false) @Nullable List<String> languages,
            @RequestParam(required = false) @Nullable List<String> regions,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String asked,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        boolean ask = asked != null;
        List<ExpertMatch> matches = List.of();
        FieldErrors errors = FieldErrors.NONE;
        Integer max = null;
        MatchNeed need = new MatchNeed(targetTypes, threatTypes, themes, languages, regions, null);
        if (ask) {
            try {
                max = ExpertParams.number(limit, 10, "limit");
                need = new MatchNeed(targetTypes, threatTypes, themes, languages, regions, max);
                matches = matching.match(need, locale);
            } catch (ProblemException e) {
                if (!e.status().is4xxClientError()) {
                    throw e;
                }
                response.setStatus(e.status().value());
                errors = FieldErrors.of(e, messages, locale, field -> field);
            }
        }
        model.addAttribute(
                "page",
                new MatchingForm(
                        need,
                        limit == null ? "10" : limit,
                        ask && !errors.any(),
                        matches,
                        matches.stream().filter(ExpertMatch::available).count(),
                        errors,
                        choices.choices(locale)));
        return "network/experts/matching";
    }
}
