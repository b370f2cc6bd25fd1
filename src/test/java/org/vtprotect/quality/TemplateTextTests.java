package org.vtprotect.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vtprotect.quality.TemplateText.Finding;

/** No template shows a reader text of its own: every word comes from the message bundles. */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/jte");

    @Test
    void templatesHoldNoTextOutsideTheBundles() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates =
                    files.filter(f -> f.toString().endsWith(".jte")).sorted().toList();
        }
        for (Path template : templates) {
            for (Finding finding : TemplateText.findings(Files.readString(template, StandardCharsets.UTF_8))) {
                problems.add(template + ":" + finding.line() + ": " + finding.text());
            }
        }
        assertThat(templates).as("templates under %s", TEMPLATES).isNotEmpty();
        assertThat(problems)
                .as("Text a reader sees must come from the bundles: ${web.localize(\"key\")} or"
                        + " ${web.text(\"key\")} in attributes")
                .isEmpty();
    }

    @Test
    void textOfItsOwnIsFoundWithItsLine() {
        assertThat(TemplateText.findings("@param WebContext web\n<p>\n  Hello ${web.userName()}\n</p>\n"))
                .containsExactly(new Finding(3, "Hello"));
    }

    @Test
    void jteCodeCommentsAndMarkupAreNotText() {
        String template = """
                @import org.vtprotect.platform.WebContext
                @param WebContext web
                <%-- Some comment --%>
                <!-- an HTML comment -->
                @if(web.signedIn() && web.text("a(b").isEmpty())
                  <a class="nav-link" href="/me" aria-current="${web.isCurrent("/me") ? "page" : null}">${web.localize("nav.profile")}</a>
                @elseif(web.rtl())
                  $unsafe{web.localize("x")} !{var label = "Raw text";}
                @else
                  <input type="hidden" name="${web.csrfParameter()}" value="${web.csrfToken()}">
                @endif
                @for(var language : web.languages())<span lang="en">&nbsp;&middot;</span>@endfor
                <script src="/js/vtp.js">console.log("hello")</script>
                <a class="vtp-brand" href="/">VT Protect</a>
                """;
        assertThat(TemplateText.findings(template)).isEmpty();
    }

    @Test
    void textInsideContentBlocksOfTemplateCallsIsChecked() {
        String template = """
                @template.layout.page(web = web, title = web.text("t"), breadcrumb = @`<li>${web.localize("b")}</li>`,
                  content = @`
                <h1>${web.localize("title")}</h1>
                <p>Welcome</p>
                `)
                """;
        assertThat(TemplateText.findings(template)).containsExactly(new Finding(4, "Welcome"));
    }

    @Test
    void attributesAReaderPerceivesAreChecked() {
        String template = """
                <img src="/logo.png" alt="Logo">
                <input type="search" placeholder="${web.text("search")}" name="q" value="keep me">
                <input type="submit" value="Send">
                <button type="button" title="Close" aria-label="${web.text("close")}"></button>
                <input name="q" class="form-control" value="not shown">
                """;
        assertThat(TemplateText.findings(template))
                .containsExactly(new Finding(1, "Logo"), new Finding(3, "Send"), new Finding(4, "Close"));
    }
}
