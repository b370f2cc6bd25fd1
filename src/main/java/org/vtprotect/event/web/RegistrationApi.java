package org.vtprotect.event.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.event.RegistrationRequest;
import org.vtprotect.event.RegistrationView;
import org.vtprotect.event.Registrations;

/** Registrations and attendance over JSON. */
@RestController
class RegistrationApi {

    /** The days a person attended: {@code {"days":["2021-06-15"]}}. */
    record Attendance(@Nullable List<String> days) {}

    private final Registrations registrations;

    RegistrationApi(Registrations registrations) {
        this.registrations = registrations;
    }

    @PostMapping("/api/v1/events/{id}/registrations")
    ResponseEntity<RegistrationView> register(
            @PathVariable long id, @RequestBody RegistrationRequest request, Locale locale) {
        RegistrationView registered = registrations.register(id, request, locale);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/events/" + id + "/registrations/" + registered.id()))
                .body(registered);
    }

    @GetMapping("/api/v1/events/{id}/registrations")
    List<RegistrationView> list(@PathVariable long id) {
        return registrations.ofEvent(id);
    }

    @PutMapping("/api/v1/events/{id}/registrations/{registrationId}/attendance")
    RegistrationView attendance(
            @PathVariable long id, @PathVariable long registrationId, @RequestBody Attendance attendance) {
        return registrations.recordAttendance(id, registrationId, attendance.days());
    }
}
