package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every {@code cairn} command in docs/existing-databases.md is a command line that parses. */
class ExistingDatabasesDocTest {
  private static final Path DOC =
      Path.of("..", "docs", "existing-databases.md").toAbsolutePath().normalize();
  private static final Pattern FENCE = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyCommandShownParses() throws IOException {
    List<String> commands = new ArrayList<>();
    Matcher m = FENCE.matcher(Files.readString(DOC));
    while (m.find()) {
      if (!m.group(1).equals("sh")) {
        continue;
      }
      for (String line : m.group(2).replace("\\\n", " ").split("\n")) {
        String code = line.strip();
        if (code.startsWith("cairn ")) {
          commands.add(code.substring("cairn ".length()));
        }
      }
    }
    assertThat(commands)
        .as("cairn commands in %s", DOC)
        .hasSize(7)
        .anyMatch(c -> c.startsWith("schema drift"))
        .anyMatch(c -> c.startsWith("migrate adopt"))
        .anyMatch(c -> c.startsWith("migrate import"))
        .anyMatch(c -> c.startsWith("schema reconcile"));
    for (String command : commands) {
      CommandLine cmd = Main.commandLine(CliRun.CLOCK);
      try {
        cmd.parseArgs(HelpTreeTest.tokenize(command).toArray(new String[0]));
      } catch (CommandLine.ParameterException e) {
        throw new AssertionError("'cairn " + command + "' does not parse: " + e.getMessage(), e);
      }
    }
  }
}
