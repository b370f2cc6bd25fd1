package org.vtprotect.event.web.manage;

import static org.vtprotect.event.web.manage.PeriodFilter.orNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.vtprotect.event.Counted;
import org.vtprotect.event.EventStatistics;
import org.vtprotect.event.Figures;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Country;
import org.vtprotect.reference.Vocabulary;

/**
 * The statistics of the events starting in a period, of a type and theme, counting the people of
 * a country or region: a form of filters (a wrong one named beside its field), the figures, the
 * records each counts, the exports. Programme staff only: it spans every organiser's events.
 */
@Controller
class PeriodStatisticsPages {

    private final EventStatistics statistics;
    private final StatisticsPageFactory pages;
    private final RecordsPageFactory records;
    private final StatisticsExport export;
    private final EventChoices choices;
    private final Countries countries;

    PeriodStatisticsPages(
            EventStatistics statistics,
            StatisticsPageFactory pages,
            RecordsPageFactory records,
            StatisticsExport export,
            EventChoices choices,
            Countries countries) {
        this.statistics = statistics;
        this.pages = pages;
        this.records = records;
        this.export = export;
        this.choices = choices;
        this.countries = countries;
    }

    @GetMapping("/manage/statistics/events")
    String figures(@ModelAttribute PeriodFilter filter, Locale locale, Model model) {
        PeriodFilter f = tidy(filter);
        Figures figures;
        FieldErrors errors = FieldErrors.NONE;
        try {
            figures = of(f);
        } catch (ProblemException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            errors = FieldErrors.of(e, field -> field);
            figures = statistics.ofPeriod(null, null, null, null, null, null);
        }
        model.addAttribute(
                "page", pages.page(null, figures, errors.isEmpty() ? f.query() : "", form(f, locale), errors, locale));
        return "event/manage/statistics";
    }

    @GetMapping("/manage/statistics/events/records")
    String records(
            @ModelAttribute PeriodFilter filter,
            @RequestParam(defaultValue = "") String figure,
            @RequestParam(defaultValue = "0") String page,
            Locale locale,
            Model model) {
        PeriodFilter f = tidy(filter);
        Counted counted = StatisticsPages.counted(figure);
        var found = statistics.recordsOfPeriod(
                orNull(f.from()),
                orNull(f.to()),
                orNull(f.type()),
                orNull(f.theme()),
                orNull(f.country()),
                orNull(f.region()),
                counted,
                ManageEventList.page(page),
                RecordsPageFactory.SIZE);
        String query = f.query();
        String base = "/manage/statistics/events" + (query.isEmpty() ? "" : "?" + query);
        String self = "/manage/statistics/events/records?figure=" + counted.parameter()
                + (query.isEmpty() ? "" : "&" + query);
        model.addAttribute("page", records.page(null, counted, counted.in(of(f)), found, base, self, locale));
        return "event/manage/records";
    }

    @GetMapping("/manage/statistics/events/export")
    ResponseEntity<byte[]> export(
            @ModelAttribute PeriodFilter filter, @RequestParam(defaultValue = "csv") String format, Locale locale) {
        return StatisticsPages.file(export, of(tidy(filter)), format, "event-statistics", locale);
    }

    private Figures of(PeriodFilter f) {
        return statistics.ofPeriod(
                orNull(f.from()),
                orNull(f.to()),
                orNull(f.type()),
                orNull(f.theme()),
                orNull(f.country()),
                orNull(f.region()));
    }

    private static PeriodFilter tidy(PeriodFilter f) {
        return new PeriodFilter(
                clip(f.from()), clip(f.to()), clip(f.type()), clip(f.theme()), clip(f.country()), clip(f.region()));
    }

    private static String clip(String value) {
        return value == null ? "" : RegistrationPages.clip(value);
    }

    private StatisticsPage.PeriodForm form(PeriodFilter f, Locale locale) {
        Map<String, String> regions = new LinkedHashMap<>();
        countries.all().stream()
                .map(Country::regionCode)
                .filter(code -> code != null && !code.isBlank())
                .distinct()
                .sorted()
                .forEach(code -> regions.put(code, countries.regionName(code, locale)));
        countries.all().stream()
                .map(Country::subregionCode)
                .filter(code -> code != null && !code.isBlank())
                .distinct()
                .sorted()
                .forEach(code -> regions.put(code, countries.regionName(code, locale)));
        List<Option> regionOptions = regions.entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue()))
                .toList();
        return new StatisticsPage.PeriodForm(
                f.from(),
                f.to(),
                f.type(),
                f.theme(),
                f.country(),
                f.region(),
                choices.vocabulary(Vocabulary.EVENT_TYPES, locale),
                choices.vocabulary(Vocabulary.THEMES, locale),
                choices.countries(locale),
                regionOptions);
    }
}
