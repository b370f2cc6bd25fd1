package org.vtprotect.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.library.LibraryFixtures.metadata;
import static org.vtprotect.library.LibraryFixtures.unique;
import static org.vtprotect.library.LibraryFixtures.uniqueText;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.search.mapper.orm.Search;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.vtprotect.library.internal.Document;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * Rebuilding the search index: search keeps answering while it runs, entries of documents gone
 * from the database are removed, progress is visible (page with htmx polling, API with 202 then
 * progress), one rebuild at a time, administrators only, audited.
 */
@IntegrationTest
class LibraryIndexIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LibraryIndex index;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    long add(String title, String text) throws Exception {
        String json = mvc.perform(multipart("/api/v1/library/documents")
                        .file(metadata(title, AccessLevel.PUBLIC, "\"language\":\"en\""))
                        .file(uniqueText(text))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    List<Long> found(String words) throws Exception {
        List<Number> ids = JsonPath.read(
                mvc.perform(get("/api/v1/library/search").param("q", words))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    long entriesFor(long id) {
        return transactions.execute(status -> Search.session(entityManager)
                .search(Document.class)
                .where(f -> f.id().matching(id))
                .fetchTotalHitCount());
    }

    IndexRun finished() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (index.progress().running() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        return index.progress();
    }

    @Test
    void searchKeepsAnsweringWhileTheIndexIsRebuilt() throws Exception {
        finished();
        String word = "reindexword" + System.nanoTime();
        long id = add(unique("Reindexed"), "vehicle barriers " + word);
        List<List<Long>> answersDuringTheRun = new CopyOnWriteArrayList<>();
        List<Integer> refusedSecondRuns = new CopyOnWriteArrayList<>();

        IndexRun done = index.rebuildNow("test", run -> {
            if (run.running()) {
                try {
                    answersDuringTheRun.add(found(word));
                    refusedSecondRuns.add(
                            mvc.perform(post("/api/v1/library/index").with(SignedIn.as(Role.ADMINISTRATOR)))
                                    .andReturn()
                                    .getResponse()
                                    .getStatus());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });

        assertThat(done.state()).isEqualTo(IndexRun.State.SUCCEEDED);
        assertThat(done.indexed()).isEqualTo(done.total()).isPositive();
        assertThat(answersDuringTheRun)
                .as("searches made while the rebuild ran")
                .isNotEmpty();
        assertThat(answersDuringTheRun).allSatisfy(ids -> assertThat(ids).containsExactly(id));
        assertThat(refusedSecondRuns).containsOnly(409);
        assertThat(found(word)).containsExactly(id);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void aStartFindingTheIndexBehindTheDatabaseRebuildsIt() throws Exception {
        finished();
        String word = "restoredword" + System.nanoTime();
        long id = add(unique("Restored"), "text " + word);
        // as after restoring a database without its index: the row is there, its entry is not
        transactions.executeWithoutResult(
                status -> Search.session(entityManager).indexingPlan().purge(Document.class, id, null));
        assertThat(entriesFor(id)).isZero();
        assertThat(found(word)).isEmpty();

        context.getBean("indexCheckAtStartup", org.springframework.boot.ApplicationRunner.class)
                .run(new org.springframework.boot.DefaultApplicationArguments());

        assertThat(finished().state()).isEqualTo(IndexRun.State.SUCCEEDED);
        assertThat(found(word)).containsExactly(id);
        assertThat(index.counts().entries()).isEqualTo(index.counts().documents());
    }

    @Test
    void entriesOfDocumentsNoLongerInTheDatabaseAreRemoved() throws Exception {
        finished();
        String word = "orphanword" + System.nanoTime();
        long id = add(unique("Orphan"), "text " + word);
        jdbc.update("DELETE FROM library_file_version WHERE document_id = ?", id);
        jdbc.update("DELETE FROM library_document WHERE id = ?", id);
        assertThat(entriesFor(id)).as("the index still holds the deleted row").isEqualTo(1);

        IndexRun done = index.rebuildNow("test", run -> {});

        assertThat(done.removed()).isGreaterThanOrEqualTo(1);
        assertThat(entriesFor(id)).isZero();
        assertThat(found(word)).isEmpty();
        var counts = index.counts();
        assertThat(counts.entries()).isEqualTo(counts.documents());
    }

    @Test
    void aLostIndexIsFilledAgainFromTheDatabase() throws Exception {
        finished();
        String word = "lostindex" + System.nanoTime();
        long id = add(unique("Lost index"), "text " + word);
        Search.mapping(entityManager.getEntityManagerFactory())
                .scope(Document.class)
                .workspace()
                .purge();
        assertThat(index.counts().entries()).isZero();
        assertThat(found(word)).isEmpty();

        IndexRun done = index.rebuildNow("test", run -> {});

        assertThat(done.state()).isEqualTo(IndexRun.State.SUCCEEDED);
        assertThat(found(word)).containsExactly(id);
        var counts = index.counts();
        assertThat(counts.entries()).isEqualTo(counts.documents());
    }

    @Test
    void theApiStartsARebuildAndReportsItsProgress() throws Exception {
        finished();
        mvc.perform(post("/api/v1/library/index").with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("RUNNING"))
                .andExpect(jsonPath("$.startedBy").value("someone@example.org"));
        assertThat(finished().state()).isEqualTo(IndexRun.State.SUCCEEDED);
        mvc.perform(get("/api/v1/library/index").with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUCCEEDED"))
                .andExpect(jsonPath("$.percent").value(100))
                .andExpect(jsonPath("$.finishedAt").isNotEmpty());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE action = 'LIBRARY_REINDEX_FINISHED'", Long.class))
                .isPositive();

        for (Role role : List.of(Role.PROGRAMME_OFFICER, Role.EXPERT, Role.PARTNER)) {
            mvc.perform(post("/api/v1/library/index").with(SignedIn.as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/library/index").with(SignedIn.as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/manage/library/index").with(SignedIn.as(role))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/library/index")).andExpect(status().isUnauthorized());
    }

    @Test
    void thePageStartsARebuildAndHtmxPollsItsProgress() throws Exception {
        finished();
        var page = Jsoup.parse(mvc.perform(get("/manage/library/index").with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Search index");
        assertThat(page.select("form[action=/manage/library/index] button").text())
                .isEqualTo("Rebuild the search index");
        assertThat(page.select("#index-documents").text()).isNotEmpty();

        mvc.perform(post("/manage/library/index").with(csrf()).with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(redirectedUrl("/manage/library/index"))
                .andExpect(flash().attribute("notice", "library.index.notice.started"));
        var fragment = Jsoup.parse(mvc.perform(get("/manage/library/index")
                        .header("HX-Request", "true")
                        .with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(fragment.select("h1")).isEmpty();
        assertThat(fragment.select("section#index-progress")).hasSize(1);
        assertThat(fragment.select("#index-bar")).hasSize(1);
        IndexRun done = finished();
        assertThat(done.state()).isEqualTo(IndexRun.State.SUCCEEDED);
        var after = Jsoup.parse(mvc.perform(get("/manage/library/index")
                        .header("HX-Request", "true")
                        .with(SignedIn.as(Role.ADMINISTRATOR)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(after.select("#index-progress").attr("hx-trigger"))
                .as("polling stops when done")
                .isEmpty();
        assertThat(after.select("#index-bar").attr("value")).isEqualTo("100");
        assertThat(after.select("#index-state").text()).isEqualTo("Rebuilt.");
    }
}
