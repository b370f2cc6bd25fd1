package org.vtprotect.library.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.vtprotect.library.LibraryLimits;
import org.vtprotect.platform.ProblemException;

/**
 * Reads the text of an uploaded file with Apache Tika, in bounded time and memory: the type is
 * detected from the bytes (the name only breaks ties), only the document formats of the library
 * are read, embedded files are not opened, and at most {@code vtp.library.max-characters} are kept.
 * Every refusal is a {@link ProblemException} with a reason the uploader can act on.
 */
@Component
public class TextExtraction {

    static final Set<String> ACCEPTED = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.ms-powerpoint",
            "text/html",
            "application/xhtml+xml",
            "text/plain");

    private final LibraryLimits limits;
    private final TikaConfig tika = TikaConfig.getDefaultConfig();
    private final AutoDetectParser parser = new AutoDetectParser(tika);
    private final ExecutorService readers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "library-text-extraction");
        thread.setDaemon(true);
        return thread;
    });

    public TextExtraction(LibraryLimits limits) {
        this.limits = limits;
    }

    /** The type of the bytes, by content first, as Tika names it (without parameters). */
    public String detect(byte[] bytes, @Nullable String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (InputStream in = TikaInputStream.get(bytes)) {
            MediaType type = tika.getDetector().detect(in, metadata);
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "library.file.corrupt");
        }
    }

    /** Checks the file may be read and reads it, or fails with 413, 415 or 422. */
    public Extraction extract(byte[] bytes, @Nullable String fileName) {
        if (bytes.length == 0) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "library.file.empty");
        }
        if (bytes.length > limits.maxFileSize().toBytes()) {
            throw new ProblemException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "library.file.tooLarge",
                    limits.maxFileSize().toMegabytes());
        }
        String type = detect(bytes, fileName);
        if (!ACCEPTED.contains(type)) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "library.file.unsupported");
        }
        Future<Extraction> reading = readers.submit(() -> read(bytes, type));
        try {
            return reading.get(limits.extractionTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "library.file.timeout");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "library.file.timeout");
        } catch (ExecutionException e) {
            throw refusal(e.getCause());
        }
    }

    private Extraction read(byte[] bytes, String type) throws Exception {
        BodyContentHandler text = new BodyContentHandler(limits.maxCharacters());
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, type);
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            parser.parse(in, text, metadata, new ParseContext());
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
        }
        String content = text.toString().strip();
        return new Extraction(type, content, pages(metadata), LanguageGuess.of(content));
    }

    private static @Nullable Integer pages(Metadata metadata) {
        for (var property :
                new org.apache.tika.metadata.Property[] {PagedText.N_PAGES, Office.PAGE_COUNT, Office.SLIDE_COUNT}) {
            Integer value = metadata.getInt(property);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static ProblemException refusal(@Nullable Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t instanceof org.apache.poi.EncryptedDocumentException
                    || (t.getClass().getSimpleName().contains("InvalidPassword"))) {
                return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "library.file.encrypted");
            }
            if (t instanceof ProblemException problem) {
                return problem;
            }
        }
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "library.file.corrupt");
    }
}
