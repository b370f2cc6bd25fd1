package org.vtprotect.library.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportedFileRepository extends JpaRepository<ImportedFile, Long> {

    List<ImportedFile> findByImportIdOrderByIdAsc(long importId);
}
