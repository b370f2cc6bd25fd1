package org.vtprotect.event.web.manage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.vtprotect.event.Counted;
import org.vtprotect.event.Figures;

/**
 * The statistics as a table to take away, in CSV (UTF-8 with a byte order mark, for spreadsheets)
 * or XLSX: one line per figure, then one per part of each breakdown, each with its section, label
 * and number. Cells starting like a formula are neutralised.
 */
@Component
class StatisticsExport {

    private final StatisticsPageFactory pages;
    private final EventChoices choices;

    StatisticsExport(StatisticsPageFactory pages, EventChoices choices) {
        this.pages = pages;
        this.choices = choices;
    }

    /** The lines: a header, then section, label, number. */
    List<List<String>> lines(Figures figures, Locale locale) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(
                choices.text("event.manage.statistics.export.section", locale),
                choices.text("event.manage.statistics.export.label", locale),
                choices.text("event.manage.statistics.export.number", locale)));
        String section = choices.text("event.manage.statistics.export.figures", locale);
        lines.add(List.of(
                section, choices.text("event.manage.statistics.events", locale), String.valueOf(figures.events())));
        for (Counted figure : Counted.values()) {
            lines.add(List.of(section, pages.label(figure, locale), String.valueOf(figure.in(figures))));
        }
        for (var breakdown : pages.breakdowns(figures, locale)) {
            for (var part : breakdown.parts()) {
                lines.add(List.of(breakdown.title(), part.label(), String.valueOf(part.value())));
            }
        }
        return lines;
    }

    byte[] csv(Figures figures, Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (List<String> line : lines(figures, locale)) {
            List<String> cells = new ArrayList<>();
            for (String cell : line) {
                cells.add("\"" + safe(cell).replace("\"", "\"\"") + "\"");
            }
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx(Figures figures, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(choices.text("event.manage.tab.statistics", locale));
            int r = 0;
            for (List<String> line : lines(figures, locale)) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(line.get(0));
                row.createCell(1).setCellValue(line.get(1));
                if (r == 0) {
                    row.createCell(2).setCellValue(line.get(2));
                } else {
                    row.createCell(2).setCellValue(Long.parseLong(line.get(2)));
                }
                r++;
            }
            sheet.setColumnWidth(0, 30 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell a spreadsheet would take for a formula gets a leading apostrophe. */
    static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
