package vn.cuocthi.tenantadmin.questionbank.importing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text from the HTML that Moodle and GIFT {@code [html]} questions carry: tags dropped (block ends become
 * spaces), scripts and comments removed, entities decoded. The result is text to store, not markup to trust.
 */
final class HtmlText {

    /** A tag: "<" then a letter, "/" or "!" (so that "a < b" in text is not taken for one); linear on any input. */
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*|!)[^<>]*>");
    private static final Pattern IMAGE = Pattern.compile("(?i)<(img|object|embed|svg|video|audio)\\b");
    private static final Pattern ENTITY =
            Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "br", "dd", "div", "dl", "dt",
            "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre", "section",
            "table", "td", "th", "tr", "ul");
    private static final Map<String, String> ENTITIES = entities();

    private HtmlText() {
    }

    static String toPlain(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String visible = cut(cut(cut(html, "<!--", "-->"), "<script", "</script>"), "<style", "</style>");
        Matcher tag = TAG.matcher(visible);
        StringBuilder text = new StringBuilder(visible.length());
        while (tag.find()) {
            tag.appendReplacement(text, isBlock(tag.group(2)) ? " " : "");
        }
        tag.appendTail(text);
        return decodeEntities(text.toString());
    }

    /**
     * The text without every stretch from {@code open} to {@code close} (to the end when never closed), ignoring
     * case. A plain scan rather than a lazy regular expression, which would take quadratic time on hostile input.
     */
    private static String cut(String text, String open, String close) {
        int start = indexOfIgnoreCase(text, open, 0);
        if (start < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int from = 0;
        while (start >= 0) {
            kept.append(text, from, start).append(' ');
            int end = indexOfIgnoreCase(text, close, start + open.length());
            if (end < 0) {
                return kept.toString();
            }
            from = end + close.length();
            start = indexOfIgnoreCase(text, open, from);
        }
        return kept.append(text, from, text.length()).toString();
    }

    private static int indexOfIgnoreCase(String text, String wanted, int from) {
        for (int i = from; i <= text.length() - wanted.length(); i++) {
            if (text.regionMatches(true, i, wanted, 0, wanted.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the HTML shows an image or other embedded media, which a text-only question would lose. */
    static boolean hasImage(String html) {
        return html != null && IMAGE.matcher(html).find();
    }

    /** Whether an element of this (local) name ends a line when shown, so that its text is not glued to the next. */
    static boolean isBlock(String name) {
        return BLOCKS.contains(name.toLowerCase(Locale.ROOT));
    }

    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (entity.find()) {
            String name = entity.group(1);
            String replacement = name.charAt(0) == '#' ? codePoint(name) : ENTITIES.get(name);
            entity.appendReplacement(decoded, Matcher.quoteReplacement(
                    replacement == null ? entity.group() : replacement));
        }
        entity.appendTail(decoded);
        return decoded.toString();
    }

    private static String codePoint(String reference) {
        boolean hex = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X');
        int value = Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(value) && value != 0 ? Character.toString(value) : null;
    }

    /** The entities HTML editors write for text: markup characters, spaces, Latin-1 letters, typographic quotes. */
    private static Map<String, String> entities() {
        Map<String, String> map = new HashMap<>(Map.of(
                "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00A0",
                "ndash", "–", "mdash", "—", "hellip", "…", "middot", "·"));
        map.putAll(Map.of("lsquo", "‘", "rsquo", "’", "ldquo", "“", "rdquo", "”", "laquo", "«", "raquo", "»",
                "deg", "°", "sect", "§", "para", "¶", "copy", "©"));
        map.putAll(Map.of("reg", "®", "times", "×", "divide", "÷", "plusmn", "±", "ensp", "\u2002",
                "emsp", "\u2003", "thinsp", "\u2009", "zwnj", "\u200C", "zwj", "\u200D", "shy", "\u00AD"));
        String[] latin1 = {"Agrave", "Aacute", "Acirc", "Atilde", "Egrave", "Eacute", "Ecirc", "Igrave", "Iacute",
            "Ograve", "Oacute", "Ocirc", "Otilde", "Ugrave", "Uacute", "Yacute"};
        String upper = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";
        for (int i = 0; i < latin1.length; i++) {
            map.put(latin1[i], String.valueOf(upper.charAt(i)));
            map.put(Character.toLowerCase(latin1[i].charAt(0)) + latin1[i].substring(1),
                    String.valueOf(Character.toLowerCase(upper.charAt(i))));
        }
        return Map.copyOf(map);
    }
}
