package org.vtprotect.network.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vtprotect.support.IntegrationTest;

/** The demo's sample threads: marked as sample data, with their replies, loaded once. */
@IntegrationTest
class DemoDiscussionsIntegrationTests {

    @Autowired
    DiscussionThreadRepository threads;

    @Autowired
    DiscussionPostRepository posts;

    @Test
    void loadsSampleThreadsOnceOnly() {
        var demo = new DemoDiscussions(threads, posts);
        demo.run(null);
        long loaded = threads.count();
        demo.run(null);
        assertThat(threads.count()).isEqualTo(loaded);

        List<DiscussionThread> samples =
                threads.findAll().stream().filter(DiscussionThread::sampleData).toList();
        assertThat(samples)
                .hasSize(3)
                .allSatisfy(t -> assertThat(t.title()).startsWith("Sample thread"))
                .anySatisfy(t -> assertThat(t.postCount()).isEqualTo(3));
        assertThat(posts.findAll().stream().filter(DiscussionPost::sampleData))
                .hasSize(6)
                .allSatisfy(p -> assertThat(p.body()).startsWith("Sample post."));
    }
}
