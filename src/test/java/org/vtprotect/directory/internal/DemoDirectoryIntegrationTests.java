package org.vtprotect.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vtprotect.directory.Organisations;
import org.vtprotect.reference.Countries;
import org.vtprotect.support.IntegrationTest;

@IntegrationTest
class DemoDirectoryIntegrationTests {

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationRepository repository;

    @Autowired
    Countries countries;

    @Test
    void loadsTheProgrammesOrganisationsOnceOnly() {
        var demo = new DemoDirectory(organisations, repository, countries);
        demo.run(null);
        long loaded = repository.count();
        demo.run(null);
        assertThat(repository.count()).isEqualTo(loaded);

        assertThat(organisations.findByAcronym("unicri")).hasValueSatisfying(unicri -> {
            assertThat(unicri.name()).isEqualTo("United Nations Interregional Crime and Justice Research Institute");
            assertThat(unicri.type()).isEqualTo("UN_ENTITY");
            assertThat(unicri.countryIso3()).isNull();
        });
        assertThat(organisations.findByAcronym("INTERPOL"))
                .hasValueSatisfying(interpol -> assertThat(interpol.type()).isEqualTo("INTERNATIONAL_ORGANISATION"));
        var governments = organisations.search("government of", "MEMBER_STATE_GOVERNMENT", null, 0, 50);
        assertThat(governments.getContent())
                .extracting(Organisations.View::name, Organisations.View::countryIso3)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Government of Tajikistan", "TJK"),
                        org.assertj.core.groups.Tuple.tuple("Government of Togo", "TGO"),
                        org.assertj.core.groups.Tuple.tuple("Government of Tunisia", "TUN"),
                        org.assertj.core.groups.Tuple.tuple("Government of Sudan", "SDN"));
        assertThat(organisations
                        .search("Global Programme on Countering Terrorist Threats", null, null, 0, 5)
                        .getTotalElements())
                .isEqualTo(1);
    }
}
