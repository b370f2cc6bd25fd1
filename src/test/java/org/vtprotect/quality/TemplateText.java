package org.vtprotect.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a jte template that a reader would see as written, not from the message bundles:
 * what remains once jte code ({@code @param}, {@code @if}, {@code ${...}}, template calls, comments)
 * and HTML markup are taken away, keeping the text of content blocks ({@code @`...`}) and of the
 * attributes a reader sees or hears ({@code alt}, {@code title}, {@code placeholder}, {@code
 * aria-label}, {@code label}, and {@code value} of buttons).
 */
final class TemplateText {

    /** One line of a template holding text of its own. */
    record Finding(int line, String text) {}

    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label", "label");
    private static final Set<String> BUTTON_TYPES = Set.of("button", "submit", "reset");
    private static final Set<String> KEYWORDS_WITH_CONDITION = Set.of("if", "elseif", "for");
    private static final Set<String> BARE_KEYWORDS = Set.of("else", "endif", "endfor", "raw", "endraw");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+)))?");
    private static final Pattern TAG_NAME = Pattern.compile("^</?([A-Za-z0-9!-]+)");
    private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z]+|#\\d+|#x[0-9A-Fa-f]+);");
    private static final String BRAND = "VT Protect";

    private final String src;
    private final char[] out;
    private int pos;

    private TemplateText(String source) {
        this.src = source;
        this.out = source.toCharArray();
    }

    /** The lines of a template that show a reader text the bundles do not provide. */
    static List<Finding> findings(String template) {
        var scan = new TemplateText(template);
        scan.text(false);
        String visible = Markup.strip(new String(scan.out));
        List<Finding> findings = new ArrayList<>();
        String[] lines = visible.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String rest = ENTITY.matcher(lines[i]).replaceAll(" ").replace(BRAND, " ");
            if (rest.codePoints().anyMatch(Character::isLetter)) {
                findings.add(new Finding(i + 1, rest.strip().replaceAll("\\s+", " ")));
            }
        }
        return findings;
    }

    /** Template text up to the end, or to the closing backtick of a content block. */
    private void text(boolean inContentBlock) {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (inContentBlock && c == '`') {
                return;
            } else if (src.startsWith("<%--", pos)) {
                int end = src.indexOf("--%>", pos);
                blankTo(end < 0 ? src.length() : end + 4);
            } else if (src.startsWith("${", pos) || src.startsWith("!{", pos)) {
                blankTo(pos + 1);
                java();
            } else if (src.startsWith("$unsafe{", pos)) {
                blankTo(pos + 7);
                java();
            } else if (c == '@') {
                directive();
            } else {
                pos++;
            }
        }
    }

    private void directive() {
        int start = pos + 1;
        int end = start;
        while (end < src.length() && (Character.isJavaIdentifierPart(src.charAt(end)) || src.charAt(end) == '.')) {
            end++;
        }
        String word = src.substring(start, end);
        if (word.equals("param") || word.equals("import")) {
            int eol = src.indexOf('\n', pos);
            blankTo(eol < 0 ? src.length() : eol);
        } else if (KEYWORDS_WITH_CONDITION.contains(word) || word.startsWith("template.")) {
            blankTo(end);
            while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
                pos++;
            }
            java();
        } else if (BARE_KEYWORDS.contains(word)) {
            blankTo(end);
        } else {
            pos++; // an @ of the text itself, e.g. in an address
        }
    }

    /** A Java expression or block starting at an opening bracket, up to its closing one; blanked. */
    private void java() {
        int depth = 0;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '"' || c == '\'') {
                int close = src.startsWith("\"\"\"", pos) ? src.indexOf("\"\"\"", pos + 3) + 2 : literalEnd(c);
                blankTo(Math.max(close, pos) + 1);
                continue;
            }
            if (c == '@' && pos + 1 < src.length() && src.charAt(pos + 1) == '`') {
                blankTo(pos + 2);
                text(true);
                blankTo(Math.min(pos + 1, src.length()));
                continue;
            }
            if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if ((c == ')' || c == '}' || c == ']') && --depth == 0) {
                blankTo(pos + 1);
                return;
            }
            blankTo(pos + 1);
        }
    }

    private int literalEnd(char quote) {
        int i = pos + 1;
        while (i < src.length() && src.charAt(i) != quote) {
            i += src.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    private void blankTo(int end) {
        for (; pos < end && pos < out.length; pos++) {
            if (out[pos] != '\n') {
                out[pos] = ' ';
            }
        }
    }

    /** Removes HTML markup, keeping line breaks and the values of attributes a reader perceives. */
    static final class Markup {

        private Markup() {}

        static String strip(String html) {
            char[] out = html.toCharArray();
            int i = 0;
            String lower = html.toLowerCase(Locale.ROOT);
            while (i < html.length()) {
                if (html.startsWith("<!--", i)) {
                    i = blank(out, i, end(html, "-->", i));
                } else if (lower.startsWith("<script", i) || lower.startsWith("<style", i)) {
                    String close = lower.startsWith("<script", i) ? "</script>" : "</style>";
                    i = blank(out, i, end(lower, close, i));
                } else if (html.charAt(i) == '<' && i + 1 < html.length() && isTagStart(html.charAt(i + 1))) {
                    i = tag(html, out, i);
                } else {
                    i++;
                }
            }
            return new String(out);
        }

        private static boolean isTagStart(char c) {
            return Character.isLetter(c) || c == '/' || c == '!';
        }

        private static int tag(String html, char[] out, int start) {
            int i = start + 1;
            char quote = 0;
            while (i < html.length() && (quote != 0 || html.charAt(i) != '>')) {
                char c = html.charAt(i);
                quote = quote == 0 && (c == '"' || c == '\'') ? c : (c == quote ? 0 : quote);
                i++;
            }
            int end = Math.min(i + 1, html.length());
            String tag = html.substring(start, end);
            Matcher name = TAG_NAME.matcher(tag);
            boolean named = name.find();
            List<int[]> keep = new ArrayList<>();
            boolean button = named && name.group(1).equalsIgnoreCase("button");
            Matcher attribute = ATTRIBUTE.matcher(tag);
            attribute.region(named ? name.end() : tag.length(), tag.length());
            List<int[]> values = new ArrayList<>();
            while (attribute.find()) {
                String attr = attribute.group(1).toLowerCase(Locale.ROOT);
                int group = attribute.group(2) != null ? 2 : attribute.group(3) != null ? 3 : 4;
                if (attribute.group(group) == null) {
                    continue;
                }
                if (attr.equals("type")
                        && BUTTON_TYPES.contains(attribute.group(group).strip().toLowerCase(Locale.ROOT))) {
                    button = true;
                }
                if (VISIBLE_ATTRIBUTES.contains(attr)) {
                    keep.add(new int[] {attribute.start(group), attribute.end(group)});
                } else if (attr.equals("value")) {
                    values.add(new int[] {attribute.start(group), attribute.end(group)});
                }
            }
            if (button) {
                keep.addAll(values);
            }
            for (int j = start; j < end; j++) {
                int offset = j - start;
                boolean kept = keep.stream().anyMatch(k -> offset >= k[0] && offset < k[1]);
                if (!kept && out[j] != '\n') {
                    out[j] = ' ';
                }
            }
            return end;
        }

        private static int end(String html, String marker, int from) {
            int at = html.indexOf(marker, from);
            return at < 0 ? html.length() : at + marker.length();
        }

        private static int blank(char[] out, int from, int to) {
            for (int j = from; j < to; j++) {
                if (out[j] != '\n') {
                    out[j] = ' ';
                }
            }
            return to;
        }
    }
}
