package dev.cairn.cli.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A project configuration file ({@code cairn.yaml}): named environments whose keys are the long
 * names of command options, like {@code env} blocks of Atlas's {@code atlas.hcl}.
 *
 * <pre>
 * env:
 *   dev:
 *     url: jdbc:postgresql://localhost:5432/app
 *     user: app
 *     password: ${APP_DB_PASSWORD}
 *     dir: file://src/main/resources/db/migrations
 *   prod:
 *     url: ${PROD_DATABASE_URL}
 *     lock-timeout: 30s
 *     schema: [public, billing]
 * </pre>
 *
 * <p>Every scalar is read as text (no YAML type guessing: {@code 0123} stays {@code 0123}), and
 * {@code ${VAR}} / {@code ${VAR:-default}} are replaced by environment variables when an
 * environment is selected; {@code $$} is a literal {@code $}.
 */
public final class ProjectConfig {
  /** The file names looked up in the working directory, in order. */
  public static final List<String> FILE_NAMES = List.of("cairn.yaml", "cairn.yml");

  private final Path file;
  private final Map<String, Map<String, List<String>>> environments;

  private ProjectConfig(Path file, Map<String, Map<String, List<String>>> environments) {
    this.file = file;
    this.environments = environments;
  }

  /**
   * Reads and checks the file's structure (values are interpolated only on {@link #environment}).
   *
   * @param file the file
   * @return the configuration
   * @throws ProjectConfigException when the file cannot be read or has the wrong shape
   */
  public static ProjectConfig load(Path file) {
    Object root;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = yaml().load(r);
    } catch (NoSuchFileException e) {
      throw new ProjectConfigException("configuration file " + file + " does not exist");
    } catch (IOException e) {
      throw new ProjectConfigException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (YAMLException e) {
      throw new ProjectConfigException(
          file + " is not valid YAML: " + e.getMessage().replace('\n', ' '), e);
    }
    if (root == null) {
      throw new ProjectConfigException(file + " is empty; it needs an 'env:' map of environments");
    }
    if (!(root instanceof Map<?, ?> top)) {
      throw new ProjectConfigException(
          file + " must be a YAML map with an 'env:' key, e.g. env: { dev: { url: … } }");
    }
    for (Object key : top.keySet()) {
      if (!"env".equals(key)) {
        throw new ProjectConfigException(
            file + ": unknown top-level key '" + key + "'; only 'env:' is supported");
      }
    }
    if (!(top.get("env") instanceof Map<?, ?> envs) || envs.isEmpty()) {
      throw new ProjectConfigException(
          file
              + ": 'env:' must map environment names to their settings, e.g. env: { dev: { url:"
              + " … } }");
    }
    Map<String, Map<String, List<String>>> parsed = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : envs.entrySet()) {
      String name = String.valueOf(e.getKey());
      Object body = e.getValue();
      Map<String, List<String>> values = new LinkedHashMap<>();
      if (body instanceof Map<?, ?> settings) {
        for (Map.Entry<?, ?> s : settings.entrySet()) {
          String key = String.valueOf(s.getKey());
          values.put(key, values(file, name, key, s.getValue()));
        }
      } else if (body != null && !"".equals(body)) {
        throw new ProjectConfigException(
            file + ": env '" + name + "' must be a map of option names to values");
      }
      parsed.put(name, Collections.unmodifiableMap(values));
    }
    return new ProjectConfig(file, Collections.unmodifiableMap(parsed));
  }

  private static List<String> values(Path file, String env, String key, Object value) {
    if (value instanceof List<?> list) {
      List<String> out = new ArrayList<>();
      for (Object item : list) {
        if (item instanceof Map<?, ?> || item instanceof List<?>) {
          throw new ProjectConfigException(
              file + ": env '" + env + "', key '" + key + "' must be a value or a list of values");
        }
        out.add(String.valueOf(item));
      }
      return List.copyOf(out);
    }
    if (value instanceof Map<?, ?>) {
      throw new ProjectConfigException(
          file + ": env '" + env + "', key '" + key + "' must be a value or a list of values");
    }
    String text = value == null ? "" : String.valueOf(value);
    return text.isEmpty() ? List.of() : List.of(text);
  }

  /** A YAML reader that keeps every scalar as a string and refuses duplicate keys. */
  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    Resolver stringsOnly =
        new Resolver() {
          @Override
          protected void addImplicitResolvers() {
            // No implicit types: "0123", "yes", "1.10" and dates stay text, as typed. Merge keys
            // (<<: *anchor) still work, to share settings between environments.
            addImplicitResolver(Tag.MERGE, MERGE, "<");
          }
        };
    DumperOptions dump = new DumperOptions();
    return new Yaml(
        new SafeConstructor(options), new Representer(dump), dump, options, stringsOnly);
  }

  /**
   * The file this configuration was read from.
   *
   * @return the path
   */
  public Path file() {
    return file;
  }

  /**
   * The environment names, in file order.
   *
   * @return the names
   */
  public Set<String> environments() {
    return environments.keySet();
  }

  /**
   * The raw (not interpolated) keys of an environment.
   *
   * @param name the environment
   * @return its keys, in file order
   */
  public Set<String> keys(String name) {
    return requireEnvironment(name).keySet();
  }

  /**
   * An environment's settings with {@code ${VAR}} references replaced.
   *
   * @param name the environment
   * @param variables looks up environment variables (null when unset)
   * @return option long name (without dashes) to its values, in file order; keys without a value
   *     are left out
   * @throws ProjectConfigException for an unknown environment, an unset variable without default,
   *     or a malformed reference
   */
  public Map<String, List<String>> environment(String name, Function<String, String> variables) {
    Map<String, List<String>> raw = requireEnvironment(name);
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : raw.entrySet()) {
      List<String> values = new ArrayList<>();
      for (String v : e.getValue()) {
        String where = file + ": env '" + name + "', key '" + e.getKey() + "'";
        values.add(interpolate(v, variables, where));
      }
      values.removeIf(String::isEmpty);
      if (!values.isEmpty()) {
        out.put(e.getKey(), List.copyOf(values));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private Map<String, List<String>> requireEnvironment(String name) {
    Map<String, List<String>> env = environments.get(Objects.requireNonNull(name, "name"));
    if (env == null) {
      throw new ProjectConfigException(
          "environment '"
              + name
              + "' is not defined in "
              + file
              + "; defined: "
              + String.join(", ", environments.keySet()));
    }
    return env;
  }

  /**
   * Replaces {@code ${VAR}} and {@code ${VAR:-default}} by environment variables; {@code $$} is a
   * literal {@code $}, and a {@code $} before anything else stays as it is.
   *
   * @param text the text
   * @param variables looks up a variable (null when unset)
   * @param where names the setting, for messages
   * @return the interpolated text; as in a POSIX shell, {@code ${VAR}} of a variable set to the
   *     empty string is empty and {@code ${VAR:-default}} is the default
   * @throws ProjectConfigException when a variable is unset and has no default, or a reference is
   *     malformed
   */
  public static String interpolate(String text, Function<String, String> variables, String where) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '$' || i + 1 >= text.length()) {
        out.append(c);
        i++;
        continue;
      }
      char next = text.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i += 2;
        continue;
      }
      if (next != '{') {
        out.append(c);
        i++;
        continue;
      }
      int close = text.indexOf('}', i + 2);
      if (close < 0) {
        throw new ProjectConfigException(
            where + ": unclosed '${' (write ${NAME} or ${NAME:-default}; $$ for a literal $)");
      }
      String ref = text.substring(i + 2, close);
      int sep = ref.indexOf(":-");
      String name = sep < 0 ? ref : ref.substring(0, sep);
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new ProjectConfigException(
            where
                + ": '${"
                + ref
                + "}' does not name an environment variable (write ${NAME} or"
                + " ${NAME:-default})");
      }
      String value = variables.apply(name);
      if (value == null || (value.isEmpty() && sep >= 0)) {
        if (sep < 0) {
          throw new ProjectConfigException(
              where
                  + " needs the environment variable "
                  + name
                  + ", which is not set; set it or write ${"
                  + name
                  + ":-default}");
        }
        value = ref.substring(sep + 2);
      }
      out.append(value);
      i = close + 1;
    }
    return out.toString();
  }
}
