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

    @Test
    void erasureKeepsTheRowUnderAPseudonymWithWhatTheFiguresCount() {
        var organisation = organisations.create(
                new Organisations.Details("Dakar Port Authority " + unique(), null, "LOCAL_GOVERNMENT", "SEN"));
        String word = "Erasable" + unique().replace("-", "");
        String address = word + "@example.org";
        var person = people.create(
                new People.Details(address, "Awa " + word, word, Gender.FEMALE, organisation.id(), "SEN"));

        assertThat(people.erase(" " + address.toUpperCase() + " ")).contains(person.id());

        var erased = people.find(person.id()).orElseThrow();
        assertThat(erased.email()).isEqualTo(People.erasedEmail(person.id()));
        assertThat(erased.givenName()).isEmpty();
        assertThat(erased.familyName()).isEqualTo(People.ERASED_NAME);
        assertThat(erased.gender()).isEqualTo(Gender.FEMALE);
        assertThat(erased.organisationId()).isEqualTo(organisation.id());
        assertThat(erased.countryIso3()).isEqualTo("SEN");
        assertThat(people.findByEmail(address)).isEmpty();
        assertThat(people.search(word, null, null, 0, 20).getTotalElements()).isZero();
        assertThat(people.countOfOrganisation(organisation.id())).isEqualTo(1);
        // nobody has the address any more: nothing left to erase
        assertThat(people.erase(address)).isEmpty();
        assertThat(people.erase("")).isEmpty();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
