package org.vtprotect.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class OrganisationTests {

    @Test
    void sameNameInAnotherCaseAndSpacingInTheSameCountryIsTheSameEntity() {
        assertThat(Organisation.matchKey("  Ministry of   the INTERIOR ", "tjk"))
                .isEqualTo(Organisation.matchKey("Ministry of the Interior", "TJK"));
    }

    @Test
    void sameNameInAnotherCountryOrWithoutCountryIsAnotherEntity() {
        String tajik = Organisation.matchKey("Ministry of the Interior", "TJK");
        assertThat(Organisation.matchKey("Ministry of the Interior", "TGO")).isNotEqualTo(tajik);
        assertThat(Organisation.matchKey("Ministry of the Interior", null)).isNotEqualTo(tajik);
        assertThat(Organisation.matchKey("Ministry of the Interior", " "))
                .isEqualTo(Organisation.matchKey("ministry of the interior", null));
    }

    @Test
    void keepsTheNameAsTypedButTidied() {
        var organisation =
                new Organisation(" Ministère\u00a0de  l’Intérieur ", " MI ", "MEMBER_STATE_GOVERNMENT", " tun ");
        assertThat(organisation.name()).isEqualTo("Ministère de l’Intérieur");
        assertThat(organisation.acronym()).isEqualTo("MI");
        assertThat(organisation.countryIso3()).isEqualTo("TUN");
        assertThat(organisation.matchKey()).isEqualTo("ministère de l’intérieur|TUN");
        assertThat(organisation.searchText()).isEqualTo("ministere de l’interieur mi");
    }

    @Test
    void blankAcronymIsNoAcronym() {
        assertThat(new Organisation("Interpol", "  ", "INTERNATIONAL_ORGANISATION", null).acronym())
                .isNull();
    }

    @Test
    void renamingMovesTheMatchKey() {
        var organisation = new Organisation("City of Dushanbe", null, "LOCAL_GOVERNMENT", "TJK");
        organisation.change("Dushanbe City Hall", "DCH", "LOCAL_GOVERNMENT", "TJK");
        assertThat(organisation.matchKey()).isEqualTo("dushanbe city hall|TJK");
        assertThat(organisation.searchText()).isEqualTo("dushanbe city hall dch");
    }

    @Test
    void onlyInternationalOrganisationsMayHaveNoCountry() {
        assertThat(new Organisation("UNICRI", null, "UN_ENTITY", null).countryIso3())
                .isNull();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Organisation("Ministry of Culture", null, "MEMBER_STATE_GOVERNMENT", null));
    }

    @Test
    void refusesABlankOrOverlongName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Organisation("   ", null, "UN_ENTITY", null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Organisation("x".repeat(301), null, "UN_ENTITY", null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Organisation("Name", "y".repeat(41), "UN_ENTITY", null));
        assertThat(new Organisation("x".repeat(300), "y".repeat(40), "UN_ENTITY", null).name())
                .hasSize(300);
    }
}
