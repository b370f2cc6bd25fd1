package org.vtprotect.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void foldsCaseAccentsAndSpaces() {
        assertThat(SearchText.fold("  SOCIÉTÉ  Générale ", null, "", "ÇA")).isEqualTo("societe generale ca");
    }

    @Test
    void likeWildcardsInAQueryAreTakenLiterally() {
        assertThat(SearchText.containing("100% _x\\")).isEqualTo("%100\\% \\_x\\\\%");
    }
}
