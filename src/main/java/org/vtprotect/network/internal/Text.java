package org.vtprotect.network.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vtprotect.platform.ProblemException.FieldProblem;

/**
 * Tidies what applicants type: trims, drops control characters (which PostgreSQL refuses and no
 * reader needs), and records a problem for each field that is missing, too long or malformed.
 */
final class Text {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final List<FieldProblem> problems;

    Text(List<FieldProblem> problems) {
        this.problems = problems;
    }

    String required(@Nullable String value, String field, int max) {
        String text = tidy(value);
        if (text == null) {
            problems.add(new FieldProblem(field, "network.application.required"));
            return "";
        }
        return limited(text, field, max);
    }

    @Nullable
    String optional(@Nullable String value, String field, int max) {
        String text = tidy(value);
        return text == null ? null : limited(text, field, max);
    }

    /** An e-mail address, lower-cased; empty (with a problem) when missing or malformed. */
    String email(@Nullable String value, String field) {
        String email = tidy(value);
        if (email == null || email.length() > 320 || !email.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+")) {
            problems.add(new FieldProblem(field, "network.application.email.invalid"));
            return "";
        }
        return email.toLowerCase(Locale.ROOT);
    }

    /** The non-blank entries of a list, each checked for length; at most {@code max} of them. */
    List<String> list(@Nullable List<String> values, String field, int max, int maxLength) {
        List<String> entries = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            String text = tidy(value);
            if (text != null && !entries.contains(text)) {
                entries.add(text);
            }
        }
        if (entries.size() > max) {
            problems.add(new FieldProblem(field, "network.application.list.tooMany"));
            return List.of();
        }
        if (entries.stream().anyMatch(e -> e.length() > maxLength)) {
            problems.add(new FieldProblem(field, "network.application.tooLong"));
            return List.of();
        }
        return entries;
    }

    private String limited(String text, String field, int max) {
        if (text.length() > max) {
            problems.add(new FieldProblem(field, "network.application.tooLong"));
        }
        return text;
    }

    static @Nullable String tidy(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String clean =
                value.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").replace('\t', ' ').strip();
        return clean.isEmpty() ? null : clean;
    }

    /** The distinct tidy codes of a list, in their order. */
    static List<String> distinct(@Nullable List<String> values) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            String code = tidy(value);
            if (code != null) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    static boolean isLanguage(String code) {
        return code.length() == 2 && LANGUAGES.contains(code);
    }

    /** An absolute http or https address with a host. */
    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
