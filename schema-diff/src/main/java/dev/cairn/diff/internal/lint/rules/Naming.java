package dev.cairn.diff.internal.lint.rules;

import static dev.cairn.diff.internal.lint.rules.Sql.q;

import dev.cairn.diff.internal.lint.Analyzer;
import dev.cairn.diff.internal.lint.Findings;
import dev.cairn.diff.internal.lint.StatementContext;
import dev.cairn.diff.internal.lint.catalog.Snapshot;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Col;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Con;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Rel;
import dev.cairn.diff.lint.LintConfig;
import dev.cairn.diff.lint.LintRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NM rules (opt-in): names of objects the statement created, as the catalog stores them, and the
 * truncation notices PostgreSQL sends for identifiers over 63 bytes.
 */
public final class Naming implements Analyzer {
  private static final Pattern TRUNCATED =
      Pattern.compile("identifier \"(.*)\" will be truncated to \"(.*)\"");

  @Override
  public void statement(StatementContext ctx, Findings findings) {
    for (String notice : ctx.notices()) {
      Matcher m = TRUNCATED.matcher(notice);
      if (m.find()) {
        findings.report(
            LintRule.NM101,
            ctx,
            "PostgreSQL truncates identifier \""
                + m.group(1)
                + "\" to \""
                + m.group(2)
                + "\" (63 bytes): the name in the catalog is not the one in the file, so later"
                + " references to the long name fail or hit another object.",
            null,
            null,
            "-- use a name of at most 63 bytes, e.g.:\n-- " + q(m.group(2)));
      }
    }
    if (!findings.enabled(LintRule.NM102) && !findings.enabled(LintRule.NM103)) {
      return;
    }
    Map<String, String> created = createdNames(ctx);
    List<String> quoted = new ArrayList<>();
    created.forEach(
        (label, name) -> {
          if (!q(name).equals(name)) {
            quoted.add(label);
          }
        });
    if (!quoted.isEmpty()) {
      findings.report(
          LintRule.NM102,
          ctx,
          "These names need double quotes in every query: " + String.join(", ", quoted) + ".",
          null,
          null,
          "-- prefer lower-case snake_case names, which need no quotes");
    }
    List<String> mismatched = new ArrayList<>();
    created.forEach(
        (label, name) -> {
          String kind = label.substring(0, label.indexOf(' '));
          Pattern p = findings.config().namingPattern(kind);
          if (!p.matcher(name).matches()) {
            mismatched.add(label + " (naming." + kind + ".pattern = " + p.pattern() + ")");
          }
        });
    if (!mismatched.isEmpty()) {
      findings.report(
          LintRule.NM103,
          ctx,
          "Names that do not match the naming convention: " + String.join(", ", mismatched) + ".",
          null,
          null,
          "-- give the objects names that match the patterns where this statement creates them,"
              + " or change naming.<kind>.pattern in "
              + LintConfig.FILE_NAME);
    }
  }

  /** Label ("table public.x") to catalog name, for every object the statement created. */
  private static Map<String, String> createdNames(StatementContext ctx) {
    Snapshot before = ctx.before();
    Snapshot after = ctx.after();
    Map<String, String> out = new LinkedHashMap<>();
    after
        .schemas()
        .forEach(
            (oid, name) -> {
              if (!before.schemas().containsKey(oid)) {
                out.put("schema " + q(name), name);
              }
            });
    for (Rel r : after.relations().values()) {
      if (before.relations().containsKey(r.oid())
          || before.relation(r.schema(), r.name()).isPresent()) {
        continue;
      }
      String kind =
          switch (r.kind()) {
            case 'r', 'p' -> "table";
            case 'i', 'I' -> "index";
            case 'S' -> "sequence";
            default -> null;
          };
      if (kind != null) {
        out.put(kind + " " + r.qualified(), r.name());
      }
    }
    for (Col c : after.columns().values()) {
      if (before.column(c.table(), c.num()).isEmpty()) {
        out.put("column " + after.nameOf(c.table()) + "." + q(c.name()), c.name());
      }
    }
    for (Con c : after.constraints().values()) {
      if (before.sameConstraint(c).isEmpty() && c.type() != 'n') {
        out.put("constraint " + q(c.name()) + " on " + after.nameOf(c.table()), c.name());
      }
    }
    return out;
  }
}
