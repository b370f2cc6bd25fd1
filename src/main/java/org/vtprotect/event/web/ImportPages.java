package org.vtprotect.event.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.event.AttendanceImports;
import org.vtprotect.event.ImportOutcome;
import org.vtprotect.event.ImportPreview;
import org.vtprotect.event.ImportResult;
import org.vtprotect.event.ImportRow;
import org.vtprotect.event.OrganisedEvents;
import org.vtprotect.event.RegistrationImports;
import org.vtprotect.platform.ProblemException;

/**
 * Registration import in two steps (upload and preview, then import the preview kept on the
 * server), and bulk attendance from a file.
 */
@Controller
class ImportPages {

    private static final int PAGE_SIZE = 50;

    private final RegistrationImports imports;
    private final AttendanceImports attendance;
    private final OrganisedEvents events;
    private final ProblemTexts problems;

    ImportPages(
            RegistrationImports imports, AttendanceImports attendance, OrganisedEvents events, ProblemTexts problems) {
        this.imports = imports;
        this.attendance = attendance;
        this.events = events;
        this.problems = problems;
    }

    @GetMapping("/manage/events/{id}/import")
    String page(@PathVariable long id, Model model) {
        return show(id, List.of(), null, model);
    }

    @PostMapping("/manage/events/{id}/import")
    String upload(
            @PathVariable long id,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file,
            Locale locale,
            Model model)
            throws IOException {
        try {
            ImportPreview preview = imports.preview(id, name(file), bytes(file), locale);
            return "redirect:/manage/events/" + id + "/import/" + preview.id();
        } catch (ProblemException e) {
            return failed(id, e, "file", locale, model);
        }
    }

    @GetMapping("/manage/events/{id}/import/{previewId}")
    String preview(
            @PathVariable long id,
            @PathVariable String previewId,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ImportPreview preview = imports.find(id, previewId);
        ImportOutcome only = outcome(outcome);
        List<ImportRow> matching = preview.rows().stream()
                .filter(r -> only == null || r.outcome() == only)
                .toList();
        int shown = Math.max(0, Math.min(page, Math.max(0, (matching.size() - 1) / PAGE_SIZE)));
        List<ImportRow> rows = matching.subList(
                Math.min(shown * PAGE_SIZE, matching.size()), Math.min((shown + 1) * PAGE_SIZE, matching.size()));
        model.addAttribute(
                "page", new PreviewPage(events.find(id), preview, only, rows, shown, PAGE_SIZE, matching.size()));
        return "event/manage/preview";
    }

    @PostMapping("/manage/events/{id}/import/{previewId}")
    String commit(@PathVariable long id, @PathVariable String previewId, Locale locale, RedirectAttributes redirect) {
        ImportResult result = imports.commit(id, previewId, locale);
        redirect.addFlashAttribute("imported", result);
        return "redirect:/manage/events/" + id + "/import";
    }

    @PostMapping("/manage/events/{id}/import/attendance")
    String attendance(
            @PathVariable long id,
            @RequestParam(value = "attendanceFile", required = false) @Nullable MultipartFile file,
            Locale locale,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            redirect.addFlashAttribute("attendance", attendance.record(id, name(file), bytes(file)));
            return "redirect:/manage/events/" + id + "/import";
        } catch (ProblemException e) {
            return failed(id, e, "attendanceFile", locale, model);
        }
    }

    private String failed(long id, ProblemException e, String field, Locale locale, Model model) {
        if (e.status().value() == 403 || e.status().value() == 404) {
            throw e;
        }
        return show(id, problems.of(e, locale), field, model);
    }

    private String show(long id, List<String> errors, @Nullable String field, Model model) {
        ImportResult imported = (ImportResult) model.getAttribute("imported");
        AttendanceImports.Result recorded = (AttendanceImports.Result) model.getAttribute("attendance");
        model.addAttribute("page", new ImportPage(events.find(id), errors, field, imported, recorded));
        return "event/manage/import";
    }

    private static @Nullable ImportOutcome outcome(@Nullable String outcome) {
        if (outcome == null || outcome.isBlank()) {
            return null;
        }
        try {
            return ImportOutcome.valueOf(outcome.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] bytes(@Nullable MultipartFile file) throws IOException {
        return file == null ? new byte[0] : file.getBytes();
    }

    private static @Nullable String name(@Nullable MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }
}
