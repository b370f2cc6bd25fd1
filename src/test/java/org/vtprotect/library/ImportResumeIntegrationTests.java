package org.vtprotect.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.vtprotect.library.internal.ArchiveImport;
import org.vtprotect.library.internal.ArchiveImportRepository;
import org.vtprotect.library.internal.ImportArchive;
import org.vtprotect.library.internal.ImportArchiveRepository;
import org.vtprotect.library.internal.ImportRunner;
import org.vtprotect.library.internal.ImportedFile;
import org.vtprotect.library.internal.ImportedFileRepository;
import org.vtprotect.library.internal.Zips;
import org.vtprotect.support.IntegrationTest;

/**
 * Progress is kept in the database: an import left waiting with its first file already recorded
 * (as when its node stopped) is taken up by the runner and resumes after that file, not from the start.
 */
@IntegrationTest
class ImportResumeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArchiveImportRepository imports;

    @Autowired
    ImportArchiveRepository archives;

    @Autowired
    ImportedFileRepository results;

    @Autowired
    ImportRunner runner;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void anInterruptedImportResumesAfterItsLastRecordedFile() throws Exception {
        String batch = "Resumed" + UUID.randomUUID().toString().substring(0, 8);
        byte[] zip = Zips.of()
                .add(
                        "manifest.csv",
                        "file,title,accessLevel\nfirst.txt," + batch + " first,PUBLIC\nsecond.txt," + batch
                                + " second,PUBLIC\n")
                .add("first.txt", "the first note of " + batch)
                .add("second.txt", "the second note of " + batch)
                .bytes();
        long id = transaction.execute(status -> {
            ArchiveImport started = imports.save(new ArchiveImport("resumed.zip", 2, "someone@example.org"));
            archives.save(new ImportArchive(started.id(), zip));
            results.save(ImportedFile.failed(started.id(), 2, "first.txt", "[]"));
            started.recorded(false);
            return started.id();
        });

        runner.wake();
        String json = Imports.over(mvc, id, "en");

        assertThat((Integer) JsonPath.read(json, "$.done")).isEqualTo(2);
        assertThat(JsonPath.<List<String>>read(json, "$.imported[*].file")).containsExactly("second.txt");
        assertThat(JsonPath.<List<String>>read(json, "$.failed[*].file")).containsExactly("first.txt");
        mvc.perform(get("/api/v1/library/search?q=" + batch))
                .andExpect(jsonPath("$.totalItems").value(1));
        assertThat(archives.existsById(id)).isFalse();
    }
}
