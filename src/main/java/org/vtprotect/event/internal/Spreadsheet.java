package org.vtprotect.event.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.vtprotect.platform.ProblemException;

/**
 * A list of people as organisers send it: a CSV file (UTF-8, comma or semicolon) or the first
 * sheet of an XLSX workbook, first row the column names. Read in bounded memory: at most {@link
 * #MAX_BYTES} and {@link #MAX_ROWS} rows; a file that is not one of these, or not UTF-8, is a 400
 * on {@code file} that says so.
 */
public final class Spreadsheet {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    private static final int MAX_CELL = 1_000;

    /** One line of the file: its number as a spreadsheet shows it (the header is 1), cells by column name. */
    public record Line(int number, Map<String, String> cells) {

        /** The cell of a column, trimmed; none or blank is null. */
        public @Nullable String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private Spreadsheet() {}

    /** The lines of the file, with column names lower-cased without spaces, dashes or underscores. */
    public static List<Line> read(@Nullable String fileName, byte[] content) {
        if (content.length == 0) {
            throw ProblemException.invalid("file", "event.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw ProblemException.invalid("file", "event.file.tooLarge");
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3;
        List<List<String>> rows = zip ? workbook(content) : csv(content);
        if (rows.isEmpty()) {
            throw ProblemException.invalid("file", "event.file.empty");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw ProblemException.invalid("file", "event.file.tooManyRows");
        }
        List<String> header = rows.get(0).stream().map(Spreadsheet::column).toList();
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < row.size(); c++) {
                String cell = row.get(c);
                cells.putIfAbsent(header.get(c), cell.length() > MAX_CELL ? cell.substring(0, MAX_CELL) : cell);
            }
            lines.add(new Line(i + 1, cells));
        }
        return lines;
    }

    static String column(String name) {
        return name.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }

    private static List<List<String>> csv(byte[] content) {
        String text = utf8(content);
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<List<String>> rows = new ArrayList<>();
        try {
            for (CSVRecord record : format.parse(new StringReader(text))) {
                if (rows.size() > MAX_ROWS + 1) {
                    break;
                }
                rows.add(record.stream().toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ProblemException.invalid("file", "event.file.unreadable");
        }
        return rows;
    }

    private static String utf8(byte[] content) {
        int start = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("file", "event.file.encoding");
        }
    }

    private static List<List<String>> workbook(byte[] content) {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (book.getNumberOfSheets() == 0) {
                return rows;
            }
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                if (rows.size() > MAX_ROWS + 1) {
                    break;
                }
                List<String> cells = new ArrayList<>();
                int last = Math.min(row.getLastCellNum(), 50);
                for (int c = 0; c < last; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                while (rows.size() < row.getRowNum() && rows.size() <= MAX_ROWS + 1) {
                    rows.add(List.of());
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("file", "event.file.unreadable");
        }
        return rows;
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
