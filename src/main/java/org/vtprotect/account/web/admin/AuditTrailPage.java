package org.vtprotect.account.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.vtprotect.account.internal.AuditEventRepository;

/** The audit trail for administrators, newest first, filtered by action and actor. */
@Controller
class AuditTrailPage {

    private final AuditEventRepository events;

    AuditTrailPage(AuditEventRepository events) {
        this.events = events;
    }

    @GetMapping("/admin/audit")
    String trail(
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            HttpServletRequest request,
            Model model) {
        String chosenAction = AuditActions.KNOWN.contains(action) ? action : "";
        String actorText = AccountListQuery.clip(actor);
        Page<AuditEntry> entries = events.filter(
                        chosenAction, actorText.toLowerCase(Locale.ROOT), Paging.of(page, Paging.DEFAULT_SIZE))
                .map(AuditEntry::of);
        model.addAttribute("entries", entries.getContent());
        model.addAttribute("pager", Pager.of(entries, request));
        model.addAttribute("actions", AuditActions.KNOWN);
        model.addAttribute("action", chosenAction);
        model.addAttribute("actor", actorText);
        boolean fragment = htmx != null && restore == null;
        return fragment ? "administration/auditResults" : "administration/audit";
    }
}
