package org.vtprotect.event.web.manage;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import org.vtprotect.event.EventView;
import org.vtprotect.event.RegistrationRow;
import org.vtprotect.event.RegistrationStatus;

/** An event's registrations for its organisers: the filters as chosen, one page of rows, the actions each allows. */
public record RegistrationsPage(
        EventView event,
        Filters filters,
        List<Option> statuses,
        List<Option> roles,
        List<Option> genders,
        List<Option> countries,
        List<Row> rows,
        int page,
        int size,
        long totalItems,
        @Nullable String notice) {

    /** The filters as the form sends them back. */
    public record Filters(String q, String organisation, String status, String role, String country, String gender) {}

    /** A registration with its codes as words. */
    public record Row(
            RegistrationRow registration,
            String name,
            String statusLabel,
            String roleLabel,
            String genderLabel,
            String countryName) {}

    public boolean approvable(Row row) {
        return row.registration().status() == RegistrationStatus.PENDING;
    }

    public boolean declinable(Row row) {
        return RegistrationStatus.declinable().contains(row.registration().status());
    }

    /** A waiting registration may take a seat when one is free. */
    public boolean promotable(Row row) {
        return row.registration().status() == RegistrationStatus.WAITLISTED && seatFree();
    }

    public boolean seatFree() {
        return event.capacity() == null || event.seatsTaken() < event.capacity();
    }

    public String action(Row row, String what) {
        return "/manage/events/" + event.id() + "/registrations/"
                + row.registration().id() + "/" + what;
    }

    public String path() {
        return "/manage/events/" + event.id() + "/registrations";
    }

    public long first() {
        return rows.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long last() {
        return rows.isEmpty() ? 0 : (long) page * size + rows.size();
    }

    public @Nullable String previous() {
        return page > 0 ? link(page - 1) : null;
    }

    public @Nullable String next() {
        return !rows.isEmpty() && last() < totalItems ? link(page + 1) : null;
    }

    private String link(int target) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path());
        add(link, "q", filters.q());
        add(link, "organisation", filters.organisation());
        add(link, "status", filters.status());
        add(link, "role", filters.role());
        add(link, "country", filters.country());
        add(link, "gender", filters.gender());
        if (target > 0) {
            link.queryParam("page", target);
        }
        return link.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder link, String name, String value) {
        if (!value.isEmpty()) {
            link.queryParam(name, value);
        }
    }
}
