package org.vtprotect.library.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an import will do, one step per result, decided from the archive's files and the manifest's
 * rows before anything is stored: each file of the archive in order (with its row, or reported as
 * having none), then rows that give only a web link, then rows whose file is not in the archive, then
 * rows repeating a file. Its size is the import's total.
 */
public record ImportPlan(List<Step> steps) {

    public enum Kind {
        /** A file with its manifest row: import it. */
        FILE,
        /** A row without a file name: a web link entry. */
        LINK,
        /** A file no row describes. */
        NO_ROW,
        /** A row naming a file the archive does not hold. */
        NO_FILE,
        /** A row naming a file an earlier row already describes. */
        REPEATED
    }

    /** One step: the row (null for a file without one) and the file (null for a link row). */
    public record Step(
            Kind kind, Manifest.@Nullable Row row, @Nullable String file) {

        /** Identifies the step's result, so that a resumed import skips what it has done. */
        public String key() {
            return (row == null ? "" : row.line()) + "|" + (file == null ? "" : file);
        }
    }

    public static ImportPlan of(List<String> files, List<Manifest.Row> rows) {
        Map<String, Manifest.Row> described = new LinkedHashMap<>();
        List<Step> links = new ArrayList<>();
        List<Step> repeated = new ArrayList<>();
        for (Manifest.Row row : rows) {
            String file = row.file();
            if (file == null) {
                links.add(new Step(Kind.LINK, row, null));
            } else if (described.putIfAbsent(file, row) != null) {
                repeated.add(new Step(Kind.REPEATED, row, file));
            }
        }
        List<Step> steps = new ArrayList<>();
        Set<String> present = new HashSet<>(files);
        for (String file : files) {
            Manifest.Row row = described.get(file);
            steps.add(row == null ? new Step(Kind.NO_ROW, null, file) : new Step(Kind.FILE, row, file));
        }
        steps.addAll(links);
        described.forEach((file, row) -> {
            if (!present.contains(file)) {
                steps.add(new Step(Kind.NO_FILE, row, file));
            }
        });
        steps.addAll(repeated);
        return new ImportPlan(List.copyOf(steps));
    }

    public int size() {
        return steps.size();
    }

    /** The step of a file of the archive. */
    public @Nullable Step forFile(String file) {
        return steps.stream()
                .filter(s -> (s.kind() == Kind.FILE || s.kind() == Kind.NO_ROW) && file.equals(s.file()))
                .findFirst()
                .orElse(null);
    }
}
