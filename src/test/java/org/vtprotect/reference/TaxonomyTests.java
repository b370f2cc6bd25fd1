package org.vtprotect.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaxonomyTests {

    private final Taxonomy taxonomy = new Taxonomy(ReferenceMessages.source());
    private final Map<String, Map<String, String>> file = TaxonomyFile.vocabularies();

    @Test
    void everyVocabularyHasTheCodesOfTheFileInTheirOrder() {
        for (Vocabulary vocabulary : Vocabulary.values()) {
            assertThat(taxonomy.codes(vocabulary))
                    .as(vocabulary.key())
                    .isNotEmpty()
                    .containsExactlyElementsOf(file.get(vocabulary.key()).keySet());
        }
        assertThat(taxonomy.codes(Vocabulary.TARGET_TYPES)).startsWith("URBAN_CENTRE", "RELIGIOUS_SITE");
        assertThat(taxonomy.codes(Vocabulary.THREAT_TYPES)).hasSize(11).contains("UAS", "IED", "VBIED");
    }

    @Test
    void englishLabelsAreTheLabelsOfTheFile() {
        for (Vocabulary vocabulary : Vocabulary.values()) {
            assertThat(taxonomy.labels(vocabulary, Locale.ENGLISH))
                    .as(vocabulary.key())
                    .containsExactlyEntriesOf(file.get(vocabulary.key()));
        }
    }

    @Test
    void labelsComeInTheReadersLanguageInFileOrder() {
        Map<String, String> arabic = taxonomy.labels(Vocabulary.TARGET_TYPES, Locale.forLanguageTag("ar"));
        assertThat(List.copyOf(arabic.keySet())).isEqualTo(taxonomy.codes(Vocabulary.TARGET_TYPES));
        assertThat(arabic).containsEntry("URBAN_CENTRE", "المراكز الحضرية والأماكن العامة");
        assertThat(taxonomy.label(Vocabulary.THREAT_TYPES, "UAS", Locale.FRENCH))
                .isEqualTo("Systèmes d’aéronefs sans pilote (drones)");
        assertThat(taxonomy.label(Vocabulary.THREAT_TYPES, "IED", Locale.forLanguageTag("es")))
                .isEqualTo("Artefacto explosivo improvisado");
        assertThat(taxonomy.label(Vocabulary.THREAT_TYPES, "IED", Locale.CHINESE))
                .isEqualTo("简易爆炸装置");
        assertThat(taxonomy.label(Vocabulary.THREAT_TYPES, "IED", Locale.forLanguageTag("ru")))
                .isEqualTo("Самодельное взрывное устройство");
    }

    @Test
    void labelsCannotBeChangedByTheirReader() {
        Map<String, String> labels = taxonomy.labels(Vocabulary.PHASES, Locale.ENGLISH);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> labels.put("PREVENT", "changed"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void containsOnlyTheCodesOfThatVocabulary() {
        assertThat(taxonomy.contains(Vocabulary.THREAT_TYPES, "UAS")).isTrue();
        assertThat(taxonomy.contains(Vocabulary.TARGET_TYPES, "UAS")).isFalse();
        assertThat(taxonomy.contains(Vocabulary.THREAT_TYPES, "uas")).isFalse();
        assertThat(taxonomy.contains(Vocabulary.THREAT_TYPES, null)).isFalse();
        assertThat(taxonomy.contains(Vocabulary.THREAT_TYPES, "<script>")).isFalse();
        assertThat(taxonomy.containsAll(Vocabulary.PHASES, List.of("PREVENT", "RECOVER")))
                .isTrue();
        assertThat(taxonomy.containsAll(Vocabulary.PHASES, List.of("PREVENT", "DROP TABLE")))
                .isFalse();
    }

    @Test
    void anUnknownCodeShowsAsItself() {
        assertThat(taxonomy.label(Vocabulary.THEMES, "NO_SUCH_CODE", Locale.FRENCH))
                .isEqualTo("NO_SUCH_CODE");
    }
}
