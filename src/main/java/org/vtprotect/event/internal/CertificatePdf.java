package org.vtprotect.event.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** A certificate of attendance on one landscape A4 page: each line centred, the name large. */
public final class CertificatePdf {

    /** A line of the certificate and its size in points. */
    public record Line(String text, float size) {}

    private CertificatePdf() {}

    public static byte[] of(List<Line> lines) {
        try (PDDocument document = new PDDocument()) {
            PdfText text = new PdfText(document);
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(size);
            document.addPage(page);
            float margin = 60;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.setLineWidth(2);
                out.addRect(30, 30, size.getWidth() - 60, size.getHeight() - 60);
                out.stroke();
                float y = size.getHeight() - 110;
                for (Line line : lines) {
                    String shown = text.fit(line.text(), line.size(), size.getWidth() - 2 * margin);
                    float width = text.width(shown, line.size());
                    out.beginText();
                    out.newLineAtOffset((size.getWidth() - width) / 2, y);
                    text.show(out, shown, line.size());
                    out.endText();
                    y -= line.size() * 2.2f;
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
