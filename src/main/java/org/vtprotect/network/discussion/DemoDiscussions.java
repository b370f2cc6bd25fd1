package org.vtprotect.network.discussion;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With {@code vtp.demo=true}, a few sample threads with replies by the sample experts of the demo
 * (named "Sample expert ..." at example.org), flagged as sample data and shown with a badge. No mail
 * goes out for them. A thread already recorded is left alone.
 */
@Component
@Order(450)
@ConditionalOnBooleanProperty("vtp.demo")
class DemoDiscussions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDiscussions.class);

    private record Sample(String theme, String title, List<String> posts) {}

    private static final List<Author> AUTHORS = List.of(
            new Author("sample.expert.1@example.org", "Sample expert 1"),
            new Author("sample.expert.2@example.org", "Sample expert 2"),
            new Author("sample.expert.3@example.org", "Sample expert 3"),
            new Author("expert@demo.vtprotect.localhost", "Demo expert"));

    private static final List<Sample> SAMPLES = List.of(
            new Sample(
                    "RISK_ASSESSMENT",
                    "Sample thread: assessing drone risks at open-air religious gatherings",
                    List.of(
                            "Sample post. How do you rate the risk of small drones over a pilgrimage site?\n"
                                    + "We use a three-level scale; is anyone using something finer?",
                            "Sample post. We score likelihood and impact separately, then review with the site"
                                    + " operator each season.",
                            "Sample post. Same here; we add the time of day, as crowds peak at prayer times.")),
            new Sample(
                    "EXERCISES",
                    "Sample thread: table-top exercise for a stadium evacuation",
                    List.of(
                            "Sample post. Looking for a scenario outline for a half-day table-top exercise with"
                                    + " police, stewards and the medical team.",
                            "Sample post. Our outline has three injects: a suspicious bag, a crowd surge and a"
                                    + " false alarm on social media.")),
            new Sample(
                    "COMMUNITY_ENGAGEMENT",
                    "Sample thread: involving neighbourhood associations in market security",
                    List.of("Sample post. Which approaches worked for you to bring traders and residents into"
                            + " security planning without creating fear?")));

    private final DiscussionThreadRepository threads;
    private final DiscussionPostRepository posts;

    DemoDiscussions(DiscussionThreadRepository threads, DiscussionPostRepository posts) {
        this.threads = threads;
        this.posts = posts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int added = 0;
        Instant start = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        for (int i = 0; i < SAMPLES.size(); i++) {
            Sample sample = SAMPLES.get(i);
            if (threads.existsByTitleAndSampleDataTrue(sample.title())) {
                continue;
            }
            Instant at = start.plus(i * 5L, ChronoUnit.HOURS);
            DiscussionThread thread = new DiscussionThread(sample.theme(), sample.title(), AUTHORS.get(i), at);
            thread.markSample();
            for (int p = 0; p < sample.posts().size(); p++) {
                thread.posted(at.plus(p * 90L, ChronoUnit.MINUTES));
            }
            threads.save(thread);
            for (int p = 0; p < sample.posts().size(); p++) {
                DiscussionPost post = new DiscussionPost(
                        thread.id(),
                        AUTHORS.get((i + p) % AUTHORS.size()),
                        sample.posts().get(p),
                        at.plus(p * 90L, ChronoUnit.MINUTES));
                post.markSample();
                posts.save(post);
            }
            added++;
        }
        if (added > 0) {
            log.info("Loaded {} sample discussion threads", added);
        }
    }
}
