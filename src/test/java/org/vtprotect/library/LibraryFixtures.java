package org.vtprotect.library;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/** Uploads made of the real files under {@code src/test/resources/library} and metadata JSON for them. */
final class LibraryFixtures {

    private LibraryFixtures() {}

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = LibraryFixtures.class.getResourceAsStream("/library/" + name)) {
            return in.readAllBytes();
        }
    }

    static MockMultipartFile file(String name) throws IOException {
        return new MockMultipartFile("file", name, "application/octet-stream", bytes(name));
    }

    /** A file of unique bytes (a text file with a random word), so that no other test holds the same. */
    static MockMultipartFile uniqueText(String text) {
        return new MockMultipartFile("file", "note.txt", "text/plain", (text + "\n" + UUID.randomUUID()).getBytes());
    }

    static MockMultipartFile metadata(String json) {
        return new MockMultipartFile("metadata", "", MediaType.APPLICATION_JSON_VALUE, json.getBytes());
    }

    static MockMultipartFile metadata(String title, AccessLevel level, String extra) {
        return metadata("{\"title\":\"" + title + "\",\"accessLevel\":\"" + level + "\""
                + (extra.isEmpty() ? "" : "," + extra) + "}");
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
