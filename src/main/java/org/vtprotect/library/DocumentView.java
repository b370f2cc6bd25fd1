package org.vtprotect.library;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.vtprotect.library.internal.Document;
import org.vtprotect.library.internal.FileVersion;

/**
 * A document as readers and the API see it, with its current file (when it has one) and every earlier one;
 * {@code version} is what a change must name to be accepted (optimistic locking).
 */
public record DocumentView(
        long id,
        String title,
        @Nullable String summary,
        String language,
        @Nullable Integer publicationYear,
        @Nullable Long sourceOrganisationId,
        Set<String> targetTypes,
        Set<String> threatTypes,
        Set<String> themes,
        Set<String> actorTypes,
        Set<String> phases,
        Set<String> countries,
        Set<String> regions,
        AccessLevel accessLevel,
        @Nullable String url,
        boolean withdrawn,
        boolean sample,
        @Nullable Integer pages,
        @Nullable String sha256,
        @Nullable String fileName,
        @Nullable String contentType,
        @Nullable Long sizeBytes,
        List<FileView> files,
        @Nullable Set<String> sharedWithAccounts,
        @Nullable Set<String> sharedWithOrganisations,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** One version of a document's file; who added it only for staff. */
    public record FileView(
            int version,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            @Nullable Integer pages,
            Instant addedAt,
            @Nullable String addedBy) {

        static FileView of(FileVersion file, boolean staff) {
            return new FileView(
                    file.number(),
                    file.fileName(),
                    file.contentType(),
                    file.sizeBytes(),
                    file.sha256(),
                    file.pages(),
                    file.addedAt(),
                    staff ? file.addedBy() : null);
        }
    }

    /** The document; whom it is shared with only for staff, who decide it. */
    static DocumentView of(Document d, boolean staff) {
        var current = d.currentFile();
        return new DocumentView(
                d.id(),
                d.title(),
                d.summary(),
                d.language(),
                d.publicationYear(),
                d.sourceOrganisationId(),
                new TreeSet<>(d.targetTypes()),
                new TreeSet<>(d.threatTypes()),
                new TreeSet<>(d.themes()),
                new TreeSet<>(d.actorTypes()),
                new TreeSet<>(d.phases()),
                new TreeSet<>(d.countries()),
                new TreeSet<>(d.regions()),
                d.accessLevel(),
                d.url(),
                d.withdrawn(),
                d.sample(),
                d.pages(),
                current.map(FileVersion::sha256).orElse(null),
                current.map(FileVersion::fileName).orElse(null),
                current.map(FileVersion::contentType).orElse(null),
                current.map(FileVersion::sizeBytes).orElse(null),
                d.files().stream().map(f -> FileView.of(f, staff)).toList(),
                staff ? new TreeSet<>(d.sharedAccounts()) : null,
                staff ? new TreeSet<>(d.sharedOrganisations()) : null,
                d.createdAt(),
                d.updatedAt(),
                d.version());
    }
}
