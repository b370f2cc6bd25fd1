package org.vtprotect.network.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.vtprotect.network.ApplicationState;

public interface ExpertApplicationRepository extends JpaRepository<ExpertApplication, Long> {

    /** The application still open for this address, if any (there is at most one). */
    @Query("select a from ExpertApplication a where a.openEmail = :email")
    Optional<ExpertApplication> findOpen(@Param("email") String email);

    @Query("select a from ExpertApplication a where a.confirmationTokenHash = :hash")
    Optional<ExpertApplication> findByConfirmationToken(@Param("hash") String hash);

    @Query("select a from ExpertApplication a where a.withdrawalTokenHash = :hash")
    Optional<ExpertApplication> findByWithdrawalToken(@Param("hash") String hash);

    /**
     * Applications in the given states whose name, address or organisation contains the text
     * ({@code like} is the text lower-cased, its wildcards escaped with {@code \}, between {@code %}),
     * oldest confirmation first.
     */
    @Query("""
            select a from ExpertApplication a
            where a.state in :states
              and (:like = '%%'
                   or lower(a.email) like :like escape '\\'
                   or lower(concat(a.givenName, ' ', a.familyName)) like :like escape '\\'
                   or lower(coalesce(a.organisationName, '')) like :like escape '\\')
              and (:conflictOnly = false or a.conflictOfInterest = true)
            order by coalesce(a.confirmedAt, a.createdAt), a.id
            """)
    Page<ExpertApplication> queue(
            @Param("states") Collection<ApplicationState> states,
            @Param("like") String like,
            @Param("conflictOnly") boolean conflictOnly,
            Pageable page);

    /** How many applications are in each state. */
    @Query("select a.state, count(a) from ExpertApplication a group by a.state")
    List<Object[]> countByState();

    boolean existsByEmailAndSampleDataTrue(String email);
}
