package org.vtprotect.network.internal;

import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A publication of a member: its citation, and the library document it is, when it is one. */
@Embeddable
public class Publication {

    private String citation;
    private @Nullable Long documentId;

    protected Publication() {
        this.citation = "";
    }

    public Publication(String citation, @Nullable Long documentId) {
        this.citation = citation;
        this.documentId = documentId;
    }

    public String citation() {
        return citation;
    }

    public @Nullable Long documentId() {
        return documentId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Publication that
                && citation.equals(that.citation)
                && Objects.equals(documentId, that.documentId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(citation, documentId);
    }
}
