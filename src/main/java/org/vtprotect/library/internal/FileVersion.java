package org.vtprotect.library.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One file a document has had; its bytes are the {@link Blob} of the same SHA-256. */
@Entity
@Table(name = "library_file_version")
public class FileVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    @Column(name = "version_number")
    private int number;

    private String sha256;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private @Nullable Integer pages;
    private Instant addedAt;
    private @Nullable String addedBy;

    protected FileVersion() {}

    FileVersion(Document document, int number, StoredFile file, @Nullable Integer pages, @Nullable String addedBy) {
        this.document = document;
        this.number = number;
        this.sha256 = file.sha256();
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.size();
        this.pages = pages;
        this.addedAt = Instant.now();
        this.addedBy = addedBy == null || addedBy.length() <= 320 ? addedBy : addedBy.substring(0, 320);
    }

    public int number() {
        return number;
    }

    public String sha256() {
        return sha256;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public @Nullable Integer pages() {
        return pages;
    }

    public Instant addedAt() {
        return addedAt;
    }

    /** The e-mail address of the account that added it; null when not known. */
    public @Nullable String addedBy() {
        return addedBy;
    }

    public Long documentId() {
        return document.id();
    }
}
