package org.vtprotect.network.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Country;

/**
 * The M49 tree: each region, sub-region and intermediate region with the regions that contain it,
 * and each country with the regions it lies in. "Western Africa" lies in "Sub-Saharan Africa",
 * which lies in "Africa".
 */
@Component
public class RegionHierarchy {

    private final Map<String, Set<String>> withParents = new HashMap<>();
    private final Map<String, Set<String>> ofCountry = new HashMap<>();

    RegionHierarchy(Countries countries) {
        for (Country c : countries.all()) {
            Set<String> chain = new LinkedHashSet<>();
            for (String code : new String[] {c.intermediateRegionCode(), c.subregionCode(), c.regionCode()}) {
                if (code != null) {
                    chain.add(code);
                }
            }
            ofCountry.put(c.iso3(), Set.copyOf(chain));
            String[] ordered = chain.toArray(String[]::new);
            for (int i = 0; i < ordered.length; i++) {
                Set<String> up = withParents.computeIfAbsent(ordered[i], k -> new LinkedHashSet<>());
                for (int j = i; j < ordered.length; j++) {
                    up.add(ordered[j]);
                }
            }
        }
    }

    /** Whether {@code region} is {@code within} or lies inside it. */
    public boolean within(String region, String within) {
        return withParents.getOrDefault(region, Set.of(region)).contains(within);
    }

    /** Whether the country lies in the region (at any level). */
    public boolean countryIn(String iso3, String region) {
        return ofCountry.getOrDefault(iso3, Set.of()).contains(region);
    }
}
