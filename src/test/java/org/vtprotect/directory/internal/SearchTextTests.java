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
        assertThat(SearchText.containingEach("100% _x\\ 100%")).containsExactly("%100\\%%", "%\\_x\\\\%");
        assertThat(SearchText.containingEach("  ")).isEmpty();
    }
}
