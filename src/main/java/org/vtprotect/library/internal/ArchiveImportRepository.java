package org.vtprotect.library.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.vtprotect.library.ImportState;

public interface ArchiveImportRepository
        extends JpaRepository<ArchiveImport, Long>, JpaSpecificationExecutor<ArchiveImport> {

    List<ArchiveImport> findByStateInOrderByIdAsc(List<ImportState> states);
}
