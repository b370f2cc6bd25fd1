package org.vtprotect.network.internal;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A programme officer's note on an application; never shown to the applicant. */
@Embeddable
public class ReviewerNote {

    private String author;
    private String text;
    private Instant writtenAt;

    protected ReviewerNote() {
        this.author = "";
        this.text = "";
        this.writtenAt = Instant.EPOCH;
    }

    ReviewerNote(String author, String text, Instant writtenAt) {
        this.author = author;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public String author() {
        return author;
    }

    public String text() {
        return text;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
