package vn.cuocthi.tenantadmin.questionbank.importing;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an XML document with the JDK's StAX parser hardened against hostile files: no DTD at all (so no external
 * entities, no entity expansion such as "billion laughs"), no external access, bounded nesting. Elements at a chosen
 * depth are handed over one at a time as small trees, so a large document never sits in memory whole.
 */
final class SecureXml {

    /** Deeper than any question format needs; stops nesting bombs before they exhaust the stack. */
    private static final int MAX_DEPTH = 256;

    /** Why a document was refused: a DTD, or malformed XML at a line and column. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean dtd;
        private final int line;
        private final int column;

        private Failure(boolean dtd, int line, int column, String message) {
            super(message);
            this.dtd = dtd;
            this.line = line;
            this.column = column;
        }

        boolean dtd() {
            return dtd;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    private SecureXml() {
    }

    /**
     * Reads {@code xml}, handing each element at {@code depth} (the root is depth 1) to {@code handler} until it
     * returns false. Stops at once when {@code acceptRoot} refuses the root's local name. Returns the root's name.
     */
    static String read(byte[] xml, int depth, Predicate<String> acceptRoot, Predicate<XmlElement> handler)
            throws Failure {
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(xml));
            String root = null;
            int level = 0;
            Deque<Builder> open = new ArrayDeque<>();
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw failure(true, reader.getLocation(), "DTD");
                    case XMLStreamConstants.START_ELEMENT -> {
                        level++;
                        if (level > MAX_DEPTH) {
                            throw failure(false, reader.getLocation(), "nesting deeper than " + MAX_DEPTH);
                        }
                        if (root == null) {
                            root = reader.getLocalName();
                            if (!acceptRoot.test(root)) {
                                return root;
                            }
                        }
                        if (level >= depth) {
                            open.push(new Builder(reader));
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().content.add(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        level--;
                        if (!open.isEmpty()) {
                            XmlElement element = open.pop().build();
                            if (!open.isEmpty()) {
                                open.peek().content.add(element);
                            } else if (!handler.test(element)) {
                                return root;
                            }
                        }
                    }
                    default -> {
                        // comments, processing instructions: nothing to keep
                    }
                }
            }
            return root;
        } catch (XMLStreamException e) {
            throw failure(false, e.getLocation(), e.getMessage());
        } finally {
            close(reader);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static Failure failure(boolean dtd, Location location, String message) {
        int line = location == null ? 0 : Math.max(location.getLineNumber(), 0);
        int column = location == null ? 0 : Math.max(location.getColumnNumber(), 0);
        return new Failure(dtd, line, column, message);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing left to release
            }
        }
    }

    /** An element being read: its start tag is known, its content grows until its end tag. */
    private static final class Builder {
        final String name;
        final Map<String, String> attributes = new HashMap<>();
        final List<Object> content = new ArrayList<>();
        final int line;

        Builder(XMLStreamReader reader) {
            this.name = reader.getLocalName();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
            this.line = reader.getLocation().getLineNumber();
        }

        XmlElement build() {
            return new XmlElement(name, attributes, content, line);
        }
    }
}
