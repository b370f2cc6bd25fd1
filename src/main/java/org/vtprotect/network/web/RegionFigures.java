package org.vtprotect.network.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.vtprotect.network.NetworkFigures;
import org.vtprotect.reference.Countries;

/** Members today by the region of their country, for the public network page. */
public record RegionFigures(List<Row> rows, long total) {

    public record Row(String code, String name, long members) {}

    /** Builds the figures in the reader's language. */
    @Component
    static class Source {

        private final NetworkFigures figures;
        private final Countries countries;

        Source(NetworkFigures figures, Countries countries) {
            this.figures = figures;
            this.countries = countries;
        }

        RegionFigures now(Locale locale, String noRegion) {
            Map<String, Long> counts = figures.membersByRegionNow();
            List<Row> rows = new ArrayList<>();
            counts.forEach((code, count) -> {
                if (!NetworkFigures.NO_REGION.equals(code)) {
                    rows.add(new Row(code, countries.regionName(code, locale), count));
                } else if (count > 0) {
                    rows.add(new Row(code, noRegion, count));
                }
            });
            return new RegionFigures(
                    rows, counts.values().stream().mapToLong(Long::longValue).sum());
        }
    }
}
