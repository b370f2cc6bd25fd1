package org.vtprotect.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.network.ApplicationDetail;
import org.vtprotect.network.ApplicationReceipt;
import org.vtprotect.network.ApplicationRequest;
import org.vtprotect.network.ApplicationState;
import org.vtprotect.network.Applications;
import org.vtprotect.network.ExpertVetting;

/** Applications to the network over JSON: anyone applies; programme officers decide. */
@RestController
@Tag(name = "Network of experts", description = "Applications to the Global Network of Experts and their vetting")
class ApplicationApi {

    /** A decision: {@code ADMITTED} or {@code DECLINED}, and the reason the applicant will read. */
    record Decision(@Nullable String decision, @Nullable String reason) {}

    /** The outcome of a decision; reviewer notes are not part of it. */
    record Decided(
            long id, ApplicationState state, @Nullable Instant decidedAt) {}

    private final Applications applications;
    private final ExpertVetting vetting;

    ApplicationApi(Applications applications, ExpertVetting vetting) {
        this.applications = applications;
        this.vetting = vetting;
    }

    /** 202: the application is stored but counts only once its address is confirmed by the mailed link. */
    @PostMapping("/api/v1/network/applications")
    @Operation(
            summary = "Apply to the network",
            description = "Public. Answers 202 {id, state: AWAITING_EMAIL_CONFIRMATION} and mails a link that confirms"
                    + " the address; a second application from an address with an open one merges into it. 400 names"
                    + " each field at fault (consent is required); 429 when one address sends too many.")
    ResponseEntity<ApplicationReceipt> apply(
            @RequestBody ApplicationRequest request, Locale locale, HttpServletRequest http) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(applications.apply(request, locale, http.getRemoteAddr()));
    }

    @PostMapping("/api/v1/network/applications/{id}/decision")
    @Operation(
            summary = "Admit or decline an application",
            description = "Programme officers. {decision: ADMITTED|DECLINED, reason}; the applicant is mailed the"
                    + " decision and the reason. 409 when the application is already decided, withdrawn or not"
                    + " confirmed yet.")
    Decided decide(@PathVariable long id, @RequestBody Decision decision) {
        ApplicationDetail decided = vetting.decide(id, decision.decision(), decision.reason());
        return new Decided(decided.id(), decided.state(), decided.decidedAt());
    }
}
