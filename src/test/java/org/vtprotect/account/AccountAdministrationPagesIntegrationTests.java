package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.account.AdministrationFixtures.PASSWORD;
import static org.vtprotect.account.AdministrationFixtures.adminId;
import static org.vtprotect.account.AdministrationFixtures.asAdmin;
import static org.vtprotect.account.AdministrationFixtures.create;
import static org.vtprotect.account.AdministrationFixtures.uniqueEmail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.directory.Organisations;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/** The administrators' account pages: list, new account form, edit form, disable and enable. */
@IntegrationTest
class AccountAdministrationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    Organisations organisations;

    @Test
    void listSearchesFiltersAndPagesWithACount() throws Exception {
        String prefix = "listed" + System.nanoTime();
        for (int i = 0; i < 22; i++) {
            create(
                    mvc,
                    accounts,
                    prefix + "-" + (char) ('a' + i) + "@example.org",
                    "Listed " + i,
                    PASSWORD,
                    Role.EXPERT);
        }
        create(mvc, accounts, prefix + "-officer@example.org", "Listed officer", PASSWORD, Role.PROGRAMME_OFFICER);

        Document first = page(get("/admin/accounts").param("q", prefix.toUpperCase()));
        assertThat(first.select("h1").text()).isEqualTo("Accounts");
        assertThat(first.select("tbody tr")).hasSize(20);
        assertThat(first.text()).contains("1–20 of 23");
        assertThat(first.select("thead th").eachText())
                .containsExactly("E-mail address", "Name", "Roles", "Organisation", "Status", "Created");
        assertThat(first.select("tbody tr").first().text()).contains(prefix + "-a@example.org", "Listed 0", "Expert");
        String next = first.select("a[rel=next]").first().attr("href");
        assertThat(next).contains("q=" + prefix.toUpperCase()).contains("page=1");

        Document second = page(get(next));
        assertThat(second.select("tbody tr")).hasSize(3);
        assertThat(second.text()).contains("21–23 of 23");
        assertThat(second.select("a[rel=prev]").attr("href")).contains("page=0");
        assertThat(second.select("a[rel=next]")).isEmpty();

        Document officers = page(get("/admin/accounts?q=" + prefix + "&role=PROGRAMME_OFFICER&lang=fr"));
        assertThat(officers.select("tbody tr")).hasSize(1);
        assertThat(officers.select("tbody").text())
                .contains("Chargé de programme")
                .contains("Actif");
        assertThat(officers.select("select#role option[selected]").attr("value"))
                .isEqualTo("PROGRAMME_OFFICER");
        assertThat(officers.select("input#q").attr("value")).isEqualTo(prefix);

        Document disabled = page(get("/admin/accounts?q=" + prefix + "&status=disabled"));
        assertThat(disabled.select("tbody tr")).isEmpty();
        assertThat(disabled.text()).contains("No account matches this search.");

        Document newest = page(get("/admin/accounts?q=" + prefix + "&sort=newest"));
        assertThat(newest.select("tbody tr").first().text()).contains(prefix + "-officer@example.org");
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        String body = mvc.perform(
                        get("/admin/accounts").header("HX-Request", "true").with(asAdmin(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain("<html").doesNotContain("<h1").contains("<table");
    }

    @Test
    void newAccountWithErrorsKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
        var response = mvc.perform(post("/admin/accounts")
                        .with(asAdmin(accounts))
                        .with(csrf())
                        .param("email", "not-an-address")
                        .param("displayName", "Typed name")
                        .param("passwordChoice", "now")
                        .param("password", "short"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse();
        Document form = Jsoup.parse(response.getContentAsString());
        assertThat(form.select("input#email").attr("value")).isEqualTo("not-an-address");
        assertThat(form.select("input#email").hasClass("is-invalid")).isTrue();
        assertThat(form.select("input#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#email-error").text())
                .isEqualTo("Enter a valid e-mail address, such as name@example.org.");
        assertThat(form.select("input#displayName").attr("value")).isEqualTo("Typed name");
        assertThat(form.select("input#displayName").hasClass("is-invalid")).isFalse();
        assertThat(form.select("#roles-error").text()).isEqualTo("Choose at least one role.");
        assertThat(form.select("#password-error").text()).isEqualTo("Use at least 12 characters.");
        assertThat(form.select("input#passwordChoice-now").hasAttr("checked")).isTrue();
        assertThat(form.select("#error-summary a").eachAttr("href"))
                .containsExactly("#email", "#role-ADMINISTRATOR", "#password");
        assertThat(form.select("#error-summary li").eachText())
                .contains("Roles: Choose at least one role.", "Password to set now: Use at least 12 characters.");
        assertThat(form.select("input#password").attr("value")).isEmpty();
    }

    @Test
    void newAccountWithATakenAddressSaysSoBesideTheField() throws Exception {
        String email = uniqueEmail("page-taken");
        create(mvc, accounts, email, "Existing", PASSWORD, Role.EXPERT);
        var response = mvc.perform(post("/admin/accounts")
                        .with(asAdmin(accounts))
                        .with(csrf())
                        .param("email", email)
                        .param("displayName", "Duplicate")
                        .param("roles", "PARTNER")
                        .param("passwordChoice", "link"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse();
        Document form = Jsoup.parse(response.getContentAsString());
        assertThat(form.select("#email-error").text()).isEqualTo("An account with this e-mail address already exists.");
        assertThat(form.select("input[name=roles][value=PARTNER]").hasAttr("checked"))
                .isTrue();
        assertThat(form.select("input[name=roles][value=EXPERT]").hasAttr("checked"))
                .isFalse();
    }

    @Test
    void newAccountIsCreatedThenShownWithASuccessMessage() throws Exception {
        String email = uniqueEmail("page-created");
        long organisationId = organisations
                .findOrCreate("Test City Police", null, "LOCAL_GOVERNMENT", "ESP")
                .id();
        Document blank = page(get("/admin/accounts/new"));
        assertThat(blank.select("input#passwordChoice-link").hasAttr("checked")).isTrue();
        assertThat(blank.select("label[for=role-FOCAL_POINT]").text()).isEqualTo("National focal point");
        assertThat(blank.select("select#organisationId option").eachText()).contains("Test City Police");

        mvc.perform(post("/admin/accounts")
                        .with(asAdmin(accounts))
                        .with(csrf())
                        .param("email", email)
                        .param("displayName", "Created on the page")
                        .param("roles", "SITE_OPERATOR", "PARTNER")
                        .param("organisationId", String.valueOf(organisationId))
                        .param("passwordChoice", "now")
                        .param("password", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/accounts/*"))
                .andExpect(flash().attribute("notice", "administration.notice.created"));
        Account created = accounts.findByEmail(email).orElseThrow();
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.SITE_OPERATOR, Role.PARTNER);
        assertThat(created.organisationId()).isEqualTo(organisationId);
        AdministrationFixtures.token(mvc, email, PASSWORD);

        Document shown = page(get("/admin/accounts/" + created.id())
                .flashAttr("notice", "administration.notice.created")
                .flashAttr("noticeArgument", email));
        assertThat(shown.select(".alert-success").text()).isEqualTo("The account " + email + " has been created.");
        assertThat(shown.select("select#organisationId option[selected]").text())
                .isEqualTo("Test City Police");
    }

    @Test
    void editChangesNameAndRolesAndKeepsInputOnError() throws Exception {
        long id = create(mvc, accounts, uniqueEmail("page-edit"), "Before edit", PASSWORD, Role.EXPERT);
        Document form = page(get("/admin/accounts/" + id));
        assertThat(form.select("input#displayName").attr("value")).isEqualTo("Before edit");
        assertThat(form.select("input[name=roles][value=EXPERT]").hasAttr("checked"))
                .isTrue();

        mvc.perform(post("/admin/accounts/" + id)
                        .with(asAdmin(accounts))
                        .with(csrf())
                        .param("displayName", "After edit")
                        .param("roles", "FOCAL_POINT")
                        .param("organisationId", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "administration.notice.saved"));
        Account edited = accounts.findById(id).orElseThrow();
        assertThat(edited.displayName()).isEqualTo("After edit");
        assertThat(edited.roles()).containsExactly(Role.FOCAL_POINT);

        var response = mvc.perform(post("/admin/accounts/" + id)
                        .with(asAdmin(accounts))
                        .with(csrf())
                        .param("displayName", "Kept though invalid")
                        .param("organisationId", "not-a-number"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse();
        Document invalid = Jsoup.parse(response.getContentAsString());
        assertThat(invalid.select("input#displayName").attr("value")).isEqualTo("Kept though invalid");
        assertThat(invalid.select("#roles-error").text()).isEqualTo("Choose at least one role.");
        assertThat(invalid.select("#organisationId-error").text()).isEqualTo("Choose an organisation from the list.");
        assertThat(accounts.findById(id).orElseThrow().displayName()).isEqualTo("After edit");
    }

    @Test
    void disableAndEnableButtonsChangeTheStatus() throws Exception {
        long id = create(mvc, accounts, uniqueEmail("page-disable"), "Page disable", PASSWORD, Role.PARTNER);
        Document enabled = page(get("/admin/accounts/" + id));
        assertThat(enabled.select("form[action=/admin/accounts/" + id + "/disable] button")
                        .text())
                .isEqualTo("Disable the account");

        mvc.perform(post("/admin/accounts/" + id + "/disable")
                        .with(asAdmin(accounts))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "administration.notice.disabled"));
        assertThat(accounts.findById(id).orElseThrow().enabled()).isFalse();
        Document disabled = page(get("/admin/accounts/" + id));
        assertThat(disabled.select("form[action=/admin/accounts/" + id + "/enable] button"))
                .hasSize(1);

        mvc.perform(post("/admin/accounts/" + id + "/enable")
                        .with(asAdmin(accounts))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.findById(id).orElseThrow().enabled()).isTrue();
    }

    @Test
    void disablingYourselfOnThePageIsRefusedWithAMessage() throws Exception {
        long self = adminId(accounts);
        mvc.perform(post("/admin/accounts/" + self + "/disable")
                        .with(asAdmin(accounts))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "administration.disable.self"));
        assertThat(accounts.findById(self).orElseThrow().enabled()).isTrue();
        Document shown = page(get("/admin/accounts/" + self).flashAttr("problem", "administration.disable.self"));
        assertThat(shown.select(".alert-danger").text()).isEqualTo("You cannot disable your own account.");
    }

    @Test
    void pagesAreForAdministratorsOnly() throws Exception {
        for (Role role : Role.values()) {
            if (role != Role.ADMINISTRATOR) {
                mvc.perform(get("/admin/accounts").with(SignedIn.as(role))).andExpect(status().isForbidden());
                mvc.perform(post("/admin/accounts")
                                .with(SignedIn.as(role))
                                .with(csrf())
                                .param("email", uniqueEmail("sneaky"))
                                .param("displayName", "Sneaky")
                                .param("roles", "ADMINISTRATOR"))
                        .andExpect(status().isForbidden());
            }
        }
        mvc.perform(get("/admin/accounts")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/accounts/987654321").with(asAdmin(accounts))).andExpect(status().isNotFound());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request.with(asAdmin(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(body);
    }
}
