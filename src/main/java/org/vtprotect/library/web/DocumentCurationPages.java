package org.vtprotect.library.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.library.DocumentView;
import org.vtprotect.library.LibraryDocuments;
import org.vtprotect.platform.ProblemException;

/**
 * Programme staff's pages for one document: its management page with every file version, editing
 * its description (a change saved by someone else meanwhile is shown, not overwritten), giving it a
 * new file, and withdrawing or reinstating it after confirmation.
 */
@Controller
class DocumentCurationPages {

    private final LibraryDocuments documents;
    private final DocumentChoices choices;
    private final FormProblems problems;

    DocumentCurationPages(LibraryDocuments documents, DocumentChoices choices, FormProblems problems) {
        this.documents = documents;
        this.choices = choices;
        this.problems = problems;
    }

    static String path(long id) {
        return ManageDocumentList.PATH + "/" + id;
    }

    @GetMapping(ManageDocumentList.PATH + "/{id}")
    String document(@PathVariable long id, Model model) {
        model.addAttribute("document", curated(id));
        return "library/manage/document";
    }

    @GetMapping(ManageDocumentList.PATH + "/{id}/edit")
    String editForm(@PathVariable long id, Locale locale, Model model) {
        DocumentView document = curated(id);
        return form(document, document.version(), DocumentForm.of(document), Map.of(), null, locale, model);
    }

    @PostMapping(ManageDocumentList.PATH + "/{id}/edit")
    String edit(
            @PathVariable long id,
            @ModelAttribute DocumentForm form,
            @RequestParam(defaultValue = "-1") long version,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        DocumentView document = curated(id);
        List<Long> accounts = document.sharedWithAccounts() == null
                ? List.of()
                : document.sharedWithAccounts().stream().map(Long::valueOf).toList();
        try {
            documents.describe(id, version, form.metadata(accounts));
            redirect.addFlashAttribute("notice", "library.manage.notice.saved");
            return "redirect:" + path(id);
        } catch (ProblemException e) {
            if (e.status() == HttpStatus.CONFLICT) {
                DocumentView now = curated(id);
                return form(now, now.version(), form, Map.of(), problems.message(e, locale), locale, model);
            }
            return form(document, version, form, problems.byField(e, locale), null, locale, model);
        }
    }

    @GetMapping(ManageDocumentList.PATH + "/{id}/file")
    String fileForm(@PathVariable long id, Model model) {
        return fileForm(curated(id), null, model);
    }

    @PostMapping(ManageDocumentList.PATH + "/{id}/file")
    String replaceFile(
            @PathVariable long id,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file,
            Locale locale,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        DocumentView document = curated(id);
        try {
            if (file == null || file.isEmpty()) {
                throw ProblemException.invalid("file", "library.file.empty");
            }
            documents.replaceFile(id, DocumentApi.upload(file));
            redirect.addFlashAttribute("notice", "library.manage.notice.replaced");
            return "redirect:" + path(id);
        } catch (ProblemException e) {
            return fileForm(document, problems.byField(e, locale).get("file"), model);
        }
    }

    @GetMapping(ManageDocumentList.PATH + "/{id}/withdrawal")
    String confirmWithdrawal(@PathVariable long id, Model model) {
        model.addAttribute("document", curated(id));
        return "library/manage/withdrawal";
    }

    @PostMapping(ManageDocumentList.PATH + "/{id}/withdrawal")
    String withdraw(
            @PathVariable long id,
            @RequestParam(defaultValue = "true") boolean withdrawn,
            RedirectAttributes redirect) {
        documents.withdraw(id, withdrawn);
        redirect.addFlashAttribute(
                "notice", withdrawn ? "library.manage.notice.withdrawn" : "library.manage.notice.reinstated");
        return "redirect:" + path(id);
    }

    private DocumentView curated(long id) {
        return documents.findForCuration(id).orElseThrow(ProblemException::notFound);
    }

    private String form(
            DocumentView document,
            long version,
            DocumentForm form,
            Map<String, String> errors,
            @Nullable String alert,
            Locale locale,
            Model model) {
        model.addAttribute("form", new DocumentFormPage(document, version, form, errors, alert, choices.in(locale)));
        return "library/manage/form";
    }

    private String fileForm(DocumentView document, @Nullable String error, Model model) {
        model.addAttribute("document", document);
        model.addAttribute("error", error);
        return "library/manage/file";
    }
}
