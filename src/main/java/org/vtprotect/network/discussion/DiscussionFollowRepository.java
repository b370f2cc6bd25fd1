package org.vtprotect.network.discussion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DiscussionFollowRepository extends JpaRepository<DiscussionFollow, Long> {

    boolean existsByThreadIdAndEmail(long threadId, String email);

    List<DiscussionFollow> findByThreadId(long threadId);

    List<DiscussionFollow> findByEmail(String email);

    long deleteByThreadIdAndEmail(long threadId, String email);

    long deleteByEmail(String email);
}
