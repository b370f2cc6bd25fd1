package org.vtprotect.event.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table (a title, a line under it, column names and rows of text) written as CSV, XLSX or PDF.
 * In CSV, a cell starting with {@code = + - @}, a tab or a carriage return is prefixed with an
 * apostrophe so that no spreadsheet runs it as a formula; XLSX cells are text, never formulas.
 */
public record TableFile(String title, String subtitle, List<String> headers, List<List<String>> rows) {

    public byte[] csv() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            csv.printRecord(headers.stream().map(TableFile::neutralised).toList());
            for (List<String> row : rows) {
                csv.printRecord(row.stream().map(TableFile::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A cell a spreadsheet will show as text, never evaluate. */
    public static String neutralised(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    public byte[] xlsx() {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(safeSheetName(title));
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safeSheetName(String name) {
        String safe = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return safe.isEmpty() ? "1" : safe.substring(0, Math.min(31, safe.length()));
    }

    public byte[] pdf() {
        try (PDDocument document = new PDDocument()) {
            PdfText text = new PdfText(document);
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            float margin = 40;
            float line = 16;
            float columnWidth = (size.getWidth() - 2 * margin) / Math.max(1, headers.size());
            int index = 0;
            do {
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    float y = size.getHeight() - margin;
                    if (index == 0) {
                        write(out, text, text.fit(title, 16, size.getWidth() - 2 * margin), margin, y, 16);
                        y -= 22;
                        write(out, text, text.fit(subtitle, 10, size.getWidth() - 2 * margin), margin, y, 10);
                        y -= 24;
                    }
                    for (int c = 0; c < headers.size(); c++) {
                        write(
                                out,
                                text,
                                text.fit(headers.get(c), 10, columnWidth - 6),
                                margin + c * columnWidth,
                                y,
                                10);
                    }
                    y -= 4;
                    out.moveTo(margin, y);
                    out.lineTo(size.getWidth() - margin, y);
                    out.stroke();
                    y -= line;
                    while (index < rows.size() && y > margin) {
                        List<String> row = rows.get(index++);
                        for (int c = 0; c < row.size(); c++) {
                            write(
                                    out,
                                    text,
                                    text.fit(row.get(c), 10, columnWidth - 6),
                                    margin + c * columnWidth,
                                    y,
                                    10);
                        }
                        y -= line;
                    }
                }
            } while (index < rows.size());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PDPageContentStream out, PdfText text, String value, float x, float y, float size)
            throws IOException {
        out.beginText();
        out.newLineAtOffset(x, y);
        text.show(out, value, size);
        out.endText();
    }
}
