package org.vtprotect.library.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** ZIP archives built in tests with {@link ZipOutputStream}, entry by entry, in order. */
public final class Zips {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    public static Zips of() {
        return new Zips();
    }

    public Zips add(String name, byte[] bytes) {
        entries.put(name, bytes);
        return this;
    }

    public Zips add(String name, String text) {
        return add(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public byte[] bytes() {
        try (var out = new ByteArrayOutputStream();
                var zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An archive with one entry of {@code megabytes} MB of zeros, deflated (a ZIP bomb of the simplest kind). */
    public static byte[] zeros(String name, int megabytes, String manifest) {
        try (var out = new ByteArrayOutputStream();
                var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.csv"));
            zip.write(manifest.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(name));
            byte[] megabyte = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                zip.write(megabyte);
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
