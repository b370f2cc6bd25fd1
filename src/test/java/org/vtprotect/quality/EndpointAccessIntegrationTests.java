package org.vtprotect.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.account.security.AccountPrincipal;
import org.vtprotect.account.security.PendingSecondFactor;
import org.vtprotect.platform.Role;
import org.vtprotect.quality.DeclaredAccess.Declaration;
import org.vtprotect.support.EndpointAccess;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * Every endpoint the application maps has its access declared in a module's {@link
 * EndpointAccess.Catalogue}, and the application enforces it: for anonymous callers, for each role
 * and for a session owing its second factor, allowed callers are let through, the others get 401
 * (API) or the sign-in page when anonymous, 403 when signed in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointAccessIntegrationTests {

    /**
     * Who calls: nobody signed in, an account holding exactly one role, or a session that has passed
     * the password but still owes its second factor. That last one holds no role, so it may use the
     * public endpoints and only those no role may use (the code page), never a signed-in one.
     */
    record Caller(String name, @Nullable Role role, boolean secondFactorPending) {

        static List<Caller> all() {
            List<Caller> callers = new ArrayList<>();
            callers.add(new Caller("anonymous", null, false));
            Arrays.stream(Role.values())
                    .map(r -> new Caller(r.name(), r, false))
                    .forEach(callers::add);
            callers.add(new Caller("a session owing its second factor", null, true));
            return callers;
        }

        boolean anonymous() {
            return role == null && !secondFactorPending;
        }

        boolean mayCall(EndpointAccess access) {
            if (access.anonymous()) {
                return true;
            }
            return role != null
                    ? access.roles().contains(role)
                    : secondFactorPending && access.roles().isEmpty();
        }

        MockHttpServletRequestBuilder sign(MockHttpServletRequestBuilder request) {
            if (role != null) {
                return request.with(SignedIn.as(role));
            }
            if (secondFactorPending) {
                var account = new AccountPrincipal(
                        999_001L, "pending@example.org", "Pending", null, EnumSet.of(Role.ADMINISTRATOR));
                return request.with(authentication(new PendingSecondFactor(account)));
            }
            return request;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void everyMappedEndpointHasExactlyOneDeclaredAccessAndEveryDeclarationAnEndpoint() {
        Set<String> mapped = MappedEndpoint.all(context).stream()
                .map(MappedEndpoint::key)
                .collect(Collectors.toCollection(TreeSet::new));
        List<Declaration> declarations = DeclaredAccess.all();
        Map<String, List<Declaration>> declared =
                declarations.stream().collect(Collectors.groupingBy(Declaration::key));

        List<String> problems = new ArrayList<>();
        mapped.stream()
                .filter(key -> !declared.containsKey(key))
                .forEach(key -> problems.add("mapped but not declared in any catalogue: " + key));
        declared.forEach((key, list) -> {
            if (!mapped.contains(key)) {
                problems.add("declared by " + catalogues(list) + " but mapped by no controller: " + key);
            }
            if (list.size() > 1) {
                problems.add("declared " + list.size() + " times (" + catalogues(list) + "): " + key);
            }
        });
        assertThat(problems)
                .as(
                        "Declare each endpoint once, in its module's EndpointAccess.Catalogue (test package), with the"
                                + " exact method and path pattern. Catalogues found: %s",
                        DeclaredAccess.catalogues())
                .isEmpty();
        assertThat(mapped).as("the application maps its home page").contains("GET /");
    }

    Stream<Arguments> declaredEndpointsAndCallers() {
        return DeclaredAccess.all().stream().flatMap(d -> Caller.all().stream().map(caller -> Arguments.of(d, caller)));
    }

    /**
     * Each call runs in a transaction rolled back after it: the callers share addresses, and an
     * allowed call may change what the next one finds (an expert leaving the network, for one).
     */
    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("declaredEndpointsAndCallers")
    @Transactional
    void callersGetWhatTheDeclaredAccessAllows(Declaration declaration, Caller caller) throws Exception {
        MappedEndpoint endpoint = endpoints().get(declaration.key());
        Assumptions.assumeTrue(endpoint != null, "not mapped: reported by the catalogue completeness test");
        EndpointAccess access = declaration.access();

        MockHttpServletResponse response =
                mvc.perform(caller.sign(endpoint.request())).andReturn().getResponse();
        int status = response.getStatus();
        String outcome = status + (response.getRedirectedUrl() == null ? "" : " to " + response.getRedirectedUrl());

        if (caller.mayCall(access)) {
            assertThat(status != 401 && status != 403 && !redirectsToSignIn(response))
                    .as("%s as %s is allowed, but got %s", endpoint, caller, outcome)
                    .isTrue();
        } else if (caller.anonymous() && endpoint.isApi()) {
            assertThat(status)
                    .as("%s as anonymous is not allowed, so expected 401, but got %s", endpoint, outcome)
                    .isEqualTo(401);
            assertThat(MediaType.parseMediaType(response.getContentType()))
                    .as("%s as anonymous answers problem+json", endpoint)
                    .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        } else if (caller.anonymous()) {
            assertThat(redirectsToSignIn(response))
                    .as("%s as anonymous should go to the sign-in page, but got %s", endpoint, outcome)
                    .isTrue();
        } else {
            assertThat(status)
                    .as("%s as %s is not allowed, so expected 403, but got %s", endpoint, caller, outcome)
                    .isEqualTo(403);
        }
    }

    private @Nullable Map<String, MappedEndpoint> endpoints;

    private Map<String, MappedEndpoint> endpoints() {
        if (endpoints == null) {
            endpoints = MappedEndpoint.all(context).stream()
                    .collect(Collectors.toMap(MappedEndpoint::key, Function.identity()));
        }
        return endpoints;
    }

    private static boolean redirectsToSignIn(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return response.getStatus() / 100 == 3
                && location != null
                && "/login".equals(URI.create(location).getPath());
    }

    private static String catalogues(List<Declaration> declarations) {
        return declarations.stream()
                .map(d -> d.catalogue().getSimpleName())
                .distinct()
                .collect(Collectors.joining(", "));
    }
}
