package org.vtprotect.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.account.AuditAction;
import org.vtprotect.account.AuditTrail;
import org.vtprotect.account.security.AccountPrincipal;
import org.vtprotect.account.security.ApiTokens;
import org.vtprotect.account.security.PasswordCheck;
import org.vtprotect.account.security.SecondFactor;
import org.vtprotect.account.security.SecondFactorPolicy;
import org.vtprotect.account.security.SignInThrottle;
import org.vtprotect.account.security.TooManyAttempts;
import org.vtprotect.directory.Organisations;
import org.vtprotect.platform.ProblemException;

/** Minting and revoking API tokens with a password, and "who am I". */
@RestController
class AuthApi {

    record TokenRequest(
            @NotBlank @Size(max = 320) String email,
            @NotBlank @Size(max = 200) String password,
            @Nullable @Size(max = 10) String totpCode) {}

    record TokenResponse(String token, Instant expiresAt) {}

    record OrganisationRef(long id, String name) {}

    record Me(
            long id,
            String email,
            String displayName,
            List<String> roles,
            @Nullable OrganisationRef organisation) {}

    private final PasswordCheck passwords;
    private final ApiTokens tokens;
    private final SecondFactor secondFactor;
    private final SecondFactorPolicy policy;
    private final Organisations organisations;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    AuthApi(
            PasswordCheck passwords,
            ApiTokens tokens,
            SecondFactor secondFactor,
            SecondFactorPolicy policy,
            Organisations organisations,
            SignInThrottle throttle,
            AuditTrail audit) {
        this.passwords = passwords;
        this.tokens = tokens;
        this.secondFactor = secondFactor;
        this.policy = policy;
        this.organisations = organisations;
        this.throttle = throttle;
        this.audit = audit;
    }

    @PostMapping("/api/v1/auth/token")
    ResponseEntity<?> mint(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
        try {
            var account = passwords.verify(body.email(), body.password(), request.getRemoteAddr());
            if (policy.mustEnrol(account)) {
                throw new ProblemException(HttpStatus.FORBIDDEN, "token.enrolFirst");
            }
            if (account.totpEnabled()) {
                // the password attempt stays counted until the right code, so codes cannot be guessed
                // past the lockout by signing in again
                if (body.totpCode() == null || !secondFactor.verify(account.id(), body.totpCode())) {
                    if (body.totpCode() != null) {
                        audit.recordAs(account.email(), AuditAction.SECOND_FACTOR_FAILED, account.email(), "API");
                    }
                    throw new ProblemException(HttpStatus.UNAUTHORIZED, "token.secondFactorRequired");
                }
                throttle.succeeded(account.email());
            }
            var minted = tokens.mint(account, "API", tokens.defaultLifetime());
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new TokenResponse(minted.token(), minted.expiresAt()));
        } catch (TooManyAttempts e) {
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "signIn.locked").retryAfter(e.retryAfter());
        } catch (BadCredentialsException | DisabledException e) {
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "token.badCredentials");
        }
    }

    @DeleteMapping("/api/v1/auth/token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() < 8) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "token.notPresented");
        }
        tokens.revokePresented(header.substring(7).strip());
    }

    @GetMapping("/api/v1/me")
    Me me(@AuthenticationPrincipal AccountPrincipal principal) {
        Long organisationId = principal.organisationId();
        var organisation = organisationId == null
                ? java.util.Optional.<Organisations.View>empty()
                : organisations.find(organisationId);
        return new Me(
                principal.accountId(),
                principal.email(),
                principal.displayName(),
                principal.roles().stream().map(Enum::name).sorted().toList(),
                organisation.map(o -> new OrganisationRef(o.id(), o.name())).orElse(null));
    }
}
