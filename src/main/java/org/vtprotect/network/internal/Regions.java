package org.vtprotect.network.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Country;

/**
 * The regions of experience an applicant may name: M49 codes of regions, sub-regions and
 * intermediate regions. Forms offer the finest level (West Africa rather than Africa), by region.
 */
@Component
public class Regions {

    private final Countries countries;
    private final Set<String> codes;
    private final List<Country> all;

    Regions(Countries countries) {
        this.countries = countries;
        this.all = countries.all();
        this.codes = new TreeSet<>();
        all.forEach(c -> Stream.of(c.regionCode(), c.subregionCode(), c.intermediateRegionCode())
                .filter(code -> code != null)
                .forEach(codes::add));
    }

    public boolean exists(String code) {
        return codes.contains(code);
    }

    public String name(String code, Locale locale) {
        return countries.regionName(code, locale);
    }

    /** The finest regions, code to name, grouped by their region and sorted by name within it. */
    public Map<String, String> choices(Locale locale) {
        Map<String, String> regionOf = new LinkedHashMap<>();
        for (Country c : all) {
            String finest = c.intermediateRegionCode() != null ? c.intermediateRegionCode() : c.subregionCode();
            if (finest != null && c.regionCode() != null) {
                regionOf.putIfAbsent(finest, c.regionCode());
            }
        }
        Collator collator = Collator.getInstance(locale);
        Map<String, String> choices = new LinkedHashMap<>();
        regionOf.keySet().stream()
                .sorted(Comparator.comparing((String code) -> regionOf.get(code))
                        .thenComparing(code -> name(code, locale), collator))
                .forEach(code -> choices.put(code, name(code, locale)));
        return choices;
    }
}
