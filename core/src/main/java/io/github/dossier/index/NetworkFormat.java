package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * File formats for a co-occurrence {@link Network}, readable by Gephi, Cytoscape, igraph and
 * spreadsheets. Every format is written as it goes, never held in memory whole.
 *
 * <ul>
 *   <li>{@link #CSV}: an edge list with header {@code
 *       Source,Target,Type,Weight,PMI,LogLikelihood,SourceName,TargetName}; Source and Target are
 *       entity ids such as {@code person:alice adams} (type field name, colon, key), Type is always
 *       {@code Undirected}, Weight the units shared.
 *   <li>{@link #GRAPHML}: GraphML, undirected; nodes {@code n0, n1, ...} with data {@code label,
 *       type, key, articles, mentions, occurrences}; edges with {@code weight} (units shared),
 *       {@code pmi}, {@code logLikelihood}.
 *   <li>{@link #GEXF}: GEXF 1.3, undirected; node labels are names, node attributes {@code type,
 *       key, articles, mentions, occurrences}; edge weight = units shared, edge attributes {@code
 *       pmi, logLikelihood}.
 * </ul>
 */
public enum NetworkFormat {
  /** Comma-separated edge list (RFC 4180 quoting). */
  CSV,
  /** GraphML XML. */
  GRAPHML,
  /** GEXF 1.3 XML (Gephi's own format). */
  GEXF;

