package org.vtprotect.library.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The archive of an import, kept apart so that following an import never loads it; gone once the import is over. */
@Entity
@Table(name = "library_import_archive")
public class ImportArchive {

    @Id
    private Long importId;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] content;

    protected ImportArchive() {}

    public ImportArchive(long importId, byte[] content) {
        this.importId = importId;
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
