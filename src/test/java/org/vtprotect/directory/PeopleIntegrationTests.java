package org.vtprotect.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.support.IntegrationTest;

/** The people other modules record: one person per e-mail address, whatever its case and spaces. */
@IntegrationTest
class PeopleIntegrationTests {

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Test
    void theSameAddressInAnotherCaseIsTheSamePerson() {
        String address = "Amina." + unique() + "@Example.org";
        var created = people.record(details(" " + address.toUpperCase() + " ", "Amina", "Rahimova", Gender.FEMALE));
        assertThat(created.email()).isEqualTo(address.toLowerCase());

        var again = people.record(details(address, "Amina", "Rahimova-Karimova", null));
        assertThat(again.id()).isEqualTo(created.id());
        assertThat(again.familyName()).isEqualTo("Rahimova-Karimova");
        assertThat(again.gender()).isEqualTo(Gender.UNDISCLOSED);
        assertThat(people.findByEmail("  " + address.toUpperCase())).contains(again);
    }

    @Test
    void findOrCreateKeepsWhatIsAlreadyRecorded() {
        String address = unique() + "@example.org";
        var first = people.findOrCreate(details(address, "Kofi", "Mensah", Gender.MALE));
        var second = people.findOrCreate(details(address.toUpperCase(), "Someone", "Else", Gender.OTHER));
        assertThat(second).isEqualTo(first);
        assertThat(second.givenName()).isEqualTo("Kofi");
    }

    @Test
    void detailsAreCheckedFieldByField() {
        var invalid = new People.Details("not-an-address", "x".repeat(201), " ", null, 987654321L, "ZZZ");
        assertThatThrownBy(() -> people.record(invalid))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.fieldProblems())
                                .extracting(ProblemException.FieldProblem::field)
                                .containsExactlyInAnyOrder(
                                        "email", "givenName", "familyName", "organisationId", "countryIso3"));
    }

    @Test
    void aPersonBelongsToAnOrganisationByIdAndMayChangeAddress() {
        var organisation = organisations.create(
                new Organisations.Details("Lomé City Council " + unique(), null, "LOCAL_GOVERNMENT", "TGO"));
        String address = unique() + "@example.org";
        var person =
                people.create(new People.Details(address, "Ama", "Kouassi", Gender.FEMALE, organisation.id(), "tgo"));
        assertThat(person.organisationId()).isEqualTo(organisation.id());
        assertThat(person.countryIso3()).isEqualTo("TGO");
        assertThat(people.ofOrganisation(organisation.id(), 10)).containsExactly(person);
        assertThat(people.countOfOrganisation(organisation.id())).isEqualTo(1);

        var other = people.create(details(unique() + "@example.org", "Other", "Person", null));
        assertThatThrownBy(() -> people.change(
                        person.id(), new People.Details(other.email(), "Ama", "Kouassi", Gender.FEMALE, null, null)))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.fieldProblems())
                                .extracting(ProblemException.FieldProblem::field)
                                .containsExactly("email"));

        var moved = people.change(
                person.id(), new People.Details("NEW." + address, "Ama", "Kouassi", Gender.FEMALE, null, null));
        assertThat(moved.email()).isEqualTo("new." + address);
        assertThat(people.findByEmail(address)).isEmpty();
    }

    private static People.Details details(String email, String given, String family, Gender gender) {
        return new People.Details(email, given, family, gender, null, null);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
