package org.vtprotect.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
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
import org.vtprotect.directory.DuplicateOrganisation;
import org.vtprotect.directory.Organisations;
import org.vtprotect.directory.Organisations.View;
import org.vtprotect.directory.People;
import org.vtprotect.platform.ProblemException;

/** Programme staff's pages for organisations: the list with search and filters, the create and edit forms. */
@Controller
@RequestMapping("/manage/directory/organisations")
class OrganisationPages {

    static final int PAGE_SIZE = 20;
    private static final int PEOPLE_SHOWN = 50;

    private final Organisations organisations;
    private final People people;
    private final Choices choices;

    OrganisationPages(Organisations organisations, People people, Choices choices) {
        this.organisations = organisations;
        this.people = people;
        this.choices = choices;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(defaultValue = "0") String page,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        List<Option> types = choices.organisationTypes(locale);
        List<Option> countries = choices.countries(locale);
        // a filter value that is not one of the choices (a stale link, a typo) filters nothing
        var filter = new OrganisationFilter(q.strip(), known(type, types), known(country, countries));
        Page<View> found = search(filter, PageNumber.parse(page));
        model.addAttribute("filter", filter);
        model.addAttribute("results", Listing.of(found, view -> row(view, locale)));
        model.addAttribute("types", types);
        model.addAttribute("countries", countries);
        return HtmxRequest.wantsFragment(request, response)
                ? "directory/organisations/results"
                : "directory/organisations/list";
    }

    @GetMapping("/new")
    String newForm(Locale locale, Model model) {
        return form(null, OrganisationForm.EMPTY, FieldErrors.NONE, null, locale, model);
    }

    @PostMapping
    String create(
            @ModelAttribute OrganisationForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            View created = organisations.create(form.details());
            redirect.addFlashAttribute("saved", "organisation.created");
            return "redirect:/manage/directory/organisations/" + created.id();
        } catch (ProblemException problem) {
            return failed(null, form, problem, locale, model, response);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Locale locale, Model model) {
        View organisation = organisations.find(id).orElseThrow(ProblemException::notFound);
        return form(organisation, OrganisationForm.of(organisation), FieldErrors.NONE, null, locale, model);
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable long id,
            @ModelAttribute OrganisationForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        View organisation = organisations.find(id).orElseThrow(ProblemException::notFound);
        try {
            organisations.change(id, form.details());
            redirect.addFlashAttribute("saved", "organisation.updated");
            return "redirect:/manage/directory/organisations/" + id;
        } catch (ProblemException problem) {
            return failed(organisation, form, problem, locale, model, response);
        }
    }

    private Page<View> search(OrganisationFilter filter, int page) {
        Page<View> found = organisations.search(filter.q(), filter.type(), filter.country(), page, PAGE_SIZE);
        if (found.isEmpty() && page > 0 && found.getTotalElements() > 0) {
            return search(filter, found.getTotalPages() - 1);
        }
        return found;
    }

    private String failed(
            @Nullable View organisation,
            OrganisationForm form,
            ProblemException problem,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        if (problem instanceof DuplicateOrganisation duplicate) {
            response.setStatus(HttpStatus.CONFLICT.value());
            var errors =
                    FieldErrors.of(List.of(new ProblemException.FieldProblem("name", "organisation.duplicate.field")));
            return form(organisation, form, errors, duplicate.existing(), locale, model);
        }
        if (problem.status() != HttpStatus.BAD_REQUEST) {
            throw problem;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(organisation, form, FieldErrors.of(problem.fieldProblems()), null, locale, model);
    }

    private String form(
            @Nullable View organisation,
            OrganisationForm form,
            FieldErrors errors,
            @Nullable View duplicate,
            Locale locale,
            Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("duplicate", duplicate);
        model.addAttribute("types", choices.organisationTypes(locale));
        model.addAttribute("countries", choices.countries(locale));
        if (organisation != null) {
            model.addAttribute("people", people.ofOrganisation(organisation.id(), PEOPLE_SHOWN));
            model.addAttribute("peopleCount", people.countOfOrganisation(organisation.id()));
        }
        return "directory/organisations/form";
    }

    private OrganisationRow row(View view, Locale locale) {
        return new OrganisationRow(
                view.id(),
                view.name(),
                view.acronym(),
                choices.typeLabel(view.type(), locale),
                choices.countryName(view.countryIso3(), locale));
    }

    private static @Nullable String known(@Nullable String value, List<Option> options) {
        return options.stream()
                .map(Option::value)
                .filter(code -> code.equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst()
                .orElse(null);
    }
}
