package org.vtprotect.account.web.admin;

import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.account.internal.AuditEventRepository;

/** The audit trail, newest first, filtered by action and by actor. */
@RestController
class AuditApi {

    private final AuditEventRepository events;

    AuditApi(AuditEventRepository events) {
        this.events = events;
    }

    @GetMapping("/api/v1/audit")
    ApiPage<AuditEntry> list(
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return ApiPage.of(events.filter(
                        AccountListQuery.clip(action),
                        AccountListQuery.clip(actor).toLowerCase(Locale.ROOT),
                        Paging.checked(page, size))
                .map(AuditEntry::of));
    }
}
