package org.vtprotect.library.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;
import org.vtprotect.library.AccessLevel;

/**
 * A document of the library: what it is about (taxonomy codes, places), who may read it, and the
 * text of its current file. Indexed for search; its files are {@link FileVersion}s.
 */
@Entity
@Table(name = "library_document")
// the index name changes with what it must hold, so that an older index is left aside and rebuilt
@Indexed(index = "library-document-2")
@TypeBinding(binder = @TypeBinderRef(type = DocumentContentBinder.class))
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @FullTextField(analyzer = "default", projectable = Projectable.YES)
    private String title;

    private @Nullable String summary;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String language;

    @GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES, projectable = Projectable.YES)
    private @Nullable Integer publicationYear;

    @GenericField(aggregable = Aggregable.YES)
    private @Nullable Long sourceOrganisationId;

    @KeywordField(aggregable = Aggregable.YES)
    @Convert(converter = CodeList.class)
    private Set<String> targetTypes = Set.of();

    @KeywordField(aggregable = Aggregable.YES)
    @Convert(converter = CodeList.class)
    private Set<String> threatTypes = Set.of();

    @KeywordField(aggregable = Aggregable.YES)
    @Convert(converter = CodeList.class)
    private Set<String> themes = Set.of();

    @KeywordField(aggregable = Aggregable.YES)
    @Convert(converter = CodeList.class)
    private Set<String> actorTypes = Set.of();

    @KeywordField(aggregable = Aggregable.YES)
    @Convert(converter = CodeList.class)
    private Set<String> phases = Set.of();

    @KeywordField(aggregable = Aggregable.YES)
    @Convert(converter = CodeList.class)
    private Set<String> countries = Set.of();

    @KeywordField(aggregable = Aggregable.YES)
    @Convert(converter = CodeList.class)
    private Set<String> regions = Set.of();

    @KeywordField
    @Convert(converter = CodeList.class)
    private Set<String> sharedAccounts = Set.of();

    @KeywordField
    @Convert(converter = CodeList.class)
    private Set<String> sharedOrganisations = Set.of();

    @KeywordField(projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    private AccessLevel accessLevel;

    private @Nullable String url;

    @GenericField
    private boolean withdrawn;

    private boolean sample;

    private @Nullable Integer pages;

    @Column(name = "extracted_text")
    private @Nullable String text;

    @GenericField(sortable = Sortable.YES)
    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<FileVersion> files = new ArrayList<>();

    protected Document() {}

    public Document(Description description, boolean sample) {
        describe(description);
        this.sample = sample;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Replaces the whole description of the document. */
    public void describe(Description d) {
        this.title = d.title();
        this.summary = d.summary();
        this.language = d.language();
        this.publicationYear = d.publicationYear();
        this.sourceOrganisationId = d.sourceOrganisationId();
        this.targetTypes = Set.copyOf(d.targetTypes());
        this.threatTypes = Set.copyOf(d.threatTypes());
        this.themes = Set.copyOf(d.themes());
        this.actorTypes = Set.copyOf(d.actorTypes());
        this.phases = Set.copyOf(d.phases());
        this.countries = Set.copyOf(d.countries());
        this.regions = Set.copyOf(d.regions());
        this.sharedAccounts = Set.copyOf(d.sharedAccounts());
        this.sharedOrganisations = Set.copyOf(d.sharedOrganisations());
        this.accessLevel = d.accessLevel();
        this.url = d.url();
        this.updatedAt = Instant.now();
    }

    /** Makes a file the current one: its text is what search sees from now on. */
    public FileVersion attach(StoredFile file, Extraction extraction) {
        return attach(file, extraction, null);
    }

    /** Makes a file the current one, recording who added it (an e-mail address). */
    public FileVersion attach(StoredFile file, Extraction extraction, @Nullable String addedBy) {
        FileVersion added = new FileVersion(this, files.size() + 1, file, extraction.pages(), addedBy);
        files.add(added);
        this.pages = extraction.pages();
        this.text = extraction.text();
        this.updatedAt = Instant.now();
        return added;
    }

    public void withdraw() {
        this.withdrawn = true;
        this.updatedAt = Instant.now();
    }

    public void reinstate() {
        this.withdrawn = false;
        this.updatedAt = Instant.now();
    }

    public Optional<FileVersion> currentFile() {
        return files.isEmpty() ? Optional.empty() : Optional.of(files.get(files.size() - 1));
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public @Nullable String summary() {
        return summary;
    }

    public String language() {
        return language;
    }

    public @Nullable Integer publicationYear() {
        return publicationYear;
    }

    public @Nullable Long sourceOrganisationId() {
        return sourceOrganisationId;
    }

    public Set<String> targetTypes() {
        return targetTypes;
    }

    public Set<String> threatTypes() {
        return threatTypes;
    }

    public Set<String> themes() {
        return themes;
    }

    public Set<String> actorTypes() {
        return actorTypes;
    }

    public Set<String> phases() {
        return phases;
    }

    public Set<String> countries() {
        return countries;
    }

    public Set<String> regions() {
        return regions;
    }

    public Set<String> sharedAccounts() {
        return sharedAccounts;
    }

    public Set<String> sharedOrganisations() {
        return sharedOrganisations;
    }

    public AccessLevel accessLevel() {
        return accessLevel;
    }

    public @Nullable String url() {
        return url;
    }

    public boolean withdrawn() {
        return withdrawn;
    }

    public boolean sample() {
        return sample;
    }

    public @Nullable Integer pages() {
        return pages;
    }

    public @Nullable String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The version of the description, raised at every change: a change made on an older one is refused. */
    public long version() {
        return version;
    }

    public List<FileVersion> files() {
        return Collections.unmodifiableList(files);
    }

    /** A checked description; lists are never null. */
    public record Description(
            String title,
            @Nullable String summary,
            String language,
            @Nullable Integer publicationYear,
            @Nullable Long sourceOrganisationId,
            Set<String> targetTypes,
            Set<String> threatTypes,
            Set<String> themes,
            Set<String> actorTypes,
            Set<String> phases,
            Set<String> countries,
            Set<String> regions,
            Set<String> sharedAccounts,
            Set<String> sharedOrganisations,
            AccessLevel accessLevel,
            @Nullable String url) {}
}
