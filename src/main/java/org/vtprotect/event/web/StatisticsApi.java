package org.vtprotect.event.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.event.EventStatistics;
import org.vtprotect.event.Figures;

/** The figures of an event or a period, for programme staff and partners. */
@RestController
class StatisticsApi {

    private final EventStatistics statistics;

    StatisticsApi(EventStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/events/{id}/statistics")
    Figures ofEvent(@PathVariable long id) {
        return statistics.ofEvent(id);
    }

    @GetMapping("/api/v1/statistics/events")
    Figures ofPeriod(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String region) {
        return statistics.ofPeriod(
                EventApi.blankToNull(from),
                EventApi.blankToNull(to),
                EventApi.blankToNull(type),
                EventApi.blankToNull(theme),
                EventApi.blankToNull(country),
                EventApi.blankToNull(region));
    }
}
