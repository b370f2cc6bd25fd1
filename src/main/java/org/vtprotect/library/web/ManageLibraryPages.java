package org.vtprotect.library.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.vtprotect.library.DocumentView;
import org.vtprotect.library.LibraryDocuments;
import org.vtprotect.library.LibraryDocuments.Upload;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/** Programme staff's library pages: add a document (file or link), describe it anew or give it a new file, withdraw it. */
@Controller
class ManageLibraryPages {

    private final LibraryDocuments documents;
    private final Taxonomy taxonomy;
    private final Countries countries;
    private final MessageSource messages;

    ManageLibraryPages(LibraryDocuments documents, Taxonomy taxonomy, Countries countries, MessageSource messages) {
        this.documents = documents;
        this.taxonomy = taxonomy;
        this.countries = countries;
        this.messages = messages;
    }

    @GetMapping("/manage/library")
    String newForm(Locale locale, Model model) {
        return form(null, DocumentForm.EMPTY, Map.of(), locale, model);
    }

    @PostMapping("/manage/library")
    String add(
            @ModelAttribute DocumentForm form,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file,
            Locale locale,
            Model model)
            throws IOException {
        try {
            // a file input left empty still sends a part, without a name
            boolean none = file == null
                    || (file.isEmpty()
                            && (file.getOriginalFilename() == null
                                    || file.getOriginalFilename().isBlank()));
            Upload upload = none ? null : DocumentApi.upload(file);
            DocumentView added = documents.add(form.metadata(null, List.of()), upload);
            return "redirect:/library/" + added.id();
        } catch (ProblemException e) {
            return form(null, form, errors(e, locale), locale, model);
        }
    }

    @GetMapping("/manage/library/{id}")
    String editForm(@PathVariable long id, Locale locale, Model model) {
        DocumentView document = documents.findForCuration(id).orElseThrow(ProblemException::notFound);
        return form(document, DocumentForm.of(document), Map.of(), locale, model);
    }

    @PostMapping("/manage/library/{id}")
    String change(
            @PathVariable long id,
            @ModelAttribute DocumentForm form,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file,
            Locale locale,
            Model model)
            throws IOException {
        DocumentView document = documents.findForCuration(id).orElseThrow(ProblemException::notFound);
        try {
            documents.describe(id, form.metadata(document.sourceOrganisationId(), List.copyOf(document.regions())));
            if (file != null && !file.isEmpty()) {
                documents.replaceFile(id, DocumentApi.upload(file));
            }
            return "redirect:/library/" + id;
        } catch (ProblemException e) {
            return form(document, form, errors(e, locale), locale, model);
        }
    }

    @PostMapping("/manage/library/{id}/withdrawal")
    String withdraw(@PathVariable long id, @RequestParam(defaultValue = "true") boolean withdrawn) {
        documents.withdraw(id, withdrawn);
        return "redirect:/manage/library/" + id;
    }

    private String form(
            @Nullable DocumentView document,
            DocumentForm form,
            Map<String, String> errors,
            Locale locale,
            Model model) {
        model.addAttribute(
                "form",
                new DocumentFormPage(
                        document,
                        form,
                        errors,
                        taxonomy.labels(Vocabulary.TARGET_TYPES, locale),
                        taxonomy.labels(Vocabulary.THREAT_TYPES, locale),
                        taxonomy.labels(Vocabulary.THEMES, locale),
                        taxonomy.labels(Vocabulary.ACTOR_TYPES, locale),
                        taxonomy.labels(Vocabulary.PHASES, locale),
                        countryNames(locale)));
        return "library/manage/form";
    }

    private Map<String, String> countryNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        countries.sortedFor(locale).forEach(c -> names.put(c.iso3(), c.name(locale)));
        return names;
    }

    /** Each field's first problem as text; a problem with the file itself (type, size, duplicate) under "file". */
    private Map<String, String> errors(ProblemException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e.fieldProblems().isEmpty()) {
            errors.put("file", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        }
        e.fieldProblems()
                .forEach(p -> errors.putIfAbsent(
                        p.field(), messages.getMessage(p.messageKey(), null, p.messageKey(), locale)));
        return errors;
    }
}
