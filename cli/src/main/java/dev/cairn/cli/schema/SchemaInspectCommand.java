package dev.cairn.cli.schema;

import dev.cairn.cli.SchemaFilterOptions;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.DiffResult;
import dev.cairn.diff.LoadOptions;
import dev.cairn.diff.Plan;
import dev.cairn.diff.PlanOptions;
import dev.cairn.diff.Planner;
import dev.cairn.diff.SchemaDiffer;
import dev.cairn.diff.SchemaJson;
import dev.cairn.diff.SchemaSource;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.Schema;
import dev.cairn.diff.model.UnsupportedObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cairn schema inspect}: prints a schema state as SQL or JSON. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Print the schema of a database, a SQL file or directory, or a migration directory.",
      "Databases are read directly (read-only); files are executed on a clean dev database first."
          + " Objects Cairn cannot model are listed loudly, never left out silently."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  cairn schema inspect --url postgres://app:secret@localhost:5432/app",
      "  cairn schema inspect --url jdbc:postgresql://localhost/app?user=app --format json",
      "  cairn schema inspect --url file://migrations --schema public",
      "  cairn schema inspect --url file://schema.sql --dev-url docker://postgres/17"
    })
public final class SchemaInspectCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    SQL,
    JSON
  }

  @Spec CommandSpec spec;

  @Option(
      names = {"-u", "--url"},
      paramLabel = "URL",
      description =
          "What to inspect: jdbc:postgresql://…, postgres://user:pass@host:port/db, file://PATH"
              + " (SQL file, SQL directory, or migration directory with atlas.sum)"
              + " (env CAIRN_URL).")
  String url;

  @Option(
      names = "--user",
      paramLabel = "USER",
      description = "Database user, overriding one in the URL (env CAIRN_USER).")
  String user;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      description =
          "Database password, overriding one in the URL (env CAIRN_PASSWORD; prefer the"
              + " variable). Never printed.")
  String password;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "sql",
      description =
          "sql (CREATE statements in dependency order) or json. Default: ${DEFAULT-VALUE}")
  Format format;

  @Mixin SchemaFilterOptions filter;

  @Option(
      names = "--dev-url",
      paramLabel = "URL",
      defaultValue = DevDatabases.DEFAULT_URL,
      description =
          "Dev database where files are executed before inspection: embedded:postgres:N,"
              + " docker://postgres/N or a JDBC URL. Default: ${DEFAULT-VALUE}")
  String devUrl;

  @Override
  public Integer call() {
    LoadOptions options = LoadOptions.defaults().withInspect(filter.inspectOptions());
    if (url == null || url.isBlank()) {
      throw new ParameterException(
          spec.commandLine(), "Missing --url (or CAIRN_URL): the database or files to inspect");
    }
    Database db;
    SchemaSource source;
    if (isDatabaseUrl(url)) {
      source = SchemaSource.database(url, user, password);
      db = source.load(null, options);
    } else {
      source = SchemaSource.parse(url);
      try (DevDatabase dev = DevDatabases.open(devUrl)) {
        db = source.load(dev, options);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.print(SchemaJson.write(db));
    } else {
      out.print(sql(db, source.description()));
    }
    out.flush();
    if (!db.unsupported().isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "warning: "
              + db.unsupported().size()
              + " object(s) exist that Cairn does not model; diffs will not manage them:");
      for (UnsupportedObject u : db.unsupported()) {
        err.println("  - " + u.kind() + " " + u.identity());
      }
      err.flush();
    }
    return 0;
  }

  private static boolean isDatabaseUrl(String url) {
    return url.startsWith("jdbc:postgresql:")
        || url.startsWith("postgres://")
        || url.startsWith("postgresql://");
  }

  /** The statements that create the schema in an empty database, objects not modelled listed. */
  private static String sql(Database db, String description) {
    Database empty =
        new Database(
            List.of(
                new Schema(
                    "public",
                    "standard public schema",
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of())),
            List.of(),
            List.of());
    DiffResult diff = SchemaDiffer.diff(empty, db, DiffOptions.defaults());
    Plan plan = Planner.plan(diff.changes(), empty, db, PlanOptions.defaults().onlineSafe(false));
    StringBuilder sb = new StringBuilder();
    sb.append("-- Schema of ").append(description).append(", as inspected by Cairn.\n");
    for (UnsupportedObject u : db.unsupported()) {
      sb.append("-- NOT MODELLED: ")
          .append(u.kind())
          .append(' ')
          .append(u.identity())
          .append(": ")
          .append(u.reason().replace("\n", " "))
          .append('\n');
    }
    if (plan.isEmpty()) {
      sb.append("-- (empty schema)\n");
    }
    sb.append(plan.toSql());
    return sb.toString();
  }
}
