package org.vtprotect.quality;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One HTTP method on one path pattern that a controller of the application handles, as found in
 * the running application (never listed by hand), and a plausible request to reach it.
 */
record MappedEndpoint(HttpMethod method, String path, HandlerMethod handler) {

    /** Stands in for every path variable: an id no fixture uses, so that no call changes shared data. */
    static final String PLAUSIBLE_VALUE = "987654";

    private static final Set<HttpMethod> UNSAFE =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    /** Every endpoint of every {@link RequestMappingHandlerMapping} of the application, sorted by path. */
    static List<MappedEndpoint> all(ApplicationContext context) {
        Map<String, MappedEndpoint> found = new LinkedHashMap<>();
        for (RequestMappingHandlerMapping mapping :
                context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                for (String path : info.getPatternValues()) {
                    for (HttpMethod method : methodsOf(info)) {
                        var endpoint = new MappedEndpoint(method, path, handler);
                        if (!endpoint.excluded()) {
                            found.putIfAbsent(endpoint.key(), endpoint);
                        }
                    }
                }
            });
        }
        return found.values().stream()
                .sorted(Comparator.comparing(MappedEndpoint::path)
                        .thenComparing(e -> e.method().name()))
                .toList();
    }

    /** A mapping without a method condition answers every method; it is checked as a GET. */
    private static List<HttpMethod> methodsOf(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        if (methods.isEmpty()) {
            return List.of(HttpMethod.GET);
        }
        return methods.stream().map(RequestMethod::asHttpMethod).toList();
    }

    /**
     * The only handlers the role test leaves out:
     *
     * <ul>
     *   <li>springdoc's own controllers (OpenAPI description, Swagger UI): a library's endpoints whose
     *       paths come from {@code springdoc.*} properties, declared public as a block in the platform's
     *       access rules; {@code ResponseHeadersIntegrationTests} checks they are reachable anonymously.
     *   <li>Boot's {@code /error} handler (our {@code ErrorController}): the servlet container forwards
     *       to it after a failure with the error's request attributes set; it is permitted on every
     *       chain on purpose and a direct call says nothing about access.
     * </ul>
     */
    boolean excluded() {
        Class<?> type = handler.getBeanType();
        boolean springdoc = type.getName().startsWith("org.springdoc.");
        boolean bootError = ErrorController.class.isAssignableFrom(type) && path.equals("/error");
        return springdoc || bootError;
    }

    String key() {
        return key(method, path);
    }

    static String key(HttpMethod method, String path) {
        return method.name() + " " + path;
    }

    boolean isApi() {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** Takes a JSON body: the handler has a {@code @RequestBody} parameter. */
    boolean takesJson() {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
    }

    /** The path with each variable replaced by a value its pattern accepts. */
    String concretePath() {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '{') {
                int end = closingBrace(path, i);
                out.append(valueFor(path.substring(i + 1, end)));
                i = end + 1;
            } else if (c == '*') {
                out.append(PLAUSIBLE_VALUE);
                while (i < path.length() && path.charAt(i) == '*') {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** A request a client could plausibly make: CSRF token on unsafe methods, {@code {}} for a JSON body. */
    MockHttpServletRequestBuilder request() {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, URI.create(concretePath()));
        if (UNSAFE.contains(method)) {
            request.with(csrf());
        }
        if (takesJson()) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return request;
    }

    @Override
    public String toString() {
        return key();
    }

    private static int closingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in " + s);
    }

    /** {@code id}, {@code *rest} or {@code name:regex}: a value the regex accepts, preferring an unused id. */
    private static String valueFor(String variable) {
        int colon = variable.indexOf(':');
        if (colon < 0) {
            return PLAUSIBLE_VALUE;
        }
        String regex = variable.substring(colon + 1);
        try {
            Pattern pattern = Pattern.compile(regex);
            for (String candidate : List.of(PLAUSIBLE_VALUE, "1", "a", "en", "TJK", "abc-1")) {
                if (pattern.matcher(candidate).matches()) {
                    return candidate;
                }
            }
        } catch (PatternSyntaxException e) {
            // fall through to the first alternative
        }
        // an alternation of literals: the first one that is not itself a refusal (the error page
        // answers /error/403 with a 403, which would read as "access denied")
        List<String> alternatives = List.of(regex.split("\\|"));
        return alternatives.stream()
                .filter(a -> !a.equals("401") && !a.equals("403"))
                .findFirst()
                .orElse(alternatives.get(0));
    }
}
