package org.vtprotect.event.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * Text for the PDFs of one document in the fonts shipped with the application (Noto Sans: Latin,
 * Cyrillic, Greek; Noto Sans Arabic, joined and right to left). A character neither covers
 * (Chinese among them: no CJK font can be embedded by PDFBox here) is drawn as "?".
 */
final class PdfText {

    private final List<PDFont> fonts = new ArrayList<>();

    PdfText(PDDocument document) {
        fonts.add(load(document, "fonts/NotoSans-Regular.ttf"));
        fonts.add(load(document, "fonts/NotoSansArabic-Regular.ttf"));
    }

    /** Draws the text at the current text position. */
    void show(PDPageContentStream out, String text, float size) throws IOException {
        for (Run run : runs(text)) {
            out.setFont(run.font(), size);
            out.showText(run.text());
        }
    }

    float width(String text, float size) {
        float width = 0;
        try {
            for (Run run : runs(text)) {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return width;
    }

    /** The text cut to fit a width, with an ellipsis when cut. */
    String fit(String text, float size, float maxWidth) {
        if (width(text, size) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + "…", size) > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private record Run(PDFont font, String text) {}

    private List<Run> runs(String text) {
        String visual = ArabicShaping.visual(text.replaceAll("\\p{Cntrl}", " "));
        List<Run> runs = new ArrayList<>();
        @Nullable PDFont current = null;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += Character.charCount(cp);
            PDFont font = fontFor(ch);
            if (font == null) {
                ch = "?";
                font = fonts.get(0);
            }
            if (font != current && run.length() > 0) {
                runs.add(new Run(current, run.toString()));
                run.setLength(0);
            }
            current = font;
            run.append(ch);
        }
        if (run.length() > 0) {
            runs.add(new Run(current, run.toString()));
        }
        return runs;
    }

    private @Nullable PDFont fontFor(String ch) {
        for (PDFont font : fonts) {
            try {
                font.encode(ch);
                return font;
            } catch (IOException | IllegalArgumentException | IllegalStateException noGlyph) {
                // try the next font
            }
        }
        return null;
    }

    private static PDFont load(PDDocument document, String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }
}
