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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Every {@code cairn} command shown in the CLI and container docs is a command line that parses,
 * with the documentation's own {@code cairn.yaml} as the project file, so its keys are checked too.
 */
class DocsExamplesTest {
  private static final Path DOCS = Path.of("..", "docs").toAbsolutePath().normalize();
  private static final Pattern FENCE = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CAIRN = Pattern.compile("(?:^|[\\s\"/])(?:cli/)?cairn (.*)$");
  private static final Map<String, String> VARIABLES =
      Map.of(
          "PROD_DATABASE_URL", "jdbc:postgresql://prod.internal:5432/shop",
          "PROD_DATABASE_PASSWORD", "from-the-secret-store");

  @TempDir Path workingDirectory;

  @ParameterizedTest
  @CsvSource({"cli.md, 14", "containers.md, 2"})
  void everyCommandShownParses(String doc, int count) throws IOException {
    String text = Files.readString(DOCS.resolve(doc));
    String yaml = yamlOf(Files.readString(DOCS.resolve("cli.md")));
    Files.writeString(workingDirectory.resolve("cairn.yaml"), yaml);
    Files.createDirectories(workingDirectory.resolve("deploy"));
    Files.writeString(workingDirectory.resolve("deploy/cairn.yaml"), yaml);
    List<String> commands = commands(text);
    assertThat(commands).as("cairn commands in %s", doc).hasSize(count);
    for (String command : commands) {
      List<String> args = HelpTreeTest.tokenize(command);
      CommandLine cmd = Main.commandLine(CliRun.environment(VARIABLES, workingDirectory, false));
      try {
        cmd.parseArgs(args.toArray(new String[0]));
      } catch (CommandLine.ParameterException e) {
        throw new AssertionError(
            doc + ": 'cairn " + command + "' does not parse: " + e.getMessage(), e);
      }
    }
  }

  private static String yamlOf(String markdown) {
    Matcher m = FENCE.matcher(markdown);
    while (m.find()) {
      if (m.group(1).equals("yaml") && m.group(2).startsWith("env:")) {
        return m.group(2);
      }
    }
    throw new AssertionError("docs/cli.md has no cairn.yaml example");
  }

  /** The arguments of every {@code cairn …} line in shell blocks, continuations joined. */
  private static List<String> commands(String markdown) {
    List<String> out = new ArrayList<>();
    Matcher m = FENCE.matcher(markdown);
    while (m.find()) {
      if (!m.group(1).equals("sh")) {
        continue;
      }
      String block = m.group(2).replace("\\\n", " ");
      for (String line : block.split("\n")) {
        String code = line.replaceAll("\\s+#.*$", "").replaceAll("\"\\s*$", "").trim();
        if (code.startsWith("#") || code.startsWith("exec ") || code.contains("${CAIRN")) {
          continue;
        }
        Matcher c = CAIRN.matcher(code);
        if (c.find()) {
          out.add(c.group(1).trim());
        }
      }
    }
    return out;
  }
}
