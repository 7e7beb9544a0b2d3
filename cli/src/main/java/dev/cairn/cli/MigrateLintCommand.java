package dev.cairn.cli;

import dev.cairn.cli.internal.ColorMode;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.lint.FileSelection;
import dev.cairn.diff.lint.LintConfig;
import dev.cairn.diff.lint.LintFormat;
import dev.cairn.diff.lint.LintReport;
import dev.cairn.diff.lint.Linter;
import dev.cairn.diff.lint.Severity;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cairn migrate lint}: replays the directory on a dev database and judges the selected files
 * statement by statement (destructive changes, data-dependent changes, backward-incompatible
 * changes, PostgreSQL locks and rewrites, history). Exits 1 when an error-level diagnostic remains.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Lint migration files: replay the directory on a dev database and judge every statement of"
          + " the selected files against the schema it runs on (locks taken and what they block,"
          + " rewrites, destructive and data-dependent changes, renames, history).",
      "Rules and codes: docs/lint-codes.md. Silence a finding with -- atlas:nolint CODE above the"
          + " statement (or in the file's top comment block for the whole file).",
      "Exits 1 when an error-level diagnostic remains."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  cairn migrate lint --dir file://migrations --latest 1",
      "  cairn migrate lint --dir file://migrations --git-base origin/main --format github",
      "  cairn migrate lint --dir file://migrations --git-base origin/main --format sarif"
          + " --output lint.sarif",
      "  cairn migrate lint --dir file://migrations --dev-url"
          + " 'postgres://ci:secret@localhost:5432/postgres' --enable PG402",
      "  cairn migrate lint --dir file://migrations --lint-config ci/cairn-lint.properties"
          + " --severity MF=error"
    })
public final class MigrateLintCommand implements Callable<Integer> {
  @Mixin DirOption dir;

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true)
  Selection selection;

  /** Which files to judge: at most one of the two. */
  static final class Selection {
    @Option(
        names = "--latest",
        paramLabel = "N",
        description = "Judge the last N files as one deploy.")
    Integer latest;

    @Option(
        names = "--git-base",
        paramLabel = "REF",
        description =
            "Judge the files that do not exist on REF (e.g. origin/main) as one deploy, and check"
                + " that none sorts before a file already on REF.")
    String gitBase;
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, sarif or github (workflow annotations). Default: ${DEFAULT-VALUE}")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--dev-url",
      paramLabel = "URL",
      defaultValue = DevDatabases.DEFAULT_URL,
      description = {
        "Dev database: embedded:postgres:15|16|17|18, jdbc:postgresql://host:port/db or"
            + " postgres://user:password@host:port/db (Cairn creates and drops a scratch"
            + " database there). Use production's major version.",
        "Default: ${DEFAULT-VALUE}"
      })
  String devUrl;

  @Option(
      names = "--lint-config",
      paramLabel = "FILE",
      description =
          "Lint rules configuration (properties: disable, enable, severity.<code>, naming patterns,"
              + " down.directory). Default: "
              + LintConfig.FILE_NAME
              + " in the working directory, if it exists. (--config names the project file"
              + " cairn.yaml, as for every command.)")
  Path lintConfig;

  @Option(
      names = "--enable",
      paramLabel = "CODE",
      split = ",",
      description = "Turn rules on (codes or prefixes, e.g. PG402,NM).")
  List<String> enable = List.of();

  @Option(
      names = "--disable",
      paramLabel = "CODE",
      split = ",",
      description = "Turn rules off (codes or prefixes, e.g. BC103,BC104).")
  List<String> disable = List.of();

  @Option(
      names = "--severity",
      paramLabel = "CODE=LEVEL",
      split = ",",
      description = "Override severities: error, warning or info (e.g. PG102=error,MF=error).")
  Map<String, String> severities = Map.of();

  @Override
  public Integer call() {
    LintFormat lintFormat = parse(() -> LintFormat.parse(format));
    FileSelection fileSelection = selection();
    LintConfig lintConfig = parse(this::configuration);
    boolean colour = lintFormat == LintFormat.TEXT && colour();
    LintReport report;
    try (DevDatabase dev = DevDatabases.open(devUrl);
        Terminal.Progress progress =
            Terminal.of(spec).progress("replaying " + dir.value() + " on " + dev.description())) {
      report =
          Linter.builder()
              .directory(dir.path())
              .select(fileSelection)
              .config(lintConfig)
              .devDatabase(dev)
              .build()
              .lint();
    }
    String rendered = lintFormat.render(report, colour);
    if (output != null) {
      try {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(output, rendered, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CairnException(
            ErrorCode.INTERNAL_ERROR, "cannot write " + output + ": " + e.getMessage(), e);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "wrote "
              + output
              + ": "
              + report.count(Severity.ERROR)
              + " errors, "
              + report.count(Severity.WARNING)
              + " warnings");
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(rendered);
      out.flush();
    }
    return report.hasErrors() ? ExitCode.CHECK_FAILED.code() : ExitCode.OK.code();
  }

  /**
   * Colour follows the shared {@code --color} option and the terminal; a report written to a file
   * is coloured only when {@code --color always} asks for it.
   */
  private boolean colour() {
    Terminal terminal = Terminal.of(spec);
    if (!terminal.colors()) {
      return false;
    }
    return output == null
        || spec.root().userObject() instanceof CairnCommand top
            && top.defaults() != null
            && top.defaults().colorMode(spec) == ColorMode.ALWAYS;
  }

  private FileSelection selection() {
    if (selection == null) {
      return FileSelection.all();
    }
    if (selection.latest != null) {
      if (selection.latest < 1) {
        throw new ParameterException(
            spec.commandLine(), "--latest needs a count of at least 1, got " + selection.latest);
      }
      return FileSelection.latest(selection.latest);
    }
    try {
      return FileSelection.gitBase(selection.gitBase);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--git-base: " + e.getMessage());
    }
  }

  private LintConfig configuration() {
    LintConfig c;
    if (lintConfig != null) {
      Path file = workingDirectory().resolve(lintConfig);
      if (!Files.isRegularFile(file)) {
        throw new ParameterException(
            spec.commandLine(), "--lint-config " + lintConfig + " does not exist");
      }
      c = LintConfig.load(file);
    } else if (Files.isRegularFile(workingDirectory().resolve(LintConfig.FILE_NAME))) {
      c = LintConfig.load(workingDirectory().resolve(LintConfig.FILE_NAME));
    } else {
      c = LintConfig.defaults();
    }
    if (!disable.isEmpty()) {
      c = c.disable(disable.toArray(String[]::new));
    }
    if (!enable.isEmpty()) {
      c = c.enable(enable.toArray(String[]::new));
    }
    for (Map.Entry<String, String> e : severities.entrySet()) {
      c = c.withSeverity(e.getKey(), Severity.parse(e.getValue()));
    }
    return c;
  }

  /**
   * Where relative {@code --lint-config} paths and the default {@code cairn-lint.properties} are
   * found: the same directory as {@code cairn.yaml}.
   */
  private Path workingDirectory() {
    return spec.root().userObject() instanceof CairnCommand top
        ? top.environment().workingDirectory()
        : Path.of("");
  }

  /** Turns a configuration mistake into a usage error (exit 2) with the same message. */
  private <T> T parse(java.util.function.Supplier<T> s) {
    try {
      return s.get();
    } catch (CairnException e) {
      if (e.code() != ErrorCode.LINT_CONFIG_INVALID) {
        throw e;
      }
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
