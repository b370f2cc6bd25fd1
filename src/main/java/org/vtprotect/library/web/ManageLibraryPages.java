package org.vtprotect.library.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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

/** Programme staff add a document to the library (a file, a link or both); the rest of its curation is {@link DocumentCurationPages}. */
@Controller
class ManageLibraryPages {

    private final LibraryDocuments documents;
    private final DocumentChoices choices;
    private final FormProblems problems;

    ManageLibraryPages(LibraryDocuments documents, DocumentChoices choices, FormProblems problems) {
        this.documents = documents;
        this.choices = choices;
        this.problems = problems;
    }

    @GetMapping("/manage/library")
    String newForm(Locale locale, Model model) {
        return form(DocumentForm.EMPTY, Map.of(), locale, model);
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
            DocumentView added = documents.add(form.metadata(List.of()), upload);
            return "redirect:/library/" + added.id();
        } catch (ProblemException e) {
            return form(form, problems.byField(e, locale), locale, model);
        }
    }

    /** Where a document's curation used to be: its management page now. */
    @GetMapping("/manage/library/{id}")
    String formerAddress(@PathVariable long id) {
        return "redirect:" + DocumentCurationPages.path(id);
    }

    private String form(DocumentForm form, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("form", new DocumentFormPage(null, 0, form, errors, null, choices.in(locale)));
        return "library/manage/form";
    }
}
