package org.vtprotect.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Writes the benchmark's directory and event data straight into the module tables with JDBC
 * batches, from a fixed seed, so that every run on every database holds the same records.
 *
 * <p>Distributions: organisations of all ten taxonomy types, the international ones mostly without
 * a country, the others in countries drawn with a Zipf law over every country of the reference list
 * (Member States, the two observer States, and territories that are neither); people mostly of an
 * organisation and its country, 41 % female, 44 % male, 1.5 % other, 13.5 % undisclosed; events of
 * one to three days, most of them held, a few drafts and cancelled ones, 95 % starting in the
 * period year and 5 % in the year before; each event's registrants drawn with a skew so that some
 * people attend many events; 4 % of registrations waitlisted; confirmed registrations of held
 * events attended on each day with probability 0.85 (at least one day) for 87 % of them; roles
 * mostly participants, then speakers, observers, moderators, organisers.
 */
final class EventData {

    /** How many records to write. */
    record Size(int organisations, int people, int events, int attendance) {

        static Size of(double scale) {
            return new Size(
                    Math.max(50, (int) Math.round(20_000 * scale)),
                    Math.max(200, (int) Math.round(200_000 * scale)),
                    Math.max(10, (int) Math.round(5_000 * scale)),
                    Math.max(500, (int) Math.round(1_000_000 * scale)));
        }
    }

    /** What was written. */
    record Written(
            int organisations,
            int people,
            int events,
            int registrations,
            int attendance,
            int eventsInPeriod,
            List<Long> organisationIds,
            List<String[]> organisationKeys) {}

    /** A country of the reference list with its UN status. */
    record Country(String iso3, String status) {}

    static final int PERIOD_YEAR = 2024;
    private static final int BATCH = 2_000;
    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 1, 15, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final String[] ORGANISATION_TYPES = {
        "MEMBER_STATE_GOVERNMENT", "LOCAL_GOVERNMENT", "UN_ENTITY", "INTERNATIONAL_ORGANISATION",
        "REGIONAL_ORGANISATION", "CIVIL_SOCIETY", "RELIGIOUS_ORGANISATION", "PRIVATE_SECTOR", "ACADEMIA", "OTHER"
    };
    private static final double[] ORGANISATION_TYPE_WEIGHTS = {34, 11, 3, 4, 3, 14, 5, 11, 10, 5};
    private static final Set<String> INTERNATIONAL =
            Set.of("UN_ENTITY", "INTERNATIONAL_ORGANISATION", "REGIONAL_ORGANISATION");
    private static final String[] ORGANISATION_WORDS = {
        "Ministry of Interior", "City of", "Office", "Organization", "Commission", "Foundation",
        "Interfaith Council", "Security Services", "Institute", "Association"
    };
    private static final String[] GENDERS = {"FEMALE", "MALE", "OTHER", "UNDISCLOSED"};
    private static final double[] GENDER_WEIGHTS = {41, 44, 1.5, 13.5};
    private static final String[] ROLES = {"PARTICIPANT", "SPEAKER", "MODERATOR", "ORGANISER", "OBSERVER"};
    private static final double[] ROLE_WEIGHTS = {75, 10, 4, 4, 7};
    private static final String[] EVENT_TYPES = {
        "EXPERT_GROUP_MEETING", "WORKSHOP", "TRAINING", "TABLETOP_EXERCISE", "STUDY_VISIT", "CONFERENCE", "WEBINAR",
        "OUTREACH"
    };
    private static final double[] EVENT_TYPE_WEIGHTS = {15, 25, 20, 8, 4, 8, 15, 5};
    private static final String[] STATES = {"HELD", "PUBLISHED", "REGISTRATION_CLOSED", "CANCELLED", "DRAFT"};
    private static final double[] STATE_WEIGHTS = {88, 4, 3, 3, 2};
    private static final String[] LANGUAGES = {"en", "fr", "es", "ru", "zh", "ar"};
    private static final double[] LANGUAGE_WEIGHTS = {55, 15, 12, 8, 4, 6};
    private static final String[] THEMES = {
        "RISK_ASSESSMENT", "PHYSICAL_PROTECTION", "PERSONNEL_TRAINING", "INFORMATION_SHARING", "CRISIS_MANAGEMENT"
    };
    private static final String[] GIVEN = {"Amina", "Bek", "Lola", "Pietro", "Leila", "Tom", "Wei", "Olga", "Juan"};
    private static final String[] FAMILY = {"Rahimova", "Nazarov", "Rossi", "Haddad", "Smith", "Li", "Ivanova"};

