package org.vtprotect.network.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/** Checks the codes a search or a need names, adding a problem for the field when one is unknown. */
@Component
public class CodeCheck {

    static final int MAX_CODES = 50;
    private static final Set<String> LANGUAGES =
            Arrays.stream(Locale.getISOLanguages()).collect(Collectors.toUnmodifiableSet());

    private final Taxonomy taxonomy;
    private final Countries countries;
    private final Regions regions;

    CodeCheck(Taxonomy taxonomy, Countries countries, Regions regions) {
        this.taxonomy = taxonomy;
        this.countries = countries;
        this.regions = regions;
    }

    public void vocabulary(Vocabulary vocabulary, Collection<String> codes, String field, List<FieldProblem> problems) {
        if (codes.size() > MAX_CODES || !taxonomy.containsAll(vocabulary, codes)) {
            problems.add(new FieldProblem(field, "networkExperts.code.unknown"));
        }
    }

    public void languages(Collection<String> codes, String field, List<FieldProblem> problems) {
        if (codes.size() > MAX_CODES || !LANGUAGES.containsAll(codes)) {
            problems.add(new FieldProblem(field, "networkExperts.code.unknown"));
        }
    }

    public void countries(Collection<String> codes, String field, List<FieldProblem> problems) {
        if (codes.size() > MAX_CODES || !codes.stream().allMatch(countries::exists)) {
            problems.add(new FieldProblem(field, "networkExperts.code.unknown"));
        }
    }

    public void regions(Collection<String> codes, String field, List<FieldProblem> problems) {
        if (codes.size() > MAX_CODES || !codes.stream().allMatch(regions::exists)) {
            problems.add(new FieldProblem(field, "networkExperts.code.unknown"));
        }
    }
}
