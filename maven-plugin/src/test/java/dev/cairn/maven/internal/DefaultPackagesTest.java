package dev.cairn.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultPackagesTest {
  @TempDir Path classes;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          com/example/shop/Order.class,com/example/shop/web/Api.class      | com.example.shop
          com/example/shop/a/A.class,com/example/shop/b/B.class            | com.example.shop.a,com.example.shop.b
          com/example/App.class,com/example/shop/Order.class               | com.example
          com/a/A.class,org/b/B.class                                      | com.a,org.b
          Main.class,com/a/A.class                                         | com.a
          META-INF/persistence.xml,db/migrations/1_a.sql,com/a/A.class     | com.a
          """)
  void shallowestPackagesHoldingClasses(String files, String expected) throws IOException {
    for (String f : files.split(",")) {
      Path p = classes.resolve(f);
      Files.createDirectories(p.getParent() == null ? classes : p.getParent());
      Files.writeString(p, "");
    }
    assertThat(String.join(",", DefaultPackages.of(classes))).isEqualTo(expected);
  }

  @Test
  void nothingWithoutClassesOrDirectory() throws IOException {
    Files.createDirectories(classes.resolve("db/migrations"));
    assertThat(DefaultPackages.of(classes)).isEmpty();
    assertThat(DefaultPackages.of(classes.resolve("missing"))).isEmpty();
  }
}
