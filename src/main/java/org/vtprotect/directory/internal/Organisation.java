package org.vtprotect.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An organisation ("entity"): one record per name and country, whatever the spelling's case.
 * Its country may be left out only by international organisations.
 */
@Entity
public class Organisation {

    public static final int NAME_MAX = 300;
    public static final int ACRONYM_MAX = 40;

    /** Types of organisation that belong to no one country. */
    public static final Set<String> INTERNATIONAL_TYPES =
            Set.of("UN_ENTITY", "INTERNATIONAL_ORGANISATION", "REGIONAL_ORGANISATION");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;
    private @Nullable String acronym;
    private String type;
    private @Nullable String countryIso3;
    private String matchKey;
    private String searchText;
    private String sortName;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Organisation() {
        this.name = "";
        this.type = "";
        this.matchKey = "";
        this.searchText = "";
        this.sortName = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Organisation(String name, @Nullable String acronym, String type, @Nullable String countryIso3) {
        this();
        this.createdAt = Instant.now();
        change(name, acronym, type, countryIso3);
    }

    /** Renames, retypes or moves the organisation; the match key follows. */
    public void change(String name, @Nullable String acronym, String type, @Nullable String countryIso3) {
        String cleanName = tidy(name);
        String cleanAcronym = acronym == null || acronym.isBlank() ? null : tidy(acronym);
        String cleanCountry = country(countryIso3);
        if (cleanName.isEmpty() || cleanName.length() > NAME_MAX) {
            throw new IllegalArgumentException("an organisation needs a name of at most " + NAME_MAX + " characters");
        }
        if (cleanAcronym != null && cleanAcronym.length() > ACRONYM_MAX) {
            throw new IllegalArgumentException("an acronym has at most " + ACRONYM_MAX + " characters");
        }
        if (type.isBlank()) {
            throw new IllegalArgumentException("an organisation needs a type");
        }
        if (cleanCountry == null && !countryOptional(type)) {
            throw new IllegalArgumentException("only international organisations may have no country");
        }
        this.name = cleanName;
        this.acronym = cleanAcronym;
        this.type = type.strip();
        this.countryIso3 = cleanCountry;
        this.matchKey = matchKey(cleanName, cleanCountry);
        this.searchText = SearchText.fold(cleanName, cleanAcronym);
        this.sortName = SearchText.fold(cleanName);
        this.updatedAt = Instant.now();
    }

    /** Two organisations are the same entity when their names match case- and space-insensitively in one country. */
    public static String matchKey(String name, @Nullable String countryIso3) {
        String country = country(countryIso3);
        return tidy(name).toLowerCase(Locale.ROOT) + "|" + (country == null ? "" : country);
    }

    public static boolean countryOptional(@Nullable String type) {
        return type != null && INTERNATIONAL_TYPES.contains(type);
    }

    private static String tidy(String text) {
        return PlainText.tidy(text);
    }

    private static @Nullable String country(@Nullable String iso3) {
        return iso3 == null || iso3.isBlank() ? null : iso3.strip().toUpperCase(Locale.ROOT);
    }

    public Long id() {
        if (id == null) {
            throw new IllegalStateException("organisation not saved yet");
        }
        return id;
    }

    public String name() {
        return name;
    }

    public @Nullable String acronym() {
        return acronym;
    }

    public String type() {
        return type;
    }

    public @Nullable String countryIso3() {
        return countryIso3;
    }

    public String matchKey() {
        return matchKey;
    }

    public String searchText() {
        return searchText;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
