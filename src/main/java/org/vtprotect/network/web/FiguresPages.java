package org.vtprotect.network.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.vtprotect.directory.Gender;
import org.vtprotect.network.MembershipFigures;
import org.vtprotect.network.NetworkFigures;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/** The membership figures page for programme staff, and the same figures as CSV. */
@Controller
class FiguresPages {

    static final String PAGE = "/manage/network/figures";

    private final NetworkFigures figures;
    private final Countries countries;
    private final Taxonomy taxonomy;
    private final MessageSource messages;

    FiguresPages(NetworkFigures figures, Countries countries, Taxonomy taxonomy, MessageSource messages) {
        this.figures = figures;
        this.countries = countries;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String page(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        MembershipFigures counted = null;
        FieldErrors errors = FieldErrors.NONE;
        try {
            counted = figures.figures(from, to);
        } catch (ProblemException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            errors = FieldErrors.of(e, messages, locale, field -> field);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        String shownFrom = counted == null ? clip(from) : counted.from().toString();
        String shownTo = counted == null ? clip(to) : counted.to().toString();
        model.addAttribute(
                "view",
                new FiguresView(
                        shownFrom,
                        shownTo,
                        errors,
                        counted,
                        regions(locale),
                        genders(locale),
                        taxonomy.labels(Vocabulary.TARGET_TYPES, locale),
                        counted == null
                                ? Map.of()
                                : languages(counted.byLanguage().keySet(), locale),
                        UriComponentsBuilder.fromPath(PAGE + ".csv")
                                .queryParam("from", shownFrom)
                                .queryParam("to", shownTo)
                                .encode()
                                .build()
                                .toUriString()));
        return "network/privacy/figures";
    }

    @GetMapping(PAGE + ".csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Locale locale) {
        MembershipFigures f = figures.figures(from, to);
        Map<String, String> regions = regions(locale);
        Map<String, String> genders = genders(locale);
        Map<String, String> targetTypes = taxonomy.labels(Vocabulary.TARGET_TYPES, locale);
        Map<String, String> languages = languages(f.byLanguage().keySet(), locale);
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, "section", "code", "label", "count");
        row(csv, "period", f.from().toString(), f.to().toString(), "");
        row(csv, "members", "", text("networkPrivacy.figures.members", locale), Long.toString(f.members()));
        row(csv, "admitted", "", text("networkPrivacy.figures.admitted", locale), Long.toString(f.admitted()));
        row(csv, "declined", "", text("networkPrivacy.figures.declined", locale), Long.toString(f.declined()));
        row(csv, "pending", "", text("networkPrivacy.figures.pending", locale), Long.toString(f.pending()));
        f.overTime().forEach(m -> row(csv, "overTime", m.month(), m.end().toString(), Long.toString(m.members())));
        breakdown(csv, "byRegion", f.byRegion(), regions);
        breakdown(csv, "byGender", f.byGender(), genders);
        breakdown(csv, "byTargetType", f.byTargetType(), targetTypes);
        breakdown(csv, "byLanguage", f.byLanguage(), languages);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("network-figures-" + f.from() + "-" + f.to() + ".csv")
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void breakdown(
            StringBuilder csv, String section, Map<String, Long> counts, Map<String, String> labels) {
        counts.forEach((code, count) -> row(csv, section, code, FiguresView.label(labels, code), Long.toString(count)));
    }

    /** One CSV line, every value quoted; a value a spreadsheet would take for a formula is defused. */
    private static void row(StringBuilder csv, String... values) {
        List<String> quoted = Arrays.stream(values)
                .map(v -> v.isEmpty() || "=+-@\t\r".indexOf(v.charAt(0)) < 0 ? v : "'" + v)
                .map(v -> "\"" + v.replace("\"", "\"\"") + "\"")
                .toList();
        csv.append(String.join(",", quoted)).append("\r\n");
    }

    private Map<String, String> regions(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        NetworkFigures.REGIONS.forEach(code -> names.put(code, countries.regionName(code, locale)));
        names.put(NetworkFigures.NO_REGION, text("networkPrivacy.region.none", locale));
        return names;
    }

    private Map<String, String> genders(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        Arrays.stream(Gender.values()).forEach(g -> names.put(g.name(), text("gender." + g.name(), locale)));
        return names;
    }

    private static Map<String, String> languages(java.util.Collection<String> codes, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(code -> names.put(code, ApplicationChoices.language(code, locale)));
        return names;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String clip(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 40 ? value.substring(0, 40) : value;
    }
}
