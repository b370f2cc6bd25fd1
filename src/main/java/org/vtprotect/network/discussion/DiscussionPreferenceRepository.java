package org.vtprotect.network.discussion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DiscussionPreferenceRepository extends JpaRepository<DiscussionPreference, String> {

    List<DiscussionPreference> findByNotification(Notification notification);
}
