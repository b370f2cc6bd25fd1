package org.vtprotect.network.discussion;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DiscussionPostRepository extends JpaRepository<DiscussionPost, Long> {

    Page<DiscussionPost> findByThreadIdOrderByIdAsc(long threadId, Pageable page);

    List<DiscussionPost> findByAuthorEmail(String email);

    List<DiscussionPost> findByHiddenBy(String email);

    /** The newest post's id, 0 when there is none. */
    @Query("select coalesce(max(p.id), 0) from DiscussionPost p")
    long newestId();

    /**
     * Visible posts written after {@code after} (by id) up to {@code now} in the visible threads
     * {@code email} follows, not by them, oldest first per thread.
     */
    @Query("""
            select p from DiscussionPost p, DiscussionFollow f, DiscussionThread t
            where f.email = :email and f.threadId = p.threadId and t.id = p.threadId
              and p.id > :after and p.createdAt <= :now
              and p.hidden = false and t.hidden = false
              and (p.authorEmail is null or p.authorEmail <> :email)
            order by t.lastPostAt desc, p.threadId, p.id
            """)
    List<DiscussionPost> forDigest(@Param("email") String email, @Param("after") long after, @Param("now") Instant now);
}
