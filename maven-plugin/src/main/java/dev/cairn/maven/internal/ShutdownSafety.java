package dev.cairn.maven.internal;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Lets the embedded dev server stop when Maven exits. The server is stopped by a JVM shutdown hook,
 * which runs after Maven has closed the plugin's class realm; any class the hook needs and has not
 * loaded yet can then no longer be found, the stop fails with {@code NoClassDefFoundError} and the
 * PostgreSQL process is left running. Loading the (few hundred) classes of the jars the stop uses
 * while the realm is open avoids that.
 */
public final class ShutdownSafety {
  private static final AtomicBoolean DONE = new AtomicBoolean();

  /** Classes whose jars the embedded server's stop needs. */
  private static final String[] ANCHORS = {
    "io.zonky.test.db.postgres.embedded.EmbeddedPostgres", "org.apache.commons.io.FileUtils"
  };

  private ShutdownSafety() {}

  /** Preloads the classes once per class realm. */
  public static void prepare() {
    if (!DONE.compareAndSet(false, true)) {
      return;
    }
    ClassLoader loader = ShutdownSafety.class.getClassLoader();
    for (String anchor : ANCHORS) {
      URL url = loader.getResource(anchor.replace('.', '/') + ".class");
      if (url == null || !"jar".equals(url.getProtocol())) {
        continue;
      }
      try {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.endsWith(".class")
                && !name.startsWith("META-INF/")
                && !name.endsWith("module-info.class")) {
              load(loader, name.substring(0, name.length() - ".class".length()).replace('/', '.'));
            }
          }
        }
      } catch (IOException e) {
        // Best effort: without it, only the stop at JVM exit is affected.
      }
    }
  }

  private static void load(ClassLoader loader, String name) {
    try {
      Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      // Classes for optional dependencies of the jar cannot load; the stop does not use them.
    }
  }
}
