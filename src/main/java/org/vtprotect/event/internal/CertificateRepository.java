package org.vtprotect.event.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByTokenHash(String tokenHash);

    List<Certificate> findByRegistrationIdIn(Collection<Long> registrationIds);
}
