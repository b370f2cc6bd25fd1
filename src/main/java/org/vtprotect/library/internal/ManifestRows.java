package org.vtprotect.library.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.vtprotect.directory.Organisations;
import org.vtprotect.library.AccessLevel;
import org.vtprotect.library.DocumentMetadata;
import org.vtprotect.platform.ProblemException.FieldProblem;

/**
 * Reads a manifest row as a document description, as the upload form's fields would give it. Cells
 * that are not even of the right kind (a year that is not a number, an unknown access level, an
 * organisation neither an id nor a known acronym) are named at once; the rest is checked by {@link DocumentCheck}.
 */
@Component
public class ManifestRows {

    /** The description, and the cells that could not be read into it, by column. */
    public record Described(DocumentMetadata metadata, List<FieldProblem> problems) {}

    private final Organisations organisations;

    ManifestRows(Organisations organisations) {
        this.organisations = organisations;
    }

    public Described describe(Manifest.Row row) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer year = null;
        String yearCell = row.get("publicationYear");
        if (yearCell != null) {
            try {
                year = Integer.valueOf(yearCell);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("publicationYear", "library.field.publicationYear.invalid"));
            }
        }
        AccessLevel level = null;
        String levelCell = row.get("accessLevel");
        if (levelCell != null) {
            level = Arrays.stream(AccessLevel.values())
                    .filter(l -> l.name().equalsIgnoreCase(levelCell))
                    .findFirst()
                    .orElse(null);
            if (level == null) {
                problems.add(new FieldProblem("accessLevel", "library.import.field.accessLevel.invalid"));
            }
        }
        Long organisation = organisation(row.get("sourceOrganisation"), problems);
        var metadata = new DocumentMetadata(
                row.get("title"),
                row.get("summary"),
                row.get("language"),
                year,
                organisation,
                row.list("targetTypes"),
                row.list("threatTypes"),
                row.list("themes"),
                row.list("actorTypes"),
                row.list("phases"),
                row.list("countries"),
                row.list("regions"),
                level,
                row.get("url"),
                List.of(),
                List.of());
        return new Described(metadata, problems);
    }

    private @Nullable Long organisation(@Nullable String cell, List<FieldProblem> problems) {
        if (cell == null) {
            return null;
        }
        if (cell.chars().allMatch(Character::isDigit) && cell.length() < 19) {
            return Long.valueOf(cell);
        }
        var found = organisations.findByAcronym(cell);
        if (found.isEmpty()) {
            problems.add(new FieldProblem("sourceOrganisation", "library.field.sourceOrganisation.unknown"));
            return null;
        }
        return found.get().id();
    }
}
