package io.github.dossier.analyzers.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Rewrites an OpenNLP feature-generator descriptor into one that generates the same features in the
 * same order with less work: every window generator whose only inner generator is one of OpenNLP's
 * token-local generators (token, token class, prefix, suffix: features that depend on one token and
 * nothing else) becomes a {@link TokenWindowFeatureGeneratorFactory}, which runs the inner generator
 * once per distinct word and keeps its window features instead of making them again for every
 * covering window position; OpenNLP's bigram and previous-map generators are replaced by {@link
 * MemoBigramNameFeatureGenerator} and {@link MemoPreviousMapFeatureGenerator}. Everything else, including generators this
 * class does not know, is left as it is.
 */
final class FeatureDescriptors {

  private static final String OPENNLP = "opennlp.tools.util.featuregen.";
  private static final String WINDOW = OPENNLP + "WindowFeatureGeneratorFactory";
  /** OpenNLP generators whose features at a position depend only on the token there. */
  private static final Set<String> TOKEN_LOCAL = Set.of(
      OPENNLP + "TokenFeatureGeneratorFactory",
      OPENNLP + "TokenClassFeatureGeneratorFactory",
      OPENNLP + "PrefixFeatureGeneratorFactory",
      OPENNLP + "SuffixFeatureGeneratorFactory");
  private static final String TOKEN_WINDOW = TokenWindowFeatureGeneratorFactory.class.getName();
  /** OpenNLP generators replaced by Dossier's equivalents: same features, same order. */
  private static final Map<String, String> EQUIVALENTS = Map.of(
      OPENNLP + "BigramNameFeatureGeneratorFactory", MemoBigramNameFeatureGeneratorFactory.class.getName(),
      OPENNLP + "PreviousMapFeatureGeneratorFactory", MemoPreviousMapFeatureGeneratorFactory.class.getName());

  private FeatureDescriptors() {}

  /**
   * The rewritten descriptor, or {@code descriptor} itself if there is nothing to rewrite.
   *
   * @throws IOException if the descriptor is not well-formed XML
   */
  static byte[] optimize(byte[] descriptor) throws IOException {
    Document doc;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(descriptor));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("feature-generator descriptor is not valid XML: " + e.getMessage(), e);
    }
    boolean changed = false;
    for (Map.Entry<String, String> e : EQUIVALENTS.entrySet()) {
      for (Element generator : generators(doc.getDocumentElement(), e.getKey())) {
        if (childElements(generator).isEmpty()) {
          generator.setAttribute("class", e.getValue());
          changed = true;
        }
      }
    }
    for (Element window : generators(doc.getDocumentElement(), WINDOW)) {
      List<Element> inner = childGenerators(window);
      if (inner.size() == 1 && TOKEN_LOCAL.contains(inner.get(0).getAttribute("class"))) {
        window.setAttribute("class", TOKEN_WINDOW);
        changed = true;
      }
    }
    if (!changed) {
      return descriptor;
    }
    StringBuilder xml = new StringBuilder(descriptor.length + 256);
    write(doc.getDocumentElement(), xml);
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes an element with its attributes, child elements and text; descriptors hold nothing else
   * that matters (comments and processing instructions are dropped). Lighter than loading the JDK's
   * XSLT machinery to serialise a few hundred bytes.
   */
  private static void write(Element e, StringBuilder out) {
    out.append('<').append(e.getTagName());
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      out.append(' ').append(a.getNodeName()).append("=\"");
      escape(a.getNodeValue(), out);
      out.append('"');
    }
    out.append('>');
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        write(child, out);
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        escape(n.getNodeValue(), out);
      }
    }
    out.append("</").append(e.getTagName()).append('>');
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
  }

  /** All {@code generator} elements under {@code root} (at any depth) whose class is {@code type}. */
  private static List<Element> generators(Element root, String type) {
    List<Element> found = new ArrayList<>();
    for (Element child : childElements(root)) {
      if (child.getTagName().equals("generator") && child.getAttribute("class").equals(type)) {
        found.add(child);
      }
      found.addAll(generators(child, type));
    }
    return found;
  }

  private static List<Element> childGenerators(Element parent) {
    List<Element> found = new ArrayList<>();
    for (Element child : childElements(parent)) {
      if (child.getTagName().equals("generator")) {
        found.add(child);
      }
    }
    return found;
  }

  private static List<Element> childElements(Element parent) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        found.add(e);
      }
    }
    return found;
  }
}
