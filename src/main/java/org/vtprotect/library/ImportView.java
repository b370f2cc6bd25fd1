package org.vtprotect.library;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bulk import as its curators follow it: state and counts, then each file's result, in the order
 * processed. Failure reasons are message keys with their arguments, translated when shown.
 */
public record ImportView(Summary summary, List<Imported> imported, List<Failed> failed) {

    /** The import without its per-file results, as lists show it. */
    public record Summary(
            long id,
            String fileName,
            ImportState state,
            int total,
            int done,
            int failed,
            String startedBy,
            Instant createdAt,
            @Nullable Instant finishedAt) {

        /** How far the import is, 0 to 100. */
        public int percent() {
            return total == 0 ? (state.over() ? 100 : 0) : (int) Math.min(100, (done * 100L) / total);
        }

        public int imported() {
            return done - failed;
        }
    }

    /** A file that became a document; {@code row} is its line in the manifest. */
    public record Imported(@Nullable Integer row, @Nullable String file, long documentId) {}

    /** A file or manifest row that did not become a document, and why. */
    public record Failed(@Nullable Integer row, @Nullable String file, List<Reason> reasons) {}

    /** One reason: the manifest column at fault (if one is), a message key and its arguments. */
    public record Reason(@Nullable String field, String key, List<String> args) {}
}
