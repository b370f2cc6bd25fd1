package org.vtprotect.account.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    long countByEmailAndAtAfter(String email, Instant since);

    long countByEmailAndAtAfterAndIdLessThan(String email, Instant since, Long id);

    @Query("select min(f.at) from LoginFailure f where f.email = :email and f.at > :since")
    Optional<Instant> oldestSince(@Param("email") String email, @Param("since") Instant since);

    @Modifying
    @Query("delete from LoginFailure f where f.email = :email")
    void clear(@Param("email") String email);

    @Modifying
    @Query("delete from LoginFailure f where f.at < :before")
    int purgeBefore(@Param("before") Instant before);
}
