package org.vtprotect.event.web;

import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.vtprotect.event.ParticipantLists;
import org.vtprotect.event.ParticipantLists.ParticipantList;
import org.vtprotect.event.internal.TableFile;

/** The participants list (only those who agreed to be listed) as CSV, XLSX and PDF, and the event's calendar files. */
@Controller
class ExportPages {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ParticipantLists lists;

    ExportPages(ParticipantLists lists) {
        this.lists = lists;
    }

    @GetMapping("/manage/events/{id}/exports")
    String page(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("list", lists.of(id, locale));
        return "event/manage/exports";
    }

    @GetMapping("/manage/events/{id}/exports/participants.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, Locale locale) {
        return file(
                table(id, locale).csv(),
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                id,
                "csv");
    }

    @GetMapping("/manage/events/{id}/exports/participants.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
        return file(table(id, locale).xlsx(), XLSX, id, "xlsx");
    }

    @GetMapping("/manage/events/{id}/exports/participants.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        return file(table(id, locale).pdf(), MediaType.APPLICATION_PDF, id, "pdf");
    }

    private TableFile table(long id, Locale locale) {
        ParticipantList list = lists.of(id, locale);
        return lists.table(list, locale);
    }

    static ResponseEntity<byte[]> file(byte[] content, MediaType type, long id, String extension) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("participants-event-" + id + "." + extension)
                                .build()
                                .toString())
                .body(content);
    }
}
