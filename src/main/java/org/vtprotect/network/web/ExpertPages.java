package org.vtprotect.network.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.vtprotect.network.ExpertPage;
import org.vtprotect.network.ExpertQuery;
import org.vtprotect.network.ExpertSearch;
import org.vtprotect.network.NetworkMembership;
import org.vtprotect.network.Viewer;

/**
 * Expert search and profiles for members and staff: the list with words, filters, count and paging
 * (the results alone for an htmx request), and one expert's profile, each showing only what the
 * reader may see.
 */
@Controller
class ExpertPages {

    static final String LIST = "/network/experts";
    static final int SIZE = 20;

    private final ExpertSearch search;
    private final NetworkMembership membership;
    private final ExpertLabels labels;
    private final ApplicationChoices choices;

    ExpertPages(ExpertSearch search, NetworkMembership membership, ExpertLabels labels, ApplicationChoices choices) {
        this.search = search;
        this.membership = membership;
        this.labels = labels;
        this.choices = choices;
    }

    @GetMapping(LIST)
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable List<String> targetType,
            @RequestParam(required = false) @Nullable List<String> threatType,
            @RequestParam(required = false) @Nullable List<String> theme,
            @RequestParam(required = false) @Nullable List<String> language,
            @RequestParam(required = false) @Nullable List<String> country,
            @RequestParam(required = false) @Nullable List<String> region,
            @RequestParam(required = false) @Nullable String available,
            @RequestParam(required = false) @Nullable String page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            Locale locale,
            Model model) {
        Viewer viewer = membership.viewer();
        ExpertQuery query = ExpertParams.query(q, targetType, threatType, theme, language, country, region, available);
        int number = ExpertParams.number(page, 0, "page");
        ExpertPage found = search.search(query, viewer, number, SIZE, locale);
        long from = found.items().isEmpty() ? 0 : (long) number * SIZE + 1;
        long to = found.items().isEmpty() ? 0 : from + found.items().size() - 1;
        model.addAttribute(
                "list",
                new ExpertListPage(
                        query,
                        filters(locale),
                        found.items().stream().map(p -> labels.card(p, locale)).toList(),
                        from,
                        to,
                        found.totalItems(),
                        number > 0 ? ExpertListPage.link(query, number - 1) : null,
                        to < found.totalItems() ? ExpertListPage.link(query, number + 1) : null));
        return htmx != null && restore == null ? "network/experts/results" : "network/experts/list";
    }

    @GetMapping(LIST + "/{id}")
    String expert(@PathVariable long id, Locale locale, Model model) {
        Viewer viewer = membership.viewer();
        model.addAttribute("card", labels.card(search.profile(id, viewer), locale));
        model.addAttribute("staff", viewer.staff());
        return "network/experts/expert";
    }

    private ExpertListPage.Filters filters(Locale locale) {
        var c = choices.choices(locale);
        Map<String, String> languages = new LinkedHashMap<>(c.unLanguages());
        languages.putAll(c.otherLanguages());
        return new ExpertListPage.Filters(
                c.targetTypes(), c.threatTypes(), c.themes(), languages, c.countries(), c.regions());
    }
}
