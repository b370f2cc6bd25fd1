package org.vtprotect.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;

/** Reads an iCalendar file with ical4j, an independent implementation of RFC 5545, and validates it. */
final class CalendarFiles {

    private CalendarFiles() {}

    static Calendar parseValid(byte[] content) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(content));
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors())
                .as("ical4j validation: %s", result.getEntries())
                .isFalse();
        return calendar;
    }

    static Calendar parseValid(String content) throws Exception {
        return parseValid(content.getBytes(StandardCharsets.UTF_8));
    }
}
