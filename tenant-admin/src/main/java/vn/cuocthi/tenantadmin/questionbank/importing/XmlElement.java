package vn.cuocthi.tenantadmin.questionbank.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, read-only XML element: local names only (namespaces do not matter to the formats read here), mixed
 * content in document order ({@code String} text or {@code XmlElement}), and the line it starts on.
 */
record XmlElement(String name, Map<String, String> attributes, List<Object> content, int line) {

    XmlElement {
        attributes = Map.copyOf(attributes);
        content = List.copyOf(content);
    }

    /** The attribute with this local name, or null. */
    String attribute(String localName) {
        return attributes.get(localName);
    }

    List<XmlElement> elements() {
        return content.stream().filter(XmlElement.class::isInstance).map(XmlElement.class::cast).toList();
    }

    List<XmlElement> children(String localName) {
        return elements().stream().filter(e -> e.name.equals(localName)).toList();
    }

    Optional<XmlElement> child(String localName) {
        return elements().stream().filter(e -> e.name.equals(localName)).findFirst();
    }

    /** The text of {@code <localName><text>…</text></localName>}, the way Moodle nests it; "" when absent. */
    String childText(String localName) {
        return child(localName).flatMap(c -> c.child("text")).map(XmlElement::text).orElse("");
    }

    /** All the text inside, with a space where a block element (paragraph, line break, list item…) ends. */
    String text() {
        StringBuilder text = new StringBuilder();
        appendText(text);
        return text.toString();
    }

    private void appendText(StringBuilder text) {
        for (Object part : content) {
            if (part instanceof XmlElement element) {
                element.appendText(text);
                if (HtmlText.isBlock(element.name)) {
                    text.append(' ');
                }
            } else {
                text.append((String) part);
            }
        }
    }

    /** Every element inside, at any depth, in document order. */
    List<XmlElement> descendants() {
        List<XmlElement> all = new ArrayList<>();
        for (XmlElement child : elements()) {
            all.add(child);
            all.addAll(child.descendants());
        }
        return all;
    }
}
