package org.vtprotect.library.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The bytes of a file, stored once whatever the number of documents or versions naming them. */
@Entity
@Table(name = "library_blob")
public class Blob {

    @Id
    private String sha256;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] content;

    private long sizeBytes;
    private Instant createdAt;

    protected Blob() {}

    public Blob(String sha256, byte[] content) {
        this.sha256 = sha256;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.createdAt = Instant.now();
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public long sizeBytes() {
        return sizeBytes;
    }
}
