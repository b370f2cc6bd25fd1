package org.vtprotect.library;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.account.AuditTrail;
import org.vtprotect.library.internal.Blob;
import org.vtprotect.library.internal.BlobRepository;
import org.vtprotect.library.internal.Document;
import org.vtprotect.library.internal.DocumentCheck;
import org.vtprotect.library.internal.DocumentRepository;
import org.vtprotect.library.internal.Extraction;
import org.vtprotect.library.internal.Reader;
import org.vtprotect.library.internal.StoredFile;
import org.vtprotect.library.internal.TextExtraction;
import org.vtprotect.platform.CurrentUser;
import org.vtprotect.platform.ProblemException;

/**
 * The documents of the library: add one (a file, a web link or both), read it, download its file,
 * describe it anew, give it a new file, withdraw it. Reads obey the access rule of {@link Reader}:
 * a document the caller may not read is "not found".
 */
@Service
public class LibraryDocuments {

    /** A file as uploaded. */
    public record Upload(@Nullable String fileName, byte[] bytes) {}

    /** A file to send back: its name, type and bytes. */
    public record Download(String fileName, String contentType, byte[] bytes) {}

    private final DocumentRepository documents;
    private final BlobRepository blobs;
    private final DocumentCheck check;
    private final TextExtraction extraction;
    private final EntityManager entityManager;
    private final AuditTrail audit;

    LibraryDocuments(
            DocumentRepository documents,
            BlobRepository blobs,
            DocumentCheck check,
            TextExtraction extraction,
            EntityManager entityManager,
            AuditTrail audit) {
        this.documents = documents;
        this.blobs = blobs;
        this.check = check;
        this.extraction = extraction;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /**
     * Adds a document. The same bytes already in the library are a 409 naming the document that has
     * them; a file that cannot be read is refused (413, 415, 422) before anything is stored.
     */
    @Transactional
    public DocumentView add(DocumentMetadata metadata, @Nullable Upload upload) {
        Extraction read = upload == null ? null : read(upload);
        Document document =
                new Document(check.check(metadata, read == null ? null : read.language(), upload != null), false);
        if (upload != null) {
            document.attach(store(upload, read), read, addedBy());
        }
        documents.save(document);
        return DocumentView.of(document, true);
    }

    /** Records a demo or sample entry (metadata only), unless one of that title is there already. */
    @Transactional
    public boolean addSampleOnce(DocumentMetadata metadata) {
        if (documents.findFirstByTitleAndSampleTrue(metadata.title()).isPresent()) {
            return false;
        }
        documents.save(new Document(check.check(metadata, null, true), true));
        return true;
    }

    /** The document, if the current reader may read it. */
    @Transactional(readOnly = true)
    public Optional<DocumentView> find(long id) {
        Reader reader = Reader.current();
        return visible(id, reader, false).map(d -> DocumentView.of(d, reader.staff()));
    }

    /** The document as its curators see it, withdrawn or not (staff only; for others, as {@link #find}). */
    @Transactional(readOnly = true)
    public Optional<DocumentView> findForCuration(long id) {
        Reader reader = Reader.current();
        return visible(id, reader, true).map(d -> DocumentView.of(d, reader.staff()));
    }

    /** The current file of the document, if the reader may read the document and it has one. */
    @Transactional(readOnly = true)
    public Optional<Download> download(long id) {
        return visible(id, Reader.current(), false)
                .flatMap(Document::currentFile)
                .flatMap(file -> blobs.findById(file.sha256())
                        .map(blob -> new Download(file.fileName(), file.contentType(), blob.content())));
    }

    /** Describes a document anew (staff), whatever changed since it was read. */
    @Transactional
    public DocumentView describe(long id, DocumentMetadata metadata) {
        return describe(id, null, metadata);
    }

    /**
     * Describes a document anew (staff). With the {@code expectedVersion} the description was read
     * at, a change someone else saved since is a 409 rather than silently overwritten.
     */
    @Transactional
    public DocumentView describe(long id, @Nullable Long expectedVersion, DocumentMetadata metadata) {
        Document document = managed(id);
        if (expectedVersion != null && expectedVersion != document.version()) {
            throw ProblemException.conflict("library.document.changedMeanwhile");
        }
        document.describe(check.check(
                metadata, document.language(), document.currentFile().isPresent()));
        return changed(document, "LIBRARY_DOCUMENT_DESCRIBED");
    }

    /** Gives a document a new current file; earlier ones stay listed, with who added them (staff). */
    @Transactional
    public DocumentView replaceFile(long id, Upload upload) {
        Document document = managed(id);
        Extraction read = read(upload);
        document.attach(store(upload, read), read, addedBy());
        return changed(document, "LIBRARY_FILE_REPLACED");
    }

    /** Hides a document from every reader and search, without deleting it, or puts it back (staff). */
    @Transactional
    public DocumentView withdraw(long id, boolean withdrawn) {
        Document document = managed(id);
        if (withdrawn == document.withdrawn()) {
            return DocumentView.of(document, true);
        }
        if (withdrawn) {
            document.withdraw();
        } else {
            document.reinstate();
        }
        return changed(document, withdrawn ? "LIBRARY_DOCUMENT_WITHDRAWN" : "LIBRARY_DOCUMENT_REINSTATED");
    }

    /** Writes the change now (its new version, the index), notes it in the audit trail, and shows it. */
    private DocumentView changed(Document document, String action) {
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("library.document.changedMeanwhile");
        }
        audit.record(action, "library-document:" + document.id(), null);
        return DocumentView.of(document, true);
    }

    private static @Nullable String addedBy() {
        return CurrentUser.get().map(CurrentUser::email).orElse(null);
    }

    private Document managed(long id) {
        return visible(id, Reader.current(), true).orElseThrow(ProblemException::notFound);
    }

    private Optional<Document> visible(long id, Reader reader, boolean includingWithdrawn) {
        return Search.session(entityManager)
                .search(Document.class)
                .where(f -> f.bool().must(f.id().matching(id)).filter(reader.mayRead(f, includingWithdrawn)))
                .fetchSingleHit();
    }

    private Extraction read(Upload upload) {
        String sha256 = sha256(upload.bytes());
        documents.findFirstByFileSha256(sha256).ifPresent(existing -> {
            throw ProblemException.conflict("library.document.duplicate", existing.id(), existing.title());
        });
        return extraction.extract(upload.bytes(), upload.fileName());
    }

    private StoredFile store(Upload upload, Extraction read) {
        String sha256 = sha256(upload.bytes());
        if (!blobs.existsById(sha256)) {
            blobs.save(new Blob(sha256, upload.bytes()));
        }
        String name = upload.fileName() == null || upload.fileName().isBlank()
                ? "document"
                : FileNames.safe(upload.fileName());
        return new StoredFile(sha256, name, read.contentType(), upload.bytes().length);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The name a file is kept and offered under. */
    static final class FileNames {

        private FileNames() {}

        /** The last path segment, without control characters, at most 255 characters. */
        static String safe(String name) {
            String base = name.replace('\\', '/');
            base = base.substring(base.lastIndexOf('/') + 1)
                    .replaceAll("[\\p{Cntrl}\"]", "")
                    .strip();
            if (base.isEmpty()) {
                return "document";
            }
            return base.length() > 255 ? base.substring(base.length() - 255) : base;
        }
    }
}
