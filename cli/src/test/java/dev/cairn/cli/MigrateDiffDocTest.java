package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every {@code cairn …} command shown in {@code docs/migrate-diff.md} parses with the real command
 * line, and every option the page names in backticks exists on {@code migrate diff} or {@code
 * schema diff}: the page cannot drift from the commands it documents.
 */
class MigrateDiffDocTest {
  private static final Path DOC =
      Path.of("..", "docs", "migrate-diff.md").toAbsolutePath().normalize();
  private static final Pattern FENCE = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path workingDirectory;

  private CommandLine commandLine() {
    return Main.commandLine(CliRun.environment(Map.of(), workingDirectory, false));
  }

  @Test
  void everyCommandShownParses() throws IOException {
    List<String> commands = commands(Files.readString(DOC));
    assertThat(commands).as("cairn commands in %s", DOC).hasSizeGreaterThanOrEqualTo(5);
    for (String command : commands) {
      List<String> args = HelpTreeTest.tokenize(command);
      try {
        commandLine().parseArgs(args.toArray(new String[0]));
      } catch (CommandLine.ParameterException e) {
        throw new AssertionError("'cairn " + command + "' does not parse: " + e.getMessage(), e);
      }
    }
  }

  @Test
  void everyOptionNamedInTheTextExists() throws IOException {
    String text = Files.readString(DOC);
    CommandLine cli = commandLine();
    CommandLine migrateDiff = cli.getSubcommands().get("migrate").getSubcommands().get("diff");
    CommandLine schemaDiff = cli.getSubcommands().get("schema").getSubcommands().get("diff");
    Matcher m = Pattern.compile("`(--[a-z][a-z-]*)").matcher(text);
    List<String> named = new ArrayList<>();
    while (m.find()) {
      named.add(m.group(1));
    }
    assertThat(named).contains("--dev-url", "--down", "--check", "--rename");
    for (String name : named) {
      // A negatable option is found by its positive name.
      String option = name.startsWith("--no-") ? "--" + name.substring(5) : name;
      assertThat(
              migrateDiff.getCommandSpec().findOption(option) != null
                  || schemaDiff.getCommandSpec().findOption(option) != null)
          .as("option %s named in docs/migrate-diff.md", name)
          .isTrue();
    }
  }

  /** The arguments of every {@code cairn …} line in shell blocks, continuations joined. */
  private static List<String> commands(String markdown) {
    List<String> out = new ArrayList<>();
    Matcher m = FENCE.matcher(markdown);
    while (m.find()) {
      if (!m.group(1).equals("bash") && !m.group(1).equals("sh")) {
        continue;
      }
      String block = m.group(2).replaceAll("\\\\\\n", " ");
      for (String line : block.split("\n")) {
        String code = line.replaceAll("\\s+#.*$", "").trim();
        if (code.startsWith("cairn ")) {
          out.add(code.substring("cairn ".length()).trim());
        }
      }
    }
    return out;
  }
}
