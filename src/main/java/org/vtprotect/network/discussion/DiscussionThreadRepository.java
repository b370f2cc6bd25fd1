package org.vtprotect.network.discussion;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DiscussionThreadRepository extends JpaRepository<DiscussionThread, Long> {

    /**
     * Threads of a theme ({@code ""} for all) whose title or a visible post contains the text
     * ({@code like}: lower-cased, wildcards escaped with {@code \}, between {@code %}), latest
     * activity first; hidden threads only for staff.
     */
    @Query("""
            select t from DiscussionThread t
            where (:theme = '' or t.theme = :theme)
              and (:staff = true or t.hidden = false)
              and (:like = '%%'
                   or lower(t.title) like :like escape '\\'
                   or exists (select p.id from DiscussionPost p
                              where p.threadId = t.id and p.hidden = false and lower(p.body) like :like escape '\\'))
            order by t.lastPostAt desc, t.id desc
            """)
    Page<DiscussionThread> search(
            @Param("theme") String theme, @Param("like") String like, @Param("staff") boolean staff, Pageable page);

    /** Per theme: how many threads and the latest activity. */
    @Query("""
            select t.theme, count(t), max(t.lastPostAt) from DiscussionThread t
            where (:staff = true or t.hidden = false)
            group by t.theme
            """)
    List<Object[]> themes(@Param("staff") boolean staff);

    List<DiscussionThread> findByAuthorEmail(String email);

    boolean existsByTitleAndSampleDataTrue(String title);
}
