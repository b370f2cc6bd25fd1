package org.vtprotect.bench;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Text in the six languages for generated documents and queries. The words are those of the
 * platform's own message bundles (thousands per language, about security, events, documents and
 * people), drawn with a Zipf law as words are in real text; Chinese is drawn as runs of one to three
 * characters, Arabic and Russian keep their script. The same seed gives the same corpus.
 */
final class Corpus {

    static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar");

    /** Share of each language in the corpus: mostly English and French, as the programme's material is. */
    private static final double[] LANGUAGE_WEIGHTS = {0.35, 0.20, 0.10, 0.10, 0.10, 0.15};

    private static final Pattern WORD = Pattern.compile("[\\p{L}]{3,}");
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}]+");

    private final Map<String, Vocabulary> vocabularies = new LinkedHashMap<>();

    Corpus() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        for (String language : LANGUAGES) {
            Map<String, Integer> counts = new HashMap<>();
            for (Resource bundle : resolver.getResources("classpath*:messages/*.properties")) {
                String name = bundle.getFilename();
                if (name == null || !suffixOf(name).equals(language)) {
                    continue;
                }
                Properties properties = new Properties();
                try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                for (Object value : properties.values()) {
                    String text = ((String) value).replaceAll("<[^>]+>|\\{\\d+[^}]*}", " ");
                    count(language, text, counts);
                }
            }
            List<String> words = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(Map.Entry::getKey)
                    .toList();
            vocabularies.put(language, new Vocabulary(words));
        }
    }

    private static String suffixOf(String fileName) {
        Matcher m = Pattern.compile(".*_([a-z]{2})\\.properties").matcher(fileName);
        return m.matches() ? m.group(1) : "en";
    }

    private static void count(String language, String text, Map<String, Integer> counts) {
        if (language.equals("zh")) {
            Matcher m = HAN.matcher(text);
            while (m.find()) {
                String run = m.group();
                for (int i = 0; i + 2 <= run.length(); i += 2) {
                    counts.merge(run.substring(i, i + 2), 1, Integer::sum);
                }
            }
            return;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
    }

    int vocabularySize(String language) {
        return vocabularies.get(language).words.size();
    }

    String language(Random random) {
        double x = random.nextDouble();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            x -= LANGUAGE_WEIGHTS[i];
            if (x < 0) {
                return LANGUAGES.get(i);
            }
        }
        return LANGUAGES.get(0);
    }

    /** Text of about {@code bytes} bytes in UTF-8, in sentences. */
    String text(String language, int bytes, Random random) {
        Vocabulary vocabulary = vocabularies.get(language);
        StringBuilder text = new StringBuilder(bytes);
        int size = 0;
        int inSentence = 0;
        int sentenceLength = 8 + random.nextInt(16);
        boolean chinese = language.equals("zh");
        while (size < bytes) {
            String word = vocabulary.draw(random, 0);
            if (inSentence == 0 && !chinese) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            } else if (!chinese) {
                text.append(' ');
                size++;
            }
            text.append(word);
            size += word.getBytes(StandardCharsets.UTF_8).length;
            if (++inSentence == sentenceLength) {
                text.append(chinese ? "。" : language.equals("ar") ? "." : ". ");
                size += chinese ? 3 : 2;
                inSentence = 0;
                sentenceLength = 8 + random.nextInt(16);
            }
        }
        return text.toString();
    }

    /** A few words as a searcher types them: content words, not the very commonest. */
    String query(String language, int words, Random random) {
        Vocabulary vocabulary = vocabularies.get(language);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            chosen.add(vocabulary.draw(random, 20));
        }
        return String.join(language.equals("zh") ? "" : " ", chosen);
    }

    /** Words ranked by frequency, drawn with probability proportional to 1 / rank. */
    private static final class Vocabulary {

        final List<String> words;
        final double[] cumulative;

        Vocabulary(List<String> words) {
            if (words.isEmpty()) {
                throw new IllegalStateException("no words found for a language in the message bundles");
            }
            this.words = words;
            this.cumulative = new double[words.size()];
            double sum = 0;
            for (int i = 0; i < words.size(); i++) {
                sum += 1.0 / (i + 1);
                cumulative[i] = sum;
            }
        }

        String draw(Random random, int skipCommonest) {
            int from = Math.min(skipCommonest, words.size() - 1);
            double low = from == 0 ? 0 : cumulative[from - 1];
            double x = low + random.nextDouble() * (cumulative[cumulative.length - 1] - low);
            int i = Arrays.binarySearch(cumulative, x);
            return words.get(Math.min(i >= 0 ? i : -i - 1, words.size() - 1));
        }
    }
}
