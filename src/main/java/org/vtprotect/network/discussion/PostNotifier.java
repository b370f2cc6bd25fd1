package org.vtprotect.network.discussion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.vtprotect.network.MemberState;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.platform.Mail;
import org.vtprotect.platform.OutboundMail;

/**
 * Mails a new post to those following its thread who chose to hear at once, each in their
 * language, once the post is committed; never to the post's own author, nor to an expert who is no
 * longer a member.
 */
@Component
class PostNotifier {

    private final DiscussionFollowRepository follows;
    private final DiscussionPreferenceRepository preferences;
    private final ExpertMemberRepository members;
    private final DiscussionMail mails;
    private final OutboundMail outbound;

    PostNotifier(
            DiscussionFollowRepository follows,
            DiscussionPreferenceRepository preferences,
            ExpertMemberRepository members,
            DiscussionMail mails,
            OutboundMail outbound) {
        this.follows = follows;
        this.preferences = preferences;
        this.members = members;
        this.mails = mails;
        this.outbound = outbound;
    }

    /** Writes the mails inside the transaction that adds the post; they leave once it commits. */
    void posted(DiscussionThread thread, DiscussionPost post) {
        List<Mail> toSend = new ArrayList<>();
        for (DiscussionFollow follow : follows.findByThreadId(thread.id())) {
            if (post.writtenBy(follow.email())) {
                continue;
            }
            Optional<DiscussionPreference> preference = preferences.findById(follow.email());
            if (preference.map(p -> p.notification() != Notification.IMMEDIATE).orElse(false)) {
                continue;
            }
            Optional<ExpertMember> member = members.findByEmail(follow.email());
            if (member.isPresent() && member.get().state() != MemberState.ACTIVE) {
                continue;
            }
            String language = member.map(ExpertMember::language)
                    .orElseGet(
                            () -> preference.map(DiscussionPreference::language).orElse("en"));
            toSend.add(mails.newPost(follow.email(), Locale.forLanguageTag(language), thread, post));
        }
        // OutboundMail holds each mail until the transaction that wrote the post commits
        toSend.forEach(outbound::send);
    }
}
