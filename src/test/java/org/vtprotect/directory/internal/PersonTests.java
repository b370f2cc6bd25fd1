package org.vtprotect.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.vtprotect.directory.Gender;

class PersonTests {

    @Test
    void theEmailAddressIsTrimmedAndLowerCased() {
        assertThat(Person.normaliseEmail("  Amina.Rahimova@Example.ORG \t")).isEqualTo("amina.rahimova@example.org");
        var person = new Person(" Amina.Rahimova@Example.ORG ", "Amina", "Rahimova", Gender.FEMALE, null, "tjk");
        assertThat(person.email()).isEqualTo("amina.rahimova@example.org");
        assertThat(person.countryIso3()).isEqualTo("TJK");
    }

    @Test
    void recognisesAddresses() {
        assertThat(Person.isEmail("a@b.org")).isTrue();
        assertThat(Person.isEmail(" A@B.Org ")).isTrue();
        assertThat(Person.isEmail("no-at-sign.org")).isFalse();
        assertThat(Person.isEmail("two@@example.org")).isFalse();
        assertThat(Person.isEmail("nodomain@localhost")).isFalse();
        assertThat(Person.isEmail("a b@example.org")).isFalse();
        assertThat(Person.isEmail("nul\u0000@example.org")).isFalse();
        assertThat(Person.isEmail("x".repeat(320) + "@example.org")).isFalse();
        assertThat(Person.isEmail(null)).isFalse();
    }

    @Test
    void refusesSomethingThatIsNotAnAddress() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Person("not an address", "A", "B", Gender.UNDISCLOSED, null, null));
    }

    @Test
    void needsAFamilyNameButNotAGivenName() {
        var person = new Person("mono@example.org", null, " Suharto ", Gender.MALE, null, null);
        assertThat(person.givenName()).isEmpty();
        assertThat(person.familyName()).isEqualTo("Suharto");
        assertThatIllegalArgumentException().isThrownBy(() -> person.describe("Given", "  ", Gender.MALE, null, null));
    }

    @Test
    void searchTextCoversNamesAndAddressWithoutAccents() {
        var person = new Person("jose@example.org", "José", "Núñez", Gender.MALE, 4L, null);
        assertThat(person.searchText()).isEqualTo("jose nunez jose@example.org");
        person.changeEmail("J.Nunez@Example.org");
        assertThat(person.email()).isEqualTo("j.nunez@example.org");
        assertThat(person.searchText()).endsWith("j.nunez@example.org");
    }
}
