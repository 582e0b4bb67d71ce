package dev.clearance.lists;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One XML element read into memory: list files are streamed with StAX and each record (an
 * {@code sdnEntry}, an {@code INDIVIDUAL} ...) is read as a small tree. Namespaces are ignored.
 * DTDs and external entities are refused, never processed.
 */
final class XmlNode {
    final String name;
    final long line;
    private final Map<String, String> attributes;
    final List<XmlNode> children = new ArrayList<>();
    private String text = "";

    private XmlNode(String name, long line, Map<String, String> attributes) {
        this.name = name;
        this.line = line;
        this.attributes = attributes;
    }

    /** A StAX reader that refuses DTDs and external entities. */
    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f.createXMLStreamReader(in);
    }

    /** What to do with each element below the root; it may read the element whole with {@link #read}. */
    @FunctionalInterface
    interface ElementHandler {
        void element(String name, XMLStreamReader r) throws XMLStreamException, RefusedInputException;
    }

    /**
     * Streams a document whose root element must be {@code root}, handing every element start below it
     * to {@code handler}.
     *
     * @param what the format in words, for the refusal when the root is wrong ("an OFAC sdnList XML file")
     */
    static void forEachElement(InputStream in, String root, String what, ElementHandler handler)
            throws XMLStreamException, RefusedInputException {
        XMLStreamReader r = open(in);
        try {
            boolean rootSeen = false;
            while (nextStart(r)) {
                String name = r.getLocalName();
                if (!rootSeen) {
                    rootSeen = true;
                    if (!name.equals(root)) {
                        throw new RefusedInputException(r.getLocation().getLineNumber(),
                                "not " + what + ": root element is <" + name + ">");
                    }
                    continue;
                }
                handler.element(name, r);
            }
        } finally {
            r.close();
        }
    }

    /**
     * Advances to the next start element; a DOCTYPE anywhere is refused.
     *
     * @return false at the end of the document
     */
    static boolean nextStart(XMLStreamReader r) throws XMLStreamException, RefusedInputException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.DTD) {
                throw new RefusedInputException(r.getLocation().getLineNumber(),
                        "XML with a DOCTYPE declaration is refused: DTDs and external entities are not processed");
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    /** Reads the element the reader is on (a start element), with everything inside it. */
    static XmlNode read(XMLStreamReader r) throws XMLStreamException, RefusedInputException {
        XmlNode node = start(r);
        List<XmlNode> stack = new ArrayList<>();
        stack.add(node);
        StringBuilder text = new StringBuilder();
        while (!stack.isEmpty()) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    XmlNode child = start(r);
                    stack.get(stack.size() - 1).children.add(child);
                    stack.add(child);
                    text.setLength(0);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(r.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlNode done = stack.remove(stack.size() - 1);
                    if (done.children.isEmpty()) {
                        done.text = text.toString().strip();
                    }
                    text.setLength(0);
                }
                case XMLStreamConstants.DTD -> throw new RefusedInputException(r.getLocation().getLineNumber(),
                        "XML with a DOCTYPE declaration is refused");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new RefusedInputException(r.getLocation().getLineNumber(),
                        "XML entity reference &" + r.getLocalName() + "; is refused: entities are not expanded");
                default -> { }
            }
        }
        return node;
    }

    private static XmlNode start(XMLStreamReader r) {
        Map<String, String> attrs = r.getAttributeCount() == 0 ? Map.of() : new HashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        return new XmlNode(r.getLocalName(), r.getLocation().getLineNumber(), attrs);
    }

    /** The element's own text, trimmed; empty when it has children or none. */
    String text() {
        return text;
    }

    /** An attribute's value, or the empty string. */
    String attr(String name) {
        String v = attributes.get(name);
        return v == null ? "" : v.strip();
    }

    /** The first child with this name, or {@code null}. */
    XmlNode child(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** The text of the first child with this name, or the empty string. */
    String text(String childName) {
        XmlNode c = child(childName);
        return c == null ? "" : c.text;
    }

    /** All children with this name. */
    List<XmlNode> all(String childName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** All elements with this name at any depth below this one. */
    List<XmlNode> descendants(String descendantName) {
        List<XmlNode> out = new ArrayList<>();
        collect(descendantName, out);
        return out;
    }

    private void collect(String n, List<XmlNode> out) {
        for (XmlNode c : children) {
            if (c.name.equals(n)) {
                out.add(c);
            }
            c.collect(n, out);
        }
    }
}
