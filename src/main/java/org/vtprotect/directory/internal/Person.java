package org.vtprotect.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.vtprotect.directory.Gender;

/**
 * A person, identified by their e-mail address trimmed and lower-cased: the same address is the
 * same person everywhere. A family name is required; some people have no given name.
 */
@Entity
public class Person {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 320;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String givenName;
    private String familyName;
    private String email;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Gender gender;

    private @Nullable Long organisationId;
    private @Nullable String countryIso3;
    private String searchText;
    private String sortName;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Person() {
        this.givenName = "";
        this.familyName = "";
        this.email = "";
        this.gender = Gender.UNDISCLOSED;
        this.searchText = "";
        this.sortName = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Person(
            String email,
            @Nullable String givenName,
            String familyName,
            Gender gender,
            @Nullable Long organisationId,
            @Nullable String countryIso3) {
        this();
        this.createdAt = Instant.now();
        this.email = checkedEmail(email);
        describe(givenName, familyName, gender, organisationId, countryIso3);
    }

    /** The address every record of this person is matched by: trimmed and lower-cased. */
    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the text, once normalised, can be a person's e-mail address. */
    public static boolean isEmail(@Nullable String email) {
        if (email == null) {
            return false;
        }
        String normalised = normaliseEmail(email);
        return normalised.length() <= EMAIL_MAX
                && !PlainText.hasControlCharacters(normalised)
                && EMAIL.matcher(normalised).matches();
    }

    /** Records who the person is now: name, gender, organisation and country. */
    public void describe(
            @Nullable String givenName,
            String familyName,
            Gender gender,
            @Nullable Long organisationId,
            @Nullable String countryIso3) {
        String given = givenName == null ? "" : PlainText.tidy(givenName);
        String family = PlainText.tidy(familyName);
        if (family.isEmpty() || family.length() > NAME_MAX || given.length() > NAME_MAX) {
            throw new IllegalArgumentException("a person needs a family name; names have at most " + NAME_MAX);
        }
        this.givenName = given;
        this.familyName = family;
        this.gender = gender;
        this.organisationId = organisationId;
        this.countryIso3 = countryIso3 == null || countryIso3.isBlank()
                ? null
                : countryIso3.strip().toUpperCase(Locale.ROOT);
        touch();
    }

    /** The person now uses another address (the caller makes sure no one else does). */
    public void changeEmail(String email) {
        this.email = checkedEmail(email);
        touch();
    }

    /**
     * Erases the person at their request: the address becomes {@code pseudonym}, the given name
     * is cleared and the family name becomes {@code erasedName}; gender, organisation and country
     * stay, as the statistics count them, and so does the row under its id.
     */
    public void erase(String pseudonym, String erasedName) {
        this.email = normaliseEmail(pseudonym);
        this.givenName = "";
        this.familyName = erasedName;
        touch();
    }

    private void touch() {
        this.searchText = SearchText.fold(givenName, familyName, email);
        this.sortName = SearchText.fold(familyName, givenName);
        this.updatedAt = Instant.now();
    }

    private static String checkedEmail(String email) {
        if (!isEmail(email)) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        return normaliseEmail(email);
    }

    public Long id() {
        if (id == null) {
            throw new IllegalStateException("person not saved yet");
        }
        return id;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String email() {
        return email;
    }

    public Gender gender() {
        return gender;
    }

    public @Nullable Long organisationId() {
        return organisationId;
    }

    public @Nullable String countryIso3() {
        return countryIso3;
    }

    public String searchText() {
        return searchText;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
