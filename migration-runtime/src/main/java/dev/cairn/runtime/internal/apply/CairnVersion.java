package dev.cairn.runtime.internal.apply;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Cairn's version, as written into the revision table's {@code operator_version} column. */
public final class CairnVersion {
  /** The version, e.g. {@code 0.1.0}. */
  public static final String VERSION = read();

  /**
   * The {@code operator_version} value, e.g. {@code Cairn v0.1.0} (Atlas writes {@code Atlas CLI
   * v…}).
   */
  public static final String OPERATOR = "Cairn v" + VERSION;

  private CairnVersion() {}

  private static String read() {
    try (InputStream in = CairnVersion.class.getResourceAsStream("cairn-version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.startsWith("$")) {
          return v;
        }
      }
    } catch (IOException e) {
      // fall through
    }
    return "unknown";
  }
}
