package org.vtprotect.library.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, Long> {

    /** The document that has (or had) a file with these bytes. */
    @Query("select f.document from FileVersion f where f.sha256 = :sha256 order by f.id")
    java.util.List<Document> findByFileSha256(String sha256);

    default Optional<Document> findFirstByFileSha256(String sha256) {
        return findByFileSha256(sha256).stream().findFirst();
    }

    Optional<Document> findFirstByTitleAndSampleTrue(String title);
}
