package org.vtprotect.library.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.library.ImportView;

/** One import's page: its progress, then the files imported (linked to their documents) and those refused with why. */
public record ImportPage(ImportView.Summary summary, List<ImportView.Imported> imported, List<Refused> refused) {

    /** A file or manifest row that did not go in, and why, in the reader's language. */
    public record Refused(@Nullable Integer row, @Nullable String file, String reason) {}

    public String path() {
        return ImportListPage.PATH + "/" + summary.id();
    }

    /** While the import may still change, htmx asks for its progress every 2 seconds; null stops asking. */
    public @Nullable String poll() {
        return summary.state().over() ? null : "every 2s";
    }
}
