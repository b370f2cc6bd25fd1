package org.vtprotect.library.web;

import java.io.IOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vtprotect.library.DocumentMetadata;
import org.vtprotect.library.DocumentView;
import org.vtprotect.library.LibraryDocuments;
import org.vtprotect.library.LibraryDocuments.Upload;
import org.vtprotect.platform.ProblemException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Documents over JSON: staff add and describe them; anyone reads those the access rule lets them read. */
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
    DocumentView one(@PathVariable long id) {
        return documents.find(id).orElseThrow(ProblemException::notFound);
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
        return view != null ? view : one(id);
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
