package org.vtprotect.event.web.manage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.vtprotect.event.Counted;
import org.vtprotect.event.EventView;
import org.vtprotect.event.Figures;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Vocabulary;

/** Turns figures into what the statistics pages and exports show: labels, definitions, parts of each breakdown. */
@Component
class StatisticsPageFactory {

    private final EventChoices choices;
    private final Countries countries;

    StatisticsPageFactory(EventChoices choices, Countries countries) {
        this.choices = choices;
        this.countries = countries;
    }

    StatisticsPage page(
            @Nullable EventView event,
            Figures figures,
            String query,
            StatisticsPage.@Nullable PeriodForm filters,
            FieldErrors errors,
            Locale locale) {
        String base = event == null ? "/manage/statistics/events" : "/manage/events/" + event.id() + "/statistics";
        List<StatisticsPage.Card> cards = new ArrayList<>();
        for (Counted figure : Counted.values()) {
            cards.add(new StatisticsPage.Card(
                    figure.parameter(),
                    label(figure, locale),
                    choices.text("event.manage.statistics.definition." + figure.parameter(), locale),
                    figure.in(figures),
                    base + "/records?figure=" + figure.parameter() + (query.isEmpty() ? "" : "&" + query)));
        }
        return new StatisticsPage(event, figures.events(), cards, breakdowns(figures, locale), query, filters, errors);
    }

    String label(Counted figure, Locale locale) {
        return choices.text("event.manage.statistics.figure." + figure.parameter(), locale);
    }

    List<StatisticsPage.Breakdown> breakdowns(Figures figures, Locale locale) {
        return List.of(
                breakdown("gender", figures.byGender(), key -> choices.text("gender." + key, locale), locale),
                breakdown(
                        "region",
                        figures.byRegion(),
                        key -> Objects.requireNonNull(countries.regionName(key, locale)),
                        locale),
                breakdown(
                        "organisationType",
                        figures.byOrganisationType(),
                        key -> choices.label(Vocabulary.ORGANISATION_TYPES, key, locale),
                        locale),
                breakdown("role", figures.byRole(), key -> choices.text("event.role." + key, locale), locale));
    }

    private StatisticsPage.Breakdown breakdown(
            String id, Map<String, Long> counts, Function<String, String> label, Locale locale) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<StatisticsPage.Part> parts = new ArrayList<>();
        counts.forEach((key, n) -> parts.add(new StatisticsPage.Part(
                Figures.UNSPECIFIED.equals(key)
                        ? choices.text("event.manage.statistics.unspecified", locale)
                        : label.apply(key),
                n,
                total == 0 ? 0 : 100.0 * n / total)));
        return new StatisticsPage.Breakdown(id, choices.text("event.manage.statistics.by." + id, locale), parts, total);
    }
}
