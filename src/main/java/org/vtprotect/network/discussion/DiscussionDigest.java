package org.vtprotect.network.discussion;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.network.MemberState;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.platform.OutboundMail;

/**
 * Once a day, mails each reader who chose the digest the new visible posts in the threads they
 * follow (not their own), in their language. A post listed once is never listed again; a reader with
 * nothing new gets no mail.
 */
@Component
public class DiscussionDigest {

    private static final Logger log = LoggerFactory.getLogger(DiscussionDigest.class);

    private final DiscussionPreferenceRepository preferences;
    private final DiscussionPostRepository posts;
    private final DiscussionThreadRepository threads;
    private final ExpertMemberRepository members;
    private final DiscussionMail mails;
    private final OutboundMail outbound;

    DiscussionDigest(
            DiscussionPreferenceRepository preferences,
            DiscussionPostRepository posts,
            DiscussionThreadRepository threads,
            ExpertMemberRepository members,
            DiscussionMail mails,
            OutboundMail outbound) {
        this.preferences = preferences;
        this.posts = posts;
        this.threads = threads;
        this.members = members;
        this.mails = mails;
        this.outbound = outbound;
    }

    @Scheduled(cron = "${vtp.discussions.digest-cron:0 0 6 * * *}", zone = "UTC")
    void daily() {
        int sent = sendDigests(Instant.now());
        if (sent > 0) {
            log.info("Sent {} discussion digests", sent);
        }
    }

    /** Sends the digests due at {@code now}; answers how many mails went out. */
    @Transactional
    public int sendDigests(Instant now) {
        int sent = 0;
        for (DiscussionPreference preference : preferences.findByNotification(Notification.DAILY_DIGEST)) {
            Optional<ExpertMember> member = members.findByEmail(preference.email());
            if (member.isPresent() && member.get().state() != MemberState.ACTIVE) {
                continue;
            }
            List<DiscussionPost> news = posts.forDigest(preference.email(), preference.lastDigestPostId(), now);
            if (news.isEmpty()) {
                continue;
            }
            Map<Long, DiscussionThread> threadsById = new HashMap<>();
            news.forEach(p -> threadsById.computeIfAbsent(
                    p.threadId(), id -> threads.findById(id).orElseThrow()));
            String language = member.map(ExpertMember::language).orElse(preference.language());
            outbound.send(mails.digest(preference.email(), Locale.forLanguageTag(language), news, threadsById));
            preference.digested(
                    news.stream().mapToLong(DiscussionPost::id).max().orElse(0), now);
            sent++;
        }
        return sent;
    }
}
