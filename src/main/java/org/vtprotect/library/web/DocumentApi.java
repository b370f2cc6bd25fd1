package org.vtprotect.library.web;

import java.io.IOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vtprotect.library.DocumentMetadata;
import org.vtprotect.library.DocumentView;
import org.vtprotect.library.LibraryDocuments;
import org.vtprotect.library.LibraryDocuments.Upload;
import org.vtprotect.platform.ProblemException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Documents over JSON: staff add, describe, give new files to, withdraw and reinstate them; anyone
 * reads those the access rule lets them read.
 */
@RestController
class DocumentApi {

    private final LibraryDocuments documents;
    private final JsonMapper json;

    DocumentApi(LibraryDocuments documents, JsonMapper json) {
        this.documents = documents;
        this.json = json;
    }

    @PostMapping(value = "/api/v1/library/documents", consumes = "multipart/form-data")
    ResponseEntity<DocumentView> add(
            @RequestPart("metadata") String metadata,
            @RequestPart(value = "file", required = false) @Nullable MultipartFile file)
            throws IOException {
        DocumentView added = documents.add(metadata(metadata), upload(file));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/library/documents/" + added.id()))
                .body(added);
    }

    @GetMapping("/api/v1/library/documents/{id}")
    ResponseEntity<DocumentView> one(@PathVariable long id) {
        return tagged(documents.find(id).orElseThrow(ProblemException::notFound));
    }

    @PutMapping(value = "/api/v1/library/documents/{id}", consumes = "multipart/form-data")
    DocumentView change(
            @PathVariable long id,
            @RequestPart(value = "metadata", required = false) @Nullable String metadata,
            @RequestPart(value = "file", required = false) @Nullable MultipartFile file)
            throws IOException {
        DocumentView view = null;
        if (metadata != null) {
            view = documents.describe(id, metadata(metadata));
        }
        Upload upload = upload(file);
        if (upload != null) {
            view = documents.replaceFile(id, upload);
        }
        return view != null ? view : one(id).getBody();
    }

    /**
     * Describes a document anew from a JSON description. The version it was read at (the {@code
     * ETag} of a read sent back as {@code If-Match}, or a {@code version} member) makes a change
     * saved meanwhile by someone else a 409 instead of lost.
     */
    @PutMapping(value = "/api/v1/library/documents/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DocumentView> describe(
            @PathVariable long id,
            @RequestBody String body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JacksonException e) {
            throw ProblemException.invalid("metadata", "library.field.metadata.malformed");
        }
        if (!(tree instanceof ObjectNode object)) {
            throw ProblemException.invalid("metadata", "library.field.metadata.malformed");
        }
        Long version = version(ifMatch);
        JsonNode given = object.remove("version");
        if (version == null && given != null && !given.isNull()) {
            if (!given.canConvertToLong()) {
                throw ProblemException.invalid("version", "library.field.version.invalid");
            }
            version = given.asLong();
        }
        DocumentMetadata metadata;
        try {
            metadata = json.treeToValue(object, DocumentMetadata.class);
        } catch (JacksonException e) {
            throw ProblemException.invalid("metadata", "library.field.metadata.malformed");
        }
        return tagged(documents.describe(id, version, metadata));
    }

    @PostMapping(value = "/api/v1/library/documents/{id}/file", consumes = "multipart/form-data")
    ResponseEntity<DocumentView> replaceFile(
            @PathVariable long id, @RequestPart(value = "file", required = false) @Nullable MultipartFile file)
            throws IOException {
        Upload upload = upload(file);
        if (upload == null) {
            throw ProblemException.invalid("file", "library.file.empty");
        }
        return tagged(documents.replaceFile(id, upload));
    }

    @PostMapping("/api/v1/library/documents/{id}/withdrawal")
    ResponseEntity<DocumentView> withdraw(@PathVariable long id) {
        return tagged(documents.withdraw(id, true));
    }

    @DeleteMapping("/api/v1/library/documents/{id}/withdrawal")
    ResponseEntity<DocumentView> reinstate(@PathVariable long id) {
        return tagged(documents.withdraw(id, false));
    }

    private static ResponseEntity<DocumentView> tagged(DocumentView view) {
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    /** The version an {@code If-Match} names, quoted and maybe weak; a star or none is any. */
    private static @Nullable Long version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return null;
        }
        String tag = ifMatch.strip();
        tag = tag.startsWith("W/") ? tag.substring(2) : tag;
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("version", "library.field.version.invalid");
        }
    }

    @GetMapping("/api/v1/library/documents/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return Downloads.attachment(documents.download(id).orElseThrow(ProblemException::notFound));
    }

    private DocumentMetadata metadata(String text) {
        try {
            return json.readValue(text, DocumentMetadata.class);
        } catch (JacksonException e) {
            throw ProblemException.invalid("metadata", "library.field.metadata.malformed");
        }
    }

    static @Nullable Upload upload(@Nullable MultipartFile file) throws IOException {
        if (file == null) {
            return null;
        }
        return new Upload(file.getOriginalFilename(), file.getBytes());
    }
}
