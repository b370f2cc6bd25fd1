package org.vtprotect.library.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vtprotect.platform.ProblemException;

/** Reading manifests as spreadsheets save them, and refusing those that cannot be read with the reason. */
class ManifestTests {

    static List<Manifest.Row> parse(String csv) {
        return Manifest.parse(csv.getBytes(StandardCharsets.UTF_8), 100);
    }

    @Test
    void readsColumnsInAnyOrderAndCaseWithQuotesMultiValuesAndAByteOrderMark() {
        var rows = parse("\uFEFFTitle,FILE,themes,\n"
                + "\"Sécurité, places \"\"publiques\"\"\",a.pdf, PHYSICAL_PROTECTION ; TRAINING ;,\n"
                + ",,,\n"
                + "Link only,,,\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("title")).isEqualTo("Sécurité, places \"publiques\"");
        assertThat(rows.get(0).file()).isEqualTo("a.pdf");
        assertThat(rows.get(0).list("themes")).containsExactly("PHYSICAL_PROTECTION", "TRAINING");
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(1).file()).isNull();
        assertThat(rows.get(1).line()).isEqualTo(4);
    }

    @Test
    void refusesWhatCannotBeReadNamingTheProblem() {
        assertRefused("file,title,colour\na,b,c\n", "library.import.manifest.unknownColumn");
        assertRefused("file,file,title\n", "library.import.manifest.duplicateColumn");
        assertRefused("title,summary\nx,y\n", "library.import.manifest.missingColumn");
        assertRefused("file,title\n", "library.import.manifest.empty");
        assertRefused("file,title\n\"a.pdf,unclosed\n", "library.import.manifest.malformed");
        assertThatThrownBy(() -> Manifest.parse(new byte[] {'f', 'i', 'l', 'e', (byte) 0xE9}, 10))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("library.import.manifest.encoding"));
        assertThatThrownBy(() -> Manifest.parse("file,title\na,b\nc,d\n".getBytes(), 1))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("library.import.manifest.tooManyRows"));
    }

    @Test
    void thePlanReportsFilesWithoutRowsRowsWithoutFilesAndRepeatedRows() {
        var rows = parse("file,title\na.pdf,A\nmissing.pdf,M\na.pdf,again\n,link\n");
        var plan = ImportPlan.of(List.of("a.pdf", "extra.pdf"), rows);
        assertThat(plan.steps())
                .extracting(s -> s.kind() + ":" + s.file())
                .containsExactly(
                        "FILE:a.pdf", "NO_ROW:extra.pdf", "LINK:null", "NO_FILE:missing.pdf", "REPEATED:a.pdf");
        assertThat(plan.size()).isEqualTo(5);
    }

    private static void assertRefused(String csv, String key) {
        assertThatThrownBy(() -> parse(csv))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
