package org.vtprotect.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An organisation ("entity"): one record per name and country, whatever the spelling's case. */
@Entity
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;
    private @Nullable String acronym;
    private String type;
    private @Nullable String countryIso3;
    private String matchKey;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Organisation() {
        this.name = "";
        this.type = "";
        this.matchKey = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Organisation(String name, @Nullable String acronym, String type, @Nullable String countryIso3) {
        this.createdAt = Instant.now();
        this.name = "";
        this.type = type;
        this.matchKey = "";
        this.updatedAt = createdAt;
        change(name, acronym, type, countryIso3);
    }

    public void change(String name, @Nullable String acronym, String type, @Nullable String countryIso3) {
        this.name = name.strip().replaceAll("\\s+", " ");
        this.acronym = acronym == null || acronym.isBlank() ? null : acronym.strip();
        this.type = type;
        this.countryIso3 = countryIso3 == null || countryIso3.isBlank()
                ? null
                : countryIso3.strip().toUpperCase(Locale.ROOT);
        this.matchKey = matchKey(this.name, this.countryIso3);
        this.updatedAt = Instant.now();
    }

    /** Two organisations are the same entity when their names match case- and space-insensitively in one country. */
    public static String matchKey(String name, @Nullable String countryIso3) {
        String folded = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return folded + "|"
                + (countryIso3 == null || countryIso3.isBlank()
                        ? ""
                        : countryIso3.strip().toUpperCase(Locale.ROOT));
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

    public Instant updatedAt() {
        return updatedAt;
    }
}
