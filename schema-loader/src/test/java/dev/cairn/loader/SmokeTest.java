package dev.cairn.loader;

import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void prints() {
    for (String p : new String[] {"generators", "enums", "collections"}) {
      LoadedSchema s =
          SchemaLoader.load(
              LoaderOptions.builder().packages("dev.cairn.loader.models." + p).build());
      System.out.println(s.ddl());
    }
  }
}
