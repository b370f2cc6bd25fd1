package org.vtprotect.library.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The result of one file (or manifest row) of an import: the document it became, or the reasons it
 * did not, as a JSON list of message keys. Written once, in the same transaction as the import's count.
 */
@Entity
@Table(name = "library_import_file")
public class ImportedFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long importId;

    @Column(name = "manifest_row")
    private @Nullable Integer row;

    private @Nullable String fileName;
    private @Nullable Long documentId;
    private @Nullable String reasons;
    private Instant addedAt;

    protected ImportedFile() {}

    private ImportedFile(
            long importId,
            @Nullable Integer row,
            @Nullable String fileName,
            @Nullable Long documentId,
            @Nullable String reasons) {
        this.importId = importId;
        this.row = row;
        this.fileName = fileName == null || fileName.length() <= 1000 ? fileName : fileName.substring(0, 1000);
        this.documentId = documentId;
        this.reasons = reasons;
        this.addedAt = Instant.now();
    }

    public static ImportedFile imported(long importId, @Nullable Integer row, @Nullable String file, long documentId) {
        return new ImportedFile(importId, row, file, documentId, null);
    }

    public static ImportedFile failed(long importId, @Nullable Integer row, @Nullable String file, String reasons) {
        return new ImportedFile(importId, row, file, null, reasons);
    }

    public @Nullable Integer row() {
        return row;
    }

    public @Nullable String fileName() {
        return fileName;
    }

    public @Nullable Long documentId() {
        return documentId;
    }

    public @Nullable String reasons() {
        return reasons;
    }
}
