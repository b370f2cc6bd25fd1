package org.vtprotect.library.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.vtprotect.platform.ProblemException;

/**
 * The CSV manifest of an import: UTF-8 (a byte-order mark is fine), comma-separated, a header row
 * naming the columns (any order, any case, {@code file} and {@code title} required, no unknown
 * column), then one row per file; multi-value cells separate their values with {@code ;}. A
 * manifest that cannot be read is a 422 naming what is wrong; a row's own faults are that row's.
 */
public final class Manifest {

    /** The columns, in the order of the template. */
    public static final List<String> COLUMNS = List.of(
            "file",
            "title",
            "summary",
            "language",
            "publicationYear",
            "sourceOrganisation",
            "targetTypes",
            "threatTypes",
            "themes",
            "actorTypes",
            "phases",
            "countries",
            "regions",
            "accessLevel",
            "url");

    static final List<String> REQUIRED = List.of("file", "title");

    /** One row: its line in the file (the header is line 1) and its cells by column. */
    public record Row(int line, Map<String, String> cells) {

        /** The cell, stripped; null when absent or blank. */
        public @Nullable String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        /** The values of a multi-value cell, split on {@code ;}. */
        public List<String> list(String column) {
            String value = get(column);
            if (value == null) {
                return List.of();
            }
            return Arrays.stream(value.split(";"))
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .toList();
        }

        /** The archive path of the row's file, if it names one. */
        public @Nullable String file() {
            return get("file");
        }
    }

    private Manifest() {}

    public static List<Row> parse(byte[] bytes, int maxRows) {
        String text = utf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = header(record);
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                if (rows.size() >= maxRows) {
                    throw unprocessable("library.import.manifest.tooManyRows", maxRows);
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    if (!header.get(i).isEmpty()) {
                        cells.put(header.get(i), record.get(i));
                    }
                }
                rows.add(new Row((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw unprocessable("library.import.manifest.malformed");
        }
        if (rows.isEmpty()) {
            throw unprocessable("library.import.manifest.empty");
        }
        return rows;
    }

    private static List<String> header(CSVRecord record) {
        List<String> columns = new ArrayList<>();
        for (String name : record) {
            if (name.isBlank()) {
                columns.add(""); // an empty column heading, as spreadsheets leave: its cells are ignored
                continue;
            }
            String column = column(name.strip())
                    .orElseThrow(() -> unprocessable("library.import.manifest.unknownColumn", clip(name.strip())));
            if (columns.contains(column)) {
                throw unprocessable("library.import.manifest.duplicateColumn", column);
            }
            columns.add(column);
        }
        for (String required : REQUIRED) {
            if (!columns.contains(required)) {
                throw unprocessable("library.import.manifest.missingColumn", required);
            }
        }
        return columns;
    }

    private static Optional<String> column(String name) {
        return COLUMNS.stream()
                .filter(c -> c.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw unprocessable("library.import.manifest.encoding");
        }
    }

    private static String clip(String value) {
        return value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }

    private static ProblemException unprocessable(String key, Object... args) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, key, args);
    }
}
