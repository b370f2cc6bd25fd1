package org.vtprotect.event.web.manage;

import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.vtprotect.event.Counted;
import org.vtprotect.event.EventStatistics;
import org.vtprotect.event.EventView;
import org.vtprotect.event.Events;
import org.vtprotect.event.Figures;
import org.vtprotect.platform.ProblemException;

/** One event's statistics for its organisers: the figures, the records each counts, and the exports. */
@Controller
class StatisticsPages {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Events events;
    private final EventStatistics statistics;
    private final StatisticsPageFactory pages;
    private final RecordsPageFactory records;
    private final StatisticsExport export;

    StatisticsPages(
            Events events,
            EventStatistics statistics,
            StatisticsPageFactory pages,
            RecordsPageFactory records,
            StatisticsExport export) {
        this.events = events;
        this.statistics = statistics;
        this.pages = pages;
        this.records = records;
        this.export = export;
    }

    @GetMapping("/manage/events/{id}/statistics")
    String figures(@PathVariable long id, Locale locale, Model model) {
        EventView event = events.forOrganisers(id);
        Figures figures = statistics.ofManagedEvent(id);
        model.addAttribute("page", pages.page(event, figures, "", null, FieldErrors.NONE, locale));
        return "event/manage/statistics";
    }

    @GetMapping("/manage/events/{id}/statistics/records")
    String records(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String figure,
            @RequestParam(defaultValue = "0") String page,
            Locale locale,
            Model model) {
        EventView event = events.forOrganisers(id);
        Counted counted = counted(figure);
        var found = statistics.recordsOfEvent(id, counted, ManageEventList.page(page), RecordsPageFactory.SIZE);
        String base = "/manage/events/" + id + "/statistics";
        model.addAttribute(
                "page",
                records.page(
                        event,
                        counted,
                        counted.in(statistics.ofManagedEvent(id)),
                        found,
                        base,
                        base + "/records?figure=" + counted.parameter(),
                        locale));
        return "event/manage/records";
    }

    @GetMapping("/manage/events/{id}/statistics/export")
    ResponseEntity<byte[]> export(
            @PathVariable long id, @RequestParam(defaultValue = "csv") String format, Locale locale) {
        events.forOrganisers(id);
        return file(export, statistics.ofManagedEvent(id), format, "event-" + id + "-statistics", locale);
    }

    static Counted counted(String figure) {
        return Counted.of(figure.strip())
                .orElseThrow(() -> ProblemException.invalid("figure", "event.manage.statistics.figure.unknown"));
    }

    static ResponseEntity<byte[]> file(
            StatisticsExport export, Figures figures, String format, String name, Locale locale) {
        boolean xlsx = "xlsx".equals(format);
        if (!xlsx && !"csv".equals(format)) {
            throw ProblemException.invalid("format", "event.manage.statistics.format.unknown");
        }
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + (xlsx ? ".xlsx" : ".csv"))
                                .build()
                                .toString())
                .body(xlsx ? export.xlsx(figures, locale) : export.csv(figures, locale));
    }
}
