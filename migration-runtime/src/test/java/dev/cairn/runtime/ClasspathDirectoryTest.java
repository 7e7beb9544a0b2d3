package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;

/** A migration directory packaged inside a jar on the class path, as in a deployed application. */
@WithPostgres
class ClasspathDirectoryTest {

  @Test
  void appliesADirectoryFromInsideAJar(ScratchDatabase db) throws Exception {
    TestDir src =
        TestDir.create()
            .add("20240101000000_users.sql", "CREATE TABLE users (id int);\n")
            .add("20240102000000_orders.sql", "CREATE TABLE orders (id int);\n");
    Path jar = Files.createTempFile("app", ".jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out)) {
      j.putNextEntry(new JarEntry("db/"));
      j.closeEntry();
      j.putNextEntry(new JarEntry("db/migrations/"));
      j.closeEntry();
      for (String name :
          new String[] {"20240101000000_users.sql", "20240102000000_orders.sql", "atlas.sum"}) {
        j.putNextEntry(new JarEntry("db/migrations/" + name));
        j.write(Files.readAllBytes(src.path().resolve(name)));
        j.closeEntry();
      }
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      MigrateResult r =
          Cairn.configure()
              .dataSource(db.dataSource())
              .classLoader(loader)
              .directory("classpath:db/migrations")
              .load()
              .migrate();
      assertThat(r.migrations())
          .extracting(AppliedMigration::file)
          .containsExactly("20240101000000_users.sql", "20240102000000_orders.sql");
    }
    // The same files from the file system continue the same history.
    assertThat(src.cairn(db).load().migrate().wasUpToDate()).isTrue();
  }
}
