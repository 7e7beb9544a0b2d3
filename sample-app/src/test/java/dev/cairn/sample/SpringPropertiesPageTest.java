package dev.cairn.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The properties table of docs/spring-boot.md (the {@code cairn.*} reference) names exactly the
 * properties the starter declares in its configuration metadata, with the same defaults.
 */
class SpringPropertiesPageTest {
  private static final Pattern ROW =
      Pattern.compile("(?m)^\\| `((?:cairn|management)\\.[a-z.-]+)` \\| `?([^`|]*?)`? \\|");

  @Test
  void thePropertiesTableMatchesTheStartersMetadata() throws IOException {
    String page = Files.readString(Repo.root().resolve("docs/spring-boot.md"));
    Map<String, String> documented = new TreeMap<>();
    Matcher m = ROW.matcher(page);
    while (m.find()) {
      documented.put(m.group(1), m.group(2).strip());
    }

    Map<String, String> declared = new TreeMap<>();
    for (Map<String, Object> p : starterProperties()) {
      String name = (String) p.get("name");
      if (name.startsWith("cairn.") || documented.containsKey(name)) {
        Object def = p.get("defaultValue");
        declared.put(name, def == null ? "–" : def.toString());
      }
    }

    assertThat(declared).isNotEmpty();
    assertThat(documented).containsExactlyInAnyOrderEntriesOf(declared);
  }

  /** The properties of the metadata file that declares {@code cairn.*} (JSON, read as YAML). */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> starterProperties() throws IOException {
    for (URL url :
        Collections.list(
            SpringPropertiesPageTest.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        // JSON is YAML but for one escape: JSON may write '/' as '\/'.
        String json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\\/", "/");
        if (!json.contains("\"cairn.")) {
          continue;
        }
        Map<String, Object> root = new Yaml().load(json);
        List<Map<String, Object>> props = (List<Map<String, Object>>) root.get("properties");
        if (props != null
            && props.stream().anyMatch(p -> ((String) p.get("name")).startsWith("cairn."))) {
          return props;
        }
      }
    }
    throw new AssertionError("no configuration metadata declaring cairn.* on the class path");
  }
}
