package dev.cairn.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code cairn:check} binding docs/howto-ci.md shows is the one this module's build runs: every
 * element with a value in the page's {@code xml} block (but the version, a property here) appears
 * in sample-app/pom.xml.
 */
class CiHowtoBindingTest {
  private static final Pattern XML_BLOCK = Pattern.compile("(?s)```xml\\n(.*?)```");
  private static final Pattern VALUE = Pattern.compile("^\\s*(<([a-zA-Z]+)>[^<]+</\\2>)\\s*$");

  @Test
  void thePagesBindingIsTheSampleAppsOwn() throws IOException {
    String page = Files.readString(Repo.root().resolve("docs/howto-ci.md"));
    String pom = Files.readString(Repo.root().resolve("sample-app/pom.xml"));
    Matcher block = XML_BLOCK.matcher(page);
    assertThat(block.find()).as("an xml block in docs/howto-ci.md").isTrue();
    List<String> elements = new ArrayList<>();
    for (String line : block.group(1).split("\n")) {
      Matcher m = VALUE.matcher(line);
      if (m.matches() && !m.group(2).equals("version")) {
        elements.add(m.group(1));
      }
    }
    assertThat(elements)
        .contains("<goal>check</goal>", "<artifactId>cairn-maven-plugin</artifactId>");
    assertThat(elements).allSatisfy(e -> assertThat(pom).contains(e));
  }
}
