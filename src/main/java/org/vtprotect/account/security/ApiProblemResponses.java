package org.vtprotect.account.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.vtprotect.platform.Problems;

/** 401 and 403 for API calls, as problem+json: never a redirect to the sign-in page. */
@Component
class ApiProblemResponses {

    private final Problems problems;

    ApiProblemResponses(Problems problems) {
        this.problems = problems;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(request, response, HttpStatus.UNAUTHORIZED);
        };
    }

    AccessDeniedHandler denied() {
        return (request, response, e) -> problems.write(request, response, HttpStatus.FORBIDDEN);
    }
}
