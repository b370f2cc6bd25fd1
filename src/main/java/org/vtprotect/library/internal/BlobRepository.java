package org.vtprotect.library.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BlobRepository extends JpaRepository<Blob, String> {}
