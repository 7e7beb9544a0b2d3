package dev.cairn.cli;

import dev.cairn.cli.internal.CliEnvironment;
import dev.cairn.cli.internal.ProjectDefaults;
import dev.cairn.cli.schema.SchemaCommand;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top {@code cairn} command. */
@Command(
    name = "cairn",
    mixinStandardHelpOptions = true,
    versionProvider = CairnCommand.Version.class,
    description =
        "Entities as the source of truth for a PostgreSQL schema: diff, lint, apply, guard.",
    subcommands = {MigrateCommand.class, SchemaCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success (also: nothing to do)",
      "  1  a check failed (invalid directory or atlas.sum, bad directive, lint error, drift)",
      "  2  usage error (unknown option, missing argument, missing directory, bad cairn.yaml)",
      "  3  database unreachable or connection refused",
      "  4  internal error (rerun with --verbose and report it)",
      "",
      "Options of every command may also come from an environment of the project file",
      "cairn.yaml selected with --env NAME, and --url, --user, --password, --dev-url and --dir",
      "from CAIRN_URL, CAIRN_USER, CAIRN_PASSWORD, CAIRN_DEV_URL and CAIRN_DIR.",
      "",
      "Examples:",
      "  cairn migrate hash --dir file://migrations",
      "  cairn migrate validate --dir src/main/resources/db/migrations",
      "  cairn migrate new add_users --dir file://migrations",
      "  cairn migrate validate --env dev"
    })
public final class CairnCommand implements Runnable {
  private final CliEnvironment environment;
  private ProjectDefaults defaults;

  @Spec CommandSpec spec;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean verbose;

  /**
   * Creates the command.
   *
   * @param clock the clock for new migration versions
   */
  public CairnCommand(Clock clock) {
    this(CliEnvironment.system(clock, false));
  }

  CairnCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  /**
   * The clock subcommands use for new versions.
   *
   * @return the clock
   */
  public Clock clock() {
    return environment.clock();
  }

  CliEnvironment environment() {
    return environment;
  }

  ProjectDefaults defaults() {
    return defaults;
  }

  void defaults(ProjectDefaults provider) {
    this.defaults = provider;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** Whether {@code --verbose} was given anywhere on the command line. */
  static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = CairnCommand.class.getPackage().getImplementationVersion();
      return new String[] {"cairn " + (v == null ? "(development build)" : v)};
    }
  }
}
