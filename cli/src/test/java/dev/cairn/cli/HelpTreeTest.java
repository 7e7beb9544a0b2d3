package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Walks the whole command tree: every command and subcommand must describe itself, show at least
 * one example, print its help with exit code 0, offer the global options, and every example it
 * shows must be a command line that parses.
 */
class HelpTreeTest {
  @TempDir static Path workingDirectory;

  @BeforeAll
  static void environmentsUsedByExamples() throws IOException {
    Files.writeString(
        workingDirectory.resolve("cairn.yaml"), "env:\n  dev: {}\n  ci: {}\n  prod: {}\n");
  }

  static Stream<String> commands() {
    List<String> names = new ArrayList<>();
    collect(Main.commandLine(CliRun.CLOCK), names);
    return names.stream();
  }

  private static void collect(CommandLine cmd, List<String> names) {
    names.add(cmd.getCommandSpec().qualifiedName());
    for (CommandLine sub : cmd.getSubcommands().values()) {
      if (!names.contains(sub.getCommandSpec().qualifiedName())) {
        collect(sub, names);
      }
    }
  }

  private static CommandSpec spec(String qualifiedName) {
    CommandLine cmd = Main.commandLine(CliRun.CLOCK);
    for (String part : qualifiedName.split(" ")) {
      if (!part.equals("cairn")) {
        cmd = cmd.getSubcommands().get(part);
      }
    }
    return cmd.getCommandSpec();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void describesItself(String command) {
    CommandSpec spec = spec(command);
    assertThat(String.join(" ", spec.usageMessage().description()))
        .as("description of '%s'", command)
        .isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void printsHelpWithUsageGlobalOptionsAndExamples(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.remove(0);
    args.add("--help");
    CliRun run = CliRun.cairn(Map.of(), workingDirectory, args.toArray(new String[0]));
    assertThat(run.exitCode()).as("exit code of '%s --help'", command).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("Usage: " + command)
        .contains("Examples:")
        .contains("--env=NAME")
        .contains("--color=WHEN");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyExampleIsACommandLineThatParses(String command) {
    List<List<String>> examples = examples(spec(command));
    assertThat(examples).as("examples of '%s'", command).isNotEmpty();
    for (List<String> example : examples) {
      CommandLine fresh = Main.commandLine(CliRun.environment(Map.of(), workingDirectory, false));
      try {
        fresh.parseArgs(example.subList(1, example.size()).toArray(new String[0]));
      } catch (CommandLine.ParameterException e) {
        throw new AssertionError(
            "example of '" + command + "' does not parse: " + example + ": " + e.getMessage(), e);
      }
    }
  }

  /** Footer lines of the form {@code cairn …}, each cut before a trailing remark or pipe. */
  static List<List<String>> examples(CommandSpec spec) {
    List<List<String>> out = new ArrayList<>();
    for (String line : spec.usageMessage().footer()) {
      String t = line.trim();
      if (!t.startsWith("cairn ")) {
        continue;
      }
      for (String cut : List.of("  (", " && ", " || ", " | ", " > ", " # ")) {
        int i = t.indexOf(cut);
        if (i >= 0) {
          t = t.substring(0, i);
        }
      }
      out.add(tokenize(t.trim()));
    }
    return out;
  }

  /** Splits like a POSIX shell does for simple words and single or double quotes. */
  static List<String> tokenize(String line) {
    List<String> tokens = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean inToken = false;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          cur.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inToken = true;
      } else if (Character.isWhitespace(c)) {
        if (inToken) {
          tokens.add(cur.toString());
          cur.setLength(0);
          inToken = false;
        }
      } else {
        cur.append(c);
        inToken = true;
      }
    }
    if (inToken) {
      tokens.add(cur.toString());
    }
    return tokens;
  }
}
