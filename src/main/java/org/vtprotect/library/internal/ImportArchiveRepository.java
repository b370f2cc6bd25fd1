package org.vtprotect.library.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportArchiveRepository extends JpaRepository<ImportArchive, Long> {}
