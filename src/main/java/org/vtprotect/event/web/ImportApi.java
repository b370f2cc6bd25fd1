package org.vtprotect.event.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vtprotect.event.AttendanceImports;
import org.vtprotect.event.ImportOutcome;
import org.vtprotect.event.ImportPreview;
import org.vtprotect.event.ImportResult;
import org.vtprotect.event.ImportRow;
import org.vtprotect.event.RegistrationImports;

/** Registrations and attendance imported from a CSV or XLSX file (multipart part {@code file}). */
@RestController
class ImportApi {

    /**
     * What an import did or would do: with {@code dryRun}, every row and its outcome, nothing
     * stored; without, the number imported and the rows rejected.
     */
    record Answer(boolean dryRun, long created, long matched, long rejected, int imported, List<ImportRow> rows) {}

    private final RegistrationImports imports;
    private final AttendanceImports attendance;

    ImportApi(RegistrationImports imports, AttendanceImports attendance) {
        this.imports = imports;
        this.attendance = attendance;
    }

    @PostMapping("/api/v1/events/{id}/registrations/import")
    Answer registrations(
            @PathVariable long id,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun,
            Locale locale)
            throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        if (dryRun) {
            ImportPreview preview = imports.preview(id, name, content, locale);
            return new Answer(
                    true,
                    preview.count(ImportOutcome.CREATED),
                    preview.count(ImportOutcome.MATCHED),
                    preview.count(ImportOutcome.REJECTED),
                    0,
                    preview.rows());
        }
        ImportResult result = imports.importNow(id, name, content, locale);
        return new Answer(false, 0, 0, result.rejected().size(), result.imported(), result.rejected());
    }

    @PostMapping("/api/v1/events/{id}/attendance/import")
    AttendanceImports.Result attendance(
            @PathVariable long id, @RequestParam(value = "file", required = false) @Nullable MultipartFile file)
            throws IOException {
        return attendance.record(
                id, file == null ? null : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes());
    }
}
