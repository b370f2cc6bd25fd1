package org.vtprotect.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.directory.Organisations;
import org.vtprotect.directory.People;
import org.vtprotect.directory.People.View;
import org.vtprotect.platform.ProblemException;

/** Programme staff's pages for people: the list with search and filters, the create and edit forms. */
@Controller
@RequestMapping("/manage/directory/people")
class PersonPages {

    private final People people;
    private final Organisations organisations;
    private final Choices choices;

    PersonPages(People people, Organisations organisations, Choices choices) {
        this.people = people;
        this.organisations = organisations;
        this.choices = choices;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(defaultValue = "0") String page,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        List<Option> organisationChoices = choices.organisations();
        List<Option> countries = choices.countries(locale);
        // a filter value that is not one of the choices (a stale link, a typo) filters nothing
        String organisationId = known(organisation, organisationChoices);
        var filter = new PersonFilter(
                q.strip(), organisationId == null ? null : Long.valueOf(organisationId), known(country, countries));
        Page<View> found = search(filter, PageNumber.parse(page));
        Map<Long, String> names = organisationNames(organisationChoices);
        model.addAttribute("filter", filter);
        model.addAttribute("results", Listing.of(found, person -> row(person, names, locale)));
        model.addAttribute("organisations", organisationChoices);
        model.addAttribute("countries", countries);
        return HtmxRequest.wantsFragment(request, response) ? "directory/people/results" : "directory/people/list";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) @Nullable String organisation, Locale locale, Model model) {
        Long organisationId =
                organisation == null || !organisation.matches("\\d{1,18}") ? null : Long.valueOf(organisation);
        var form = PersonForm.forOrganisation(
                organisationId != null && organisations.find(organisationId).isPresent() ? organisationId : null);
        return form(null, form, FieldErrors.NONE, locale, model);
    }

    @PostMapping
    String create(
            @ModelAttribute PersonForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            checkChoices(form);
            View created = people.create(form.details());
            redirect.addFlashAttribute("saved", "person.created");
            return "redirect:/manage/directory/people/" + created.id();
        } catch (ProblemException problem) {
            return failed(null, form, problem, locale, model, response);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Locale locale, Model model) {
        View person = people.find(id).orElseThrow(ProblemException::notFound);
        return form(person, PersonForm.of(person), FieldErrors.NONE, locale, model);
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable long id,
            @ModelAttribute PersonForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        View person = people.find(id).orElseThrow(ProblemException::notFound);
        try {
            checkChoices(form);
            people.change(id, form.details());
            redirect.addFlashAttribute("saved", "person.updated");
            return "redirect:/manage/directory/people/" + id;
        } catch (ProblemException problem) {
            return failed(person, form, problem, locale, model, response);
        }
    }

    private Page<View> search(PersonFilter filter, int page) {
        Page<View> found =
                people.search(filter.q(), filter.organisation(), filter.country(), page, OrganisationPages.PAGE_SIZE);
        if (found.isEmpty() && page > 0 && found.getTotalElements() > 0) {
            return search(filter, found.getTotalPages() - 1);
        }
        return found;
    }

    private static void checkChoices(PersonForm form) {
        var problems = form.problems();
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private String failed(
            @Nullable View person,
            PersonForm form,
            ProblemException problem,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        if (problem.status() != HttpStatus.BAD_REQUEST) {
            throw problem;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(person, form, FieldErrors.of(problem.fieldProblems()), locale, model);
    }

    private String form(@Nullable View person, PersonForm form, FieldErrors errors, Locale locale, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("genders", choices.genders(locale));
        model.addAttribute("organisations", choices.organisations());
        model.addAttribute("countries", choices.countries(locale));
        return "directory/people/form";
    }

    private PersonRow row(View person, Map<Long, String> organisationNames, Locale locale) {
        return new PersonRow(
                person.id(),
                (person.givenName() + " " + person.familyName()).strip(),
                person.email(),
                person.organisationId() == null ? "" : organisationNames.getOrDefault(person.organisationId(), ""),
                choices.countryName(person.countryIso3(), locale));
    }

    private static Map<Long, String> organisationNames(List<Option> organisations) {
        return organisations.stream()
                .collect(java.util.stream.Collectors.toMap(o -> Long.valueOf(o.value()), Option::label));
    }

    private static @Nullable String known(@Nullable String value, List<Option> options) {
        return options.stream()
                .map(Option::value)
                .filter(code -> code.equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst()
                .orElse(null);
    }
}
