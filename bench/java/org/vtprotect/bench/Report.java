package org.vtprotect.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Figures printed as they come and written to {@code target/bench/<name>.txt} at the end. */
final class Report {

    private final String name;
    private final StringBuilder text = new StringBuilder();

    Report(String name) {
        this.name = name;
    }

    void line(String format, Object... args) {
        String line = args.length == 0 ? format : String.format(format, args);
        System.out.println(line);
        text.append(line).append('\n');
    }

    Path write() throws IOException {
        Path file = Path.of("target", "bench", name + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println("written to " + file.toAbsolutePath());
        return file;
    }
}