  /** Parses {@code csv}, {@code graphml} or {@code gexf}, ignoring case; empty for anything else. */
  public static Optional<NetworkFormat> parse(String name) {
    checkNotNull(name, "format name");
    for (NetworkFormat f : values()) {
      if (f.name().equalsIgnoreCase(name.trim())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Writes {@code network} to {@code out} in this format. */
  public void write(Network network, Appendable out) throws IOException {
    checkNotNull(network, "network");
    checkNotNull(out, "out");
    switch (this) {
      case CSV -> writeCsv(network, out);
      case GRAPHML -> writeGraphMl(network, out);
      case GEXF -> writeGexf(network, out);
    }
  }

  private static void writeCsv(Network network, Appendable out) throws IOException {
    Map<EntityId, String> names = new HashMap<>();
    network.nodes().forEach(n -> names.put(n.entity(), n.name()));
    out.append("Source,Target,Type,Weight,PMI,LogLikelihood,SourceName,TargetName\n");
    for (NetworkEdge e : network.edges()) {
      out.append(csv(e.source().toString())).append(',')
          .append(csv(e.target().toString())).append(",Undirected,")
          .append(Long.toString(e.together())).append(',')
          .append(number(e.pmi())).append(',')
          .append(number(e.logLikelihood())).append(',')
          .append(csv(names.getOrDefault(e.source(), e.source().key()))).append(',')
          .append(csv(names.getOrDefault(e.target(), e.target().key()))).append('\n');
    }
  }

  private static void writeGraphMl(Network network, Appendable out) throws IOException {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
            + "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    key(out, "label", "node", "string");
    key(out, "type", "node", "string");
    key(out, "key", "node", "string");
    key(out, "articles", "node", "long");
    key(out, "mentions", "node", "long");
    key(out, "occurrences", "node", "long");
    key(out, "weight", "edge", "long");
    key(out, "pmi", "edge", "double");
    key(out, "logLikelihood", "edge", "double");
    out.append("  <graph id=\"dossier\" edgedefault=\"undirected\">\n");
    Map<EntityId, String> ids = nodeIds(network.nodes());
    for (NetworkNode n : network.nodes()) {
      out.append("    <node id=\"").append(ids.get(n.entity())).append("\">");
      data(out, "label", n.name());
      data(out, "type", n.entity().type().name());
      data(out, "key", n.entity().key());
      data(out, "articles", Long.toString(n.articles()));
      data(out, "mentions", Long.toString(n.mentions()));
      data(out, "occurrences", Long.toString(n.occurrences()));
      out.append("</node>\n");
    }
    int e = 0;
    for (NetworkEdge edge : network.edges()) {
      out.append("    <edge id=\"e").append(Integer.toString(e++)).append("\" source=\"")
          .append(ids.get(edge.source())).append("\" target=\"").append(ids.get(edge.target()))
          .append("\">");
      data(out, "weight", Long.toString(edge.together()));
      data(out, "pmi", number(edge.pmi()));
      data(out, "logLikelihood", number(edge.logLikelihood()));
      out.append("</edge>\n");
    }
    out.append("  </graph>\n</graphml>\n");
  }

  private static void writeGexf(Network network, Appendable out) throws IOException {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n")
        .append("  <meta><creator>Dossier</creator><description>")
        .append(xml("entity co-occurrence by " + network.level().name().toLowerCase(Locale.ROOT)
            + " over " + network.units() + " units"))
        .append("</description></meta>\n")
        .append("  <graph defaultedgetype=\"undirected\" mode=\"static\">\n")
        .append("    <attributes class=\"node\">\n")
        .append("      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n")
        .append("      <attribute id=\"key\" title=\"key\" type=\"string\"/>\n")
        .append("      <attribute id=\"articles\" title=\"articles\" type=\"long\"/>\n")
        .append("      <attribute id=\"mentions\" title=\"mentions\" type=\"long\"/>\n")
        .append("      <attribute id=\"occurrences\" title=\"occurrences\" type=\"long\"/>\n")
        .append("    </attributes>\n")
        .append("    <attributes class=\"edge\">\n")
        .append("      <attribute id=\"pmi\" title=\"pmi\" type=\"double\"/>\n")
        .append("      <attribute id=\"logLikelihood\" title=\"logLikelihood\" type=\"double\"/>\n")
        .append("    </attributes>\n")
        .append("    <nodes>\n");
    Map<EntityId, String> ids = nodeIds(network.nodes());
    for (NetworkNode n : network.nodes()) {
      out.append("      <node id=\"").append(ids.get(n.entity())).append("\" label=\"")
          .append(xml(n.name())).append("\"><attvalues>");
      attvalue(out, "type", n.entity().type().name());
      attvalue(out, "key", n.entity().key());
      attvalue(out, "articles", Long.toString(n.articles()));
      attvalue(out, "mentions", Long.toString(n.mentions()));
      attvalue(out, "occurrences", Long.toString(n.occurrences()));
      out.append("</attvalues></node>\n");
    }
    out.append("    </nodes>\n    <edges>\n");
    int e = 0;
    for (NetworkEdge edge : network.edges()) {
      out.append("      <edge id=\"e").append(Integer.toString(e++)).append("\" source=\"")
          .append(ids.get(edge.source())).append("\" target=\"").append(ids.get(edge.target()))
          .append("\" weight=\"").append(Long.toString(edge.together())).append("\"><attvalues>");
      attvalue(out, "pmi", number(edge.pmi()));
      attvalue(out, "logLikelihood", number(edge.logLikelihood()));
      out.append("</attvalues></edge>\n");
    }
    out.append("    </edges>\n  </graph>\n</gexf>\n");
  }

  private static Map<EntityId, String> nodeIds(List<NetworkNode> nodes) {
    Map<EntityId, String> ids = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      ids.put(nodes.get(i).entity(), "n" + i);
    }
    return ids;
  }

  private static void key(Appendable out, String name, String domain, String type) throws IOException {
    out.append("  <key id=\"").append(name).append("\" for=\"").append(domain)
        .append("\" attr.name=\"").append(name).append("\" attr.type=\"").append(type).append("\"/>\n");
  }

  private static void data(Appendable out, String key, String value) throws IOException {
    out.append("<data key=\"").append(key).append("\">").append(xml(value)).append("</data>");
  }

  private static void attvalue(Appendable out, String id, String value) throws IOException {
    out.append("<attvalue for=\"").append(id).append("\" value=\"").append(xml(value)).append("\"/>");
  }

  /** A finite double as Java writes it; infinities as "-Infinity"/"Infinity". */
  static String number(double d) {
    return Double.toString(d);
  }

  /** {@code s} quoted for CSV if it holds a comma, quote, line break or edge space. */
  static String csv(String s) {
    boolean quote = s.isEmpty() ? false
        : s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
            || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1));
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /** {@code s} escaped for XML text and attributes; characters XML 1.0 forbids are dropped. */
  static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            if (c != 0xFFFE && c != 0xFFFF) {
              b.append(c);
            }
          }
        }
      }
    }
    return b.toString();
  }
}