    private final Random random;
    private final List<Country> countries;
    private final double[] countryWeights;

    EventData(long seed) {
        this.random = new Random(seed);
        this.countries = countries();
        // Zipf over a shuffled (but seeded) order, so the busy countries are not the alphabet's first
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < countries.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(seed + 1));
        this.countryWeights = new double[countries.size()];
        for (int rank = 0; rank < order.size(); rank++) {
            countryWeights[order.get(rank)] = 1.0 / (rank + 1);
        }
    }

    /** The reference list of countries, read from the application's own file. */
    static List<Country> countries() {
        List<Country> countries = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(EventData.class.getResourceAsStream("/reference/countries.csv")),
                StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", 5);
                if (cells.length >= 4 && cells[1].matches("[A-Z]{3}")) {
                    countries.add(new Country(cells[1], cells[3]));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return countries;
    }

    Written write(Connection db, Size size) throws SQLException {
        db.setAutoCommit(false);
        long organisationBase = nextId(db, "organisation");
        long personBase = nextId(db, "person");
        long eventBase = nextId(db, "event");
        long registrationBase = nextId(db, "registration");

        // organisations
        String[] orgType = new String[size.organisations()];
        String[] orgCountry = new String[size.organisations()];
        List<Long> organisationIds = new ArrayList<>();
        List<String[]> organisationKeys = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO organisation (id, name, acronym, type,"
                + " country_iso3, match_key, created_at, updated_at, version, search_text, sort_name)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
            for (int i = 0; i < size.organisations(); i++) {
                String type = pick(ORGANISATION_TYPES, ORGANISATION_TYPE_WEIGHTS);
                String country = INTERNATIONAL.contains(type) && random.nextDouble() < 0.8 ? null : country();
                int word = Math.floorMod(i, ORGANISATION_WORDS.length);
                String name = ORGANISATION_WORDS[word] + " " + (i + 1);
                String acronym = random.nextDouble() < 0.3 ? "ORG" + (i + 1) : null;
                long id = organisationBase + i;
                orgType[i] = type;
                orgCountry[i] = country;
                organisationIds.add(id);
                organisationKeys.add(new String[] {name, type, country});
                insert.setLong(1, id);
                insert.setString(2, name);
                insert.setString(3, acronym);
                insert.setString(4, type);
                insert.setString(5, country);
                insert.setString(6, name.toLowerCase(Locale.ROOT) + "|" + (country == null ? "" : country));
                insert.setObject(7, NOW);
                insert.setObject(8, NOW);
                insert.setString(9, (name + " " + (acronym == null ? "" : acronym)).toLowerCase(Locale.ROOT));
                insert.setString(10, name.toLowerCase(Locale.ROOT));
                add(insert, i);
            }
            finish(insert);
        }
        db.commit();

        // people
        int[] personOrg = new int[size.people()];
        String[] personCountry = new String[size.people()];
        String[] personGender = new String[size.people()];
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO person (id, given_name, family_name, email,"
                + " gender, organisation_id, country_iso3, created_at, updated_at, version, search_text, sort_name)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
            for (int i = 0; i < size.people(); i++) {
                // bigger organisations send more people: the low indexes are drawn more often
                int org = random.nextDouble() < 0.92 ? skewed(size.organisations(), 1.8) : -1;
                String country = org >= 0 && orgCountry[org] != null ? orgCountry[org] : country();
                String gender = pick(GENDERS, GENDER_WEIGHTS);
                String given = GIVEN[random.nextInt(GIVEN.length)];
                String family = FAMILY[random.nextInt(FAMILY.length)];
                String email = "p" + (i + 1) + ".bench@example.org";
                personOrg[i] = org;
                personCountry[i] = country;
                personGender[i] = gender;
                insert.setLong(1, personBase + i);
                insert.setString(2, given);
                insert.setString(3, family);
                insert.setString(4, email);
                insert.setString(5, gender);
                if (org < 0) {
                    insert.setNull(6, Types.BIGINT);
                } else {
                    insert.setLong(6, organisationBase + org);
                }
                insert.setString(7, country);
                insert.setObject(8, NOW);
                insert.setObject(9, NOW);
                insert.setString(10, (given + " " + family + " " + email).toLowerCase(Locale.ROOT));
                insert.setString(11, (family + " " + given).toLowerCase(Locale.ROOT));
                add(insert, i);
            }
            finish(insert);
        }
        db.commit();

        // events, with a theme or two and their languages
        LocalDate[] start = new LocalDate[size.events()];
        int[] days = new int[size.events()];
        String[] state = new String[size.events()];
        int inPeriod = 0;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO event (id, title, type, start_date,"
                        + " end_date, time_zone, format, venue_city, venue_country_iso3, online_link, description,"
                        + " visibility, registration_opens, registration_closes, capacity, seats_taken, state,"
                        + " sample_data, created_at, updated_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, ?, FALSE, ?, ?, 0)");
                PreparedStatement theme = db.prepareStatement("INSERT INTO event_theme (event_id, code) VALUES (?, ?)");
                PreparedStatement language =
                        db.prepareStatement("INSERT INTO event_language (event_id, code) VALUES (?, ?)")) {
            for (int i = 0; i < size.events(); i++) {
                int year = random.nextDouble() < 0.95 ? PERIOD_YEAR : PERIOD_YEAR - 1;
                start[i] = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                double d = random.nextDouble();
                days[i] = d < 0.5 ? 1 : d < 0.8 ? 2 : 3;
                state[i] = pick(STATES, STATE_WEIGHTS);
                if (year == PERIOD_YEAR && !state[i].equals("DRAFT") && !state[i].equals("CANCELLED")) {
                    inPeriod++;
                }
                String type = pick(EVENT_TYPES, EVENT_TYPE_WEIGHTS);
                boolean online = type.equals("WEBINAR");
                long id = eventBase + i;
                insert.setLong(1, id);
                insert.setString(2, "Benchmark " + type.toLowerCase(Locale.ROOT).replace('_', ' ') + " " + (i + 1));
                insert.setString(3, type);
                insert.setObject(4, start[i]);
                insert.setObject(5, start[i].plusDays(days[i] - 1L));
                insert.setString(6, online ? "UTC" : "Europe/Vienna");
                insert.setString(7, online ? "VIRTUAL" : random.nextDouble() < 0.2 ? "HYBRID" : "IN_PERSON");
                insert.setString(8, online ? null : "City " + (i % 300));
                insert.setString(9, online ? null : country());
                insert.setString(10, online ? "https://meet.example.org/" + (i + 1) : null);
                insert.setString(11, "Good practices in the protection of vulnerable targets.");
                insert.setString(12, random.nextDouble() < 0.7 ? "PUBLIC" : "INVITATION_ONLY");
                insert.setObject(13, start[i].minusDays(60));
                insert.setObject(14, start[i].minusDays(3));
                insert.setString(15, state[i]);
                insert.setObject(16, NOW);
                insert.setObject(17, NOW);
                add(insert, i);
                int first = random.nextInt(THEMES.length);
                theme.setLong(1, id);
                theme.setString(2, THEMES[first]);
                theme.addBatch();
                if (random.nextBoolean()) {
                    theme.setLong(1, id);
                    theme.setString(2, THEMES[(first + 1) % THEMES.length]);
                    theme.addBatch();
                }
                language.setLong(1, id);
                language.setString(2, pick(LANGUAGES, LANGUAGE_WEIGHTS));
                language.addBatch();
            }
            finish(insert);
            theme.executeBatch();
            language.executeBatch();
        }
        db.commit();

        // registrations and attendance, until exactly size.attendance() attendance records
        List<Set<Integer>> registrants = new ArrayList<>();
        for (int i = 0; i < size.events(); i++) {
            registrants.add(new HashSet<>());
        }
        // each registration gives about 0.96 * 0.87 * 1.5 = 1.25 attendance records when the event is held
        double perEvent = size.attendance() / (size.events() * 0.88 * 1.25) * 0.95;
        int registrations = 0;
        int attendance = 0;
        List<Row> rows = new ArrayList<>();
        boolean firstPass = true;
        while (attendance < size.attendance()) {
            for (int e = 0; e < size.events() && attendance < size.attendance(); e++) {
                int planned = firstPass
                        ? (int) Math.round(perEvent * (0.2 + 1.6 * random.nextDouble()))
                        : (state[e].equals("HELD") ? 1 + random.nextInt(3) : 0);
                for (int k = 0; k < planned && attendance < size.attendance(); k++) {
                    if (registrants.get(e).size() >= size.people() / 2) {
                        break;
                    }
                    int person;
                    do {
                        // frequent participants: the low indexes come back event after event
                        person = skewed(size.people(), 1.6);
                    } while (!registrants.get(e).add(person));
                    long id = registrationBase + registrations++;
                    int org = personOrg[person];
                    double o = random.nextDouble();
                    Long organisationId = org < 0 || o < 0.05
                            ? null
                            : o < 0.10 ? organisationBase + random.nextInt(size.organisations()) : organisationBase + org;
                    double c = random.nextDouble();
                    String represented = c < 0.03 ? null : c < 0.07 ? country() : personCountry[person];
                    boolean confirmed = random.nextDouble() >= 0.04;
                    String gender = random.nextDouble() < 0.98 ? personGender[person] : "UNDISCLOSED";
                    String role = pick(ROLES, ROLE_WEIGHTS);
                    String needs = random.nextDouble() < 0.05 ? "Step-free access" : null;
                    String language = pick(LANGUAGES, LANGUAGE_WEIGHTS);
                    List<LocalDate> attended = new ArrayList<>();
                    if (confirmed && state[e].equals("HELD") && random.nextDouble() < 0.87) {
                        List<Integer> chosen = new ArrayList<>();
                        for (int day = 0; day < days[e]; day++) {
                            if (random.nextDouble() < 0.85) {
                                chosen.add(day);
                            }
                        }
                        if (chosen.isEmpty()) {
                            chosen.add(random.nextInt(days[e]));
                        }
                        for (int day : chosen) {
                            if (attendance == size.attendance()) {
                                break;
                            }
                            attended.add(start[e].plusDays(day));
                            attendance++;
                        }
                    }
                    // a registration counts while its event is neither a draft nor cancelled (none is declined here)
                    LocalDate countedOn =
                            state[e].equals("DRAFT") || state[e].equals("CANCELLED") ? null : start[e];
                    rows.add(new Row(
                            id,
                            eventBase + e,
                            personBase + person,
                            organisationId,
                            represented,
                            gender,
                            role,
                            confirmed ? "CONFIRMED" : "WAITLISTED",
                            needs,
                            language,
                            attended,
                            countedOn));
                }
            }
            firstPass = false;
        }
        keys(rows);
        try (PreparedStatement reg = db.prepareStatement("INSERT INTO registration (id, event_id, person_id,"
                        + " organisation_id, represented_country_iso3, gender, role, status, needs, language,"
                        + " consent_text, consented_at, sample_data, created_at, updated_at, version, attended,"
                        + " counted_on, person_previous, person_next, organisation_previous)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0, ?, ?, ?, ?, ?)");
                PreparedStatement att = db.prepareStatement(
                        "INSERT INTO attendance (registration_id, attended_on) VALUES (?, ?)")) {
            int pending = 0;
            int written = 0;
            for (Row row : rows) {
                reg.setLong(1, row.id());
                reg.setLong(2, row.event());
                reg.setLong(3, row.person());
                if (row.organisation() == null) {
                    reg.setNull(4, Types.BIGINT);
                } else {
                    reg.setLong(4, row.organisation());
                }
                reg.setString(5, row.represented());
                reg.setString(6, row.gender());
                reg.setString(7, row.role());
                reg.setString(8, row.status());
                reg.setString(9, row.needs());
                reg.setString(10, row.language());
                reg.setString(11, "I agree that my registration is recorded.");
                reg.setObject(12, NOW);
                reg.setObject(13, NOW);
                reg.setObject(14, NOW);
                reg.setBoolean(15, !row.days().isEmpty());
                reg.setObject(16, row.countedOn());
                reg.setObject(17, row.personPrevious);
                reg.setObject(18, row.personNext);
                reg.setObject(19, row.organisationPrevious);
                reg.addBatch();
                pending++;
                for (LocalDate day : row.days()) {
                    att.setLong(1, row.id());
                    att.setObject(2, day);
                    att.addBatch();
                    pending++;
                }
                if (pending >= BATCH) {
                    reg.executeBatch();
                    att.executeBatch();
                    pending = 0;
                }
                if (++written % 50_000 == 0) {
                    db.commit();
                }
            }
            reg.executeBatch();
            att.executeBatch();
        }
        db.commit();

        try (Statement s = db.createStatement()) {
            restart(s, "organisation", organisationBase + size.organisations());
            restart(s, "person", personBase + size.people());
            restart(s, "event", eventBase + size.events());
            restart(s, "registration", registrationBase + registrations);
        }
        db.commit();
        return new Written(
                size.organisations(),
                size.people(),
                size.events(),
                registrations,
                attendance,
                inPeriod,
                organisationIds,
                organisationKeys);
    }

    /** Index in [0, n), low indexes more likely the larger the exponent. */
    private int skewed(int n, double exponent) {
        return Math.min(n - 1, (int) (n * Math.pow(random.nextDouble(), exponent)));
    }

    private String country() {
        return pick(countries, countryWeights).iso3();
    }

    private <T> T pick(T[] values, double[] weights) {
        return pick(List.of(values), weights);
    }

    private <T> T pick(List<T> values, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    /** A registration to write, with the statistics keys the application keeps (event migration V23). */
    static final class Row {
        private final long id;
        private final long event;
        private final long person;
        private final Long organisation;
        private final String represented;
        private final String gender;
        private final String role;
        private final String status;
        private final String needs;
        private final String language;
        private final List<LocalDate> days;
        private final LocalDate countedOn;
        LocalDate personPrevious;
        LocalDate personNext;
        LocalDate organisationPrevious;

        Row(long id, long event, long person, Long organisation, String represented, String gender, String role,
                String status, String needs, String language, List<LocalDate> days, LocalDate countedOn) {
            this.id = id;
            this.event = event;
            this.person = person;
            this.organisation = organisation;
            this.represented = represented;
            this.gender = gender;
            this.role = role;
            this.status = status;
            this.needs = needs;
            this.language = language;
            this.days = days;
            this.countedOn = countedOn;
        }

        long id() { return id; }
        long event() { return event; }
        long person() { return person; }
        Long organisation() { return organisation; }
        String represented() { return represented; }
        String gender() { return gender; }
        String role() { return role; }
        String status() { return status; }
        String needs() { return needs; }
        String language() { return language; }
        List<LocalDate> days() { return days; }
        LocalDate countedOn() { return countedOn; }

        boolean keyed() {
            return countedOn != null && !days.isEmpty();
        }
    }

    /**
     * The statistics keys, worked out here independently of the application (which keeps them with
     * SQL as registrations change): among each person's counted attended registrations, ordered by
     * the event's start date and then the id, the previous one's date and the next one's
     * (9999-12-31 for the last); among each organisation's, the previous one's. The benchmark's
     * check that the API's figures equal the hand-written SQL's (which does not use the keys)
     * checks these too.
     */
    private static void keys(List<Row> rows) {
        java.util.Comparator<Row> order =
                java.util.Comparator.comparing(Row::countedOn).thenComparingLong(Row::id);
        java.util.Map<Long, List<Row>> byPerson = new java.util.HashMap<>();
        java.util.Map<Long, List<Row>> byOrganisation = new java.util.HashMap<>();
        for (Row row : rows) {
            if (row.keyed()) {
                byPerson.computeIfAbsent(row.person(), k -> new ArrayList<>()).add(row);
                if (row.organisation() != null) {
                    byOrganisation.computeIfAbsent(row.organisation(), k -> new ArrayList<>()).add(row);
                }
            }
        }
        for (List<Row> own : byPerson.values()) {
            own.sort(order);
            for (int i = 0; i < own.size(); i++) {
                own.get(i).personPrevious = i == 0 ? null : own.get(i - 1).countedOn();
                own.get(i).personNext = i == own.size() - 1 ? LocalDate.of(9999, 12, 31) : own.get(i + 1).countedOn();
            }
        }
        for (List<Row> own : byOrganisation.values()) {
            own.sort(order);
            for (int i = 0; i < own.size(); i++) {
                own.get(i).organisationPrevious = i == 0 ? null : own.get(i - 1).countedOn();
            }
        }
    }

    private static void add(PreparedStatement insert, int i) throws SQLException {
        insert.addBatch();
        if ((i + 1) % BATCH == 0) {
            insert.executeBatch();
        }
    }

    private static void finish(PreparedStatement insert) throws SQLException {
        insert.executeBatch();
    }

    private static long nextId(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1000 FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Explicit ids do not move an identity column: start it after them, for the records the API adds. */
    private static void restart(Statement s, String table, long next) throws SQLException {
        s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (next + 1000));
    }
}
