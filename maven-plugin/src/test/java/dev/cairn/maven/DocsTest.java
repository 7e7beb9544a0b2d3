package dev.cairn.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/maven-plugin.md} names only goals, parameters and user properties the plugin has:
 * checked against the plugin descriptor the build generated.
 */
class DocsTest {
  private static final Path DOC = Path.of("..", "docs", "maven-plugin.md");
  private static final Path DESCRIPTOR =
      Path.of("target", "classes", "META-INF", "maven", "plugin.xml");

  /** Goal to its parameters' names and user properties. */
  private static Map<String, Set<String>> descriptor() throws IOException {
    String xml = Files.readString(DESCRIPTOR);
    Map<String, Set<String>> goals = new HashMap<>();
    Matcher mojo = Pattern.compile("<mojo>(.*?)</mojo>", Pattern.DOTALL).matcher(xml);
    while (mojo.find()) {
      String body = mojo.group(1);
      Matcher goal = Pattern.compile("<goal>(.*?)</goal>").matcher(body);
      assertThat(goal.find()).isTrue();
      Set<String> names = new HashSet<>();
      Matcher param = Pattern.compile("<parameter>\\s*<name>(.*?)</name>").matcher(body);
      while (param.find()) {
        names.add(param.group(1));
      }
      Matcher property = Pattern.compile("\\$\\{(cairn\\.[A-Za-z]+)}").matcher(body);
      while (property.find()) {
        names.add(property.group(1));
      }
      goals.put(goal.group(1), names);
    }
    return goals;
  }

  @Test
  void everyGoalAndPropertyInTheDocExists() throws IOException {
    Map<String, Set<String>> goals = descriptor();
    assertThat(goals.keySet())
        .containsExactlyInAnyOrder(
            "diff", "check", "validate", "lint", "hash", "apply", "status", "drift");
    String doc = Files.readString(DOC);
    Set<String> allNames = new HashSet<>();
    goals.values().forEach(allNames::addAll);

    Matcher goal = Pattern.compile("(?<![\\w.])cairn:([a-z]+)").matcher(doc);
    Set<String> documentedGoals = new HashSet<>();
    while (goal.find()) {
      documentedGoals.add(goal.group(1));
    }
    documentedGoals.remove("skip"); // "cairn:skip-on", a migration directive
    assertThat(goals.keySet()).containsAll(documentedGoals);
    assertThat(documentedGoals).containsAll(goals.keySet());

    Matcher property = Pattern.compile("(cairn\\.[A-Za-z]+)").matcher(doc);
    while (property.find()) {
      assertThat(allNames)
          .as("documented property %s", property.group(1))
          .contains(property.group(1));
    }
    Matcher column = Pattern.compile("(?m)^\\| `([A-Za-z]+)`(?:, `([A-Za-z]+)`)? \\|").matcher(doc);
    int rows = 0;
    while (column.find()) {
      rows++;
      assertThat(allNames).as("documented parameter %s", column.group(1)).contains(column.group(1));
      if (column.group(2) != null) {
        assertThat(allNames).contains(column.group(2));
      }
    }
    assertThat(rows).isGreaterThan(30);
  }

  @Test
  void everyCommandLineInTheDocUsesPropertiesOfItsGoals() throws IOException {
    Map<String, Set<String>> goals = descriptor();
    Matcher line = Pattern.compile("(?m)^.*\\bmvn (.*)$").matcher(Files.readString(DOC));
    int checked = 0;
    while (line.find()) {
      String[] words = line.group(1).replaceAll("#.*$", "").trim().split("\\s+");
      Set<String> props = new HashSet<>();
      for (String w : words) {
        if (w.startsWith("-Dcairn.")) {
          props.add(w.substring(2).replaceAll("=.*$", ""));
        }
      }
      for (String w : words) {
        if (w.startsWith("cairn:")) {
          Set<String> names = goals.get(w.substring("cairn:".length()));
          assertThat(names).as("goal %s", w).isNotNull();
          for (String p : props) {
            assertThat(names).as("%s of %s in: %s", p, w, line.group()).contains(p);
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(6);
  }
}
