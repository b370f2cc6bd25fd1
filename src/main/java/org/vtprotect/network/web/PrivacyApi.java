package org.vtprotect.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.network.MemberPrivacy;
import org.vtprotect.network.MembershipFigures;
import org.vtprotect.network.NetworkFigures;
import org.vtprotect.platform.CurrentUser;
import org.vtprotect.platform.ProblemException;

/** Membership figures for staff, and a member's own data: export and erasure. */
@RestController
@Tag(name = "Network of experts", description = "Applications to the Global Network of Experts and their vetting")
class PrivacyApi {

    private final NetworkFigures figures;
    private final MemberPrivacy privacy;

    PrivacyApi(NetworkFigures figures, MemberPrivacy privacy) {
        this.figures = figures;
        this.privacy = privacy;
    }

    @GetMapping("/api/v1/network/statistics")
    @Operation(
            summary = "Membership figures of a period",
            description = "Administrators and programme officers. from, to: ISO dates (UTC days, both included; to"
                    + " defaults to today, from to the first day of the month eleven months before). members: members"
                    + " at the end of the period (erased ones included); admitted, declined: decisions in the period;"
                    + " pending: confirmed applications undecided at the end. byRegion (M49 region of the country)"
                    + " and byGender add up to members; byTargetType and byLanguage do not (a member counts once"
                    + " per code held). overTime: members at the end of each month. 400 for a malformed date, to"
                    + " before from, or a period over 50 years.")
    MembershipFigures statistics(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        return figures.figures(from, to);
    }

    @GetMapping("/api/v1/network/me/export")
    @Operation(
            summary = "Everything the platform holds about me as a network member",
            description = "Any fully signed-in account that is a member of the network or has left it: the member"
                    + " profile, the account, the applications (with the consent given and the reviewer notes'"
                    + " text, without their authors) and every other part of the network. 404 for an account that"
                    + " is no member.")
    Map<String, Object> export() {
        return privacy.export(me());
    }

    @DeleteMapping("/api/v1/network/me")
    @Operation(
            summary = "Erase my data in the network",
            description = "A member, or one who has left. Answers 202 once done: personal data anonymised, the"
                    + " account closed (the address replaced by a pseudonym, also in the audit trail), the figures"
                    + " unchanged. 404 for an account that is no member.")
    ResponseEntity<Void> erase() {
        privacy.erase(me());
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
    }

    static String me() {
        return CurrentUser.get()
                .map(CurrentUser::email)
                .orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "problem.403.detail"));
    }
}
