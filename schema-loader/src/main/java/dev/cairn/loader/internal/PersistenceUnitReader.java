package dev.cairn.loader.internal;

import dev.cairn.loader.LoaderException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads one persistence unit from the {@code META-INF/persistence.xml} files on a class path. Only
 * what shapes the schema is read: classes, mapping files, jar files, whether unlisted classes are
 * excluded, and properties.
 */
public final class PersistenceUnitReader {
  private static final String PERSISTENCE_XML = "META-INF/persistence.xml";

  private PersistenceUnitReader() {}

  /**
   * A persistence unit's schema-relevant content.
   *
   * @param name the unit name
   * @param location the persistence.xml it was read from
   * @param root the unit's root (the directory or jar holding {@code META-INF/persistence.xml})
   * @param classes listed classes, in document order
   * @param mappingFiles listed mapping files, in document order
   * @param jarFiles listed jar files, resolved against the root's parent
   * @param excludeUnlistedClasses whether only listed classes belong to the unit
   * @param properties the unit's properties
   */
  public record Unit(
      String name,
      URL location,
      URL root,
      List<String> classes,
      List<String> mappingFiles,
      List<URL> jarFiles,
      boolean excludeUnlistedClasses,
      Map<String, String> properties) {}

  /**
   * Finds and reads a unit.
   *
   * @param loader the class loader whose {@code META-INF/persistence.xml} files are read
   * @param unitName the unit's name
   * @return the unit
   * @throws LoaderException when no file declares the unit, or a file cannot be read
   */
  public static Unit read(ClassLoader loader, String unitName) {
    List<String> seen = new ArrayList<>();
    List<URL> files = new ArrayList<>();
    try {
      Enumeration<URL> e = loader.getResources(PERSISTENCE_XML);
      while (e.hasMoreElements()) {
        files.add(e.nextElement());
      }
    } catch (IOException e) {
      throw new LoaderException("Cannot list " + PERSISTENCE_XML + " on the class path: " + e, e);
    }
    for (URL file : files) {
      Document doc = parse(file);
      NodeList units = doc.getElementsByTagNameNS("*", "persistence-unit");
      for (int i = 0; i < units.getLength(); i++) {
        Element unit = (Element) units.item(i);
        String name = unit.getAttribute("name");
        seen.add(name);
        if (unitName.equals(name)) {
          return toUnit(unit, file);
        }
      }
    }
    if (files.isEmpty()) {
      throw new LoaderException(
          "Persistence unit '"
              + unitName
              + "' was requested, but the class path has no "
              + PERSISTENCE_XML
              + ". Add the file, or give entity packages or classes instead.");
    }
    throw new LoaderException(
        "No persistence unit named '"
            + unitName
            + "' in "
            + files
            + "; the units declared there are "
            + seen
            + ".");
  }

  private static Unit toUnit(Element unit, URL file) {
    String fileUrl = file.toString();
    URL root = url(fileUrl.substring(0, fileUrl.length() - PERSISTENCE_XML.length()));
    List<String> classes = new ArrayList<>();
    List<String> mappingFiles = new ArrayList<>();
    List<URL> jarFiles = new ArrayList<>();
    boolean exclude = false;
    Map<String, String> properties = new LinkedHashMap<>();
    for (Node n = unit.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element child)) {
        continue;
      }
      String text = child.getTextContent().trim();
      switch (child.getLocalName() != null ? child.getLocalName() : child.getTagName()) {
        case "class" -> classes.add(text);
        case "mapping-file" -> mappingFiles.add(text);
        case "jar-file" -> jarFiles.add(resolveJarFile(root, text, file));
        // An empty element means true, as in the schema's default value.
        case "exclude-unlisted-classes" -> exclude = text.isEmpty() || Boolean.parseBoolean(text);
        case "properties" -> {
          NodeList props = child.getElementsByTagNameNS("*", "property");
          for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            properties.put(p.getAttribute("name"), p.getAttribute("value"));
          }
        }
        default -> {
          // provider, data sources, caching and validation modes do not shape the schema
        }
      }
    }
    return new Unit(
        unit.getAttribute("name"),
        file,
        root,
        List.copyOf(classes),
        List.copyOf(mappingFiles),
        List.copyOf(jarFiles),
        exclude,
        properties);
  }

  private static URL resolveJarFile(URL root, String jarFile, URL persistenceXml) {
    String rootText = root.toString();
    // A jar root looks like jar:file:/x/app.jar!/ ; jar-file names are relative to the directory
    // holding the root (JPA 8.2.1.6.3).
    String base =
        rootText.startsWith("jar:") ? rootText.substring(4, rootText.length() - 2) : rootText;
    try {
      URL resolved =
          rootText.startsWith("jar:")
              ? new URL(url(base), jarFile)
              : new URL(root, "../" + jarFile);
      URLConnection c = resolved.openConnection();
      try (InputStream ignored = c.getInputStream()) {
        return resolved;
      }
    } catch (IOException e) {
      throw new LoaderException(
          "The <jar-file>"
              + jarFile
              + "</jar-file> of "
              + persistenceXml
              + " cannot be found or read ("
              + e.getMessage()
              + "); fix the path or list the classes instead.",
          e);
    }
  }

  private static Document parse(URL file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      // persistence.xml never needs a DTD or external entities; refusing them keeps the parser
      // from fetching anything.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      URLConnection connection = file.openConnection();
      connection.setUseCaches(false);
      try (InputStream in = connection.getInputStream()) {
        return builder.parse(in, file.toString());
      }
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new LoaderException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("deprecation") // URL(String) is the only constructor accepting "jar:" nesting
  private static URL url(String spec) {
    try {
      return new URL(spec);
    } catch (java.net.MalformedURLException e) {
      throw new LoaderException("Malformed class path URL " + spec, e);
    }
  }
}
