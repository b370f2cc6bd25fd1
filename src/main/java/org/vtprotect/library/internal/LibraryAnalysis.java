package org.vtprotect.library.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the library index: {@code default} folds case and accents for every language
 * ("securite" finds "sécurité"), and one analyzer per UN language stems (English, French, Spanish,
 * Russian, Arabic) or cuts Chinese into bigrams. Named in {@code application.properties}.
 */
public class LibraryAnalysis implements LuceneAnalysisConfigurer {

    /** The analyzer names, one per UN language, also the suffix of the per-language content fields. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "fr", "es", "ru", "zh", "ar");

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("default")
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer("en")
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("snowballPorter")
                .param("language", "English")
                .tokenFilter("asciiFolding");
        context.analyzer("fr")
                .custom()
                .tokenizer("standard")
                .tokenFilter("elision")
                .tokenFilter("lowercase")
                .tokenFilter("frenchLightStem")
                .tokenFilter("asciiFolding");
        context.analyzer("es")
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("spanishLightStem")
                .tokenFilter("asciiFolding");
        context.analyzer("ru")
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("snowballPorter")
                .param("language", "Russian");
        context.analyzer("ar")
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("arabicNormalization")
                .tokenFilter("arabicStem");
        context.analyzer("zh")
                .custom()
                .tokenizer("standard")
                .tokenFilter("cjkWidth")
                .tokenFilter("lowercase")
                .tokenFilter("cjkBigram");
    }
}
