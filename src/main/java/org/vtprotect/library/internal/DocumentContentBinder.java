package org.vtprotect.library.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Indexes a document's title, summary and text twice: in {@code content}, folded for every
 * language and kept for highlighted snippets, and in {@code content_<language>} with the stemming
 * of the document's own language.
 */
public class DocumentContentBinder implements TypeBinder {

    public static final String CONTENT = "content";

    public static String contentIn(String language) {
        return CONTENT + "_" + language;
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("summary").use("text").use("language");
        var schema = context.indexSchemaElement();
        IndexFieldReference<String> folded = schema.field(
                        CONTENT,
                        f -> f.asString()
                                .analyzer("default")
                                .projectable(Projectable.YES)
                                .highlightable(List.of(Highlightable.ANY)))
                .toReference();
        Map<String, IndexFieldReference<String>> stemmed = new LinkedHashMap<>();
        for (String language : LibraryAnalysis.LANGUAGES) {
            stemmed.put(
                    language,
                    schema.field(contentIn(language), f -> f.asString().analyzer(language))
                            .toReference());
        }
        context.bridge(Document.class, new Bridge(folded, stemmed));
    }

    private record Bridge(IndexFieldReference<String> folded, Map<String, IndexFieldReference<String>> stemmed)
            implements TypeBridge<Document> {

        @Override
        public void write(DocumentElement target, Document document, TypeBridgeWriteContext context) {
            String content = Stream.of(document.title(), document.summary(), document.text())
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining("\n"));
            target.addValue(folded, content);
            IndexFieldReference<String> own = stemmed.get(document.language());
            if (own != null) {
                target.addValue(own, content);
            }
        }
    }
}
