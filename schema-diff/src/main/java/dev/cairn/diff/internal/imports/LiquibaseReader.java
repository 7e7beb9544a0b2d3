package dev.cairn.diff.internal.imports;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Liquibase formatted-SQL changelogs: one file, or every {@code .sql} changelog of a
 * directory in name order (as {@code includeAll} orders them). Each {@code --changeset author:id}
 * becomes one migration, in changelog order: {@code runInTransaction:false} becomes {@code
 * atlas:txmode none}, {@code endDelimiter} becomes {@code atlas:delimiter}, {@code --rollback}
 * lines become the down file, changesets for other databases ({@code dbms}) or marked {@code
 * ignore:true} are left out; everything Cairn does not do (contexts, labels, preconditions, {@code
 * runOnChange}) is named in a note.
 */
final class LiquibaseReader {
  private static final Pattern HEADER =
      Pattern.compile("^\\s*--\\s*liquibase\\s+formatted\\s+sql\\b.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern CHANGESET =
      Pattern.compile("^\\s*--\\s*changeset\\s+(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern AUTHOR_ID =
      Pattern.compile("^(\"[^\"]+\"|[^\\s:]+):(\"[^\"]+\"|\\S+)(.*)$");
  private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+):(\"[^\"]*\"|\\S+)");
  private static final Pattern ROLLBACK =
      Pattern.compile("^\\s*--\\s*rollback\\b\\s?(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLLBACK_BLOCK =
      Pattern.compile("^\\s*/\\*\\s*liquibase\\s+rollback\\b(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMENT =
      Pattern.compile("^\\s*--\\s*comment:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PRECONDITION =
      Pattern.compile("^\\s*--\\s*precondition", Pattern.CASE_INSENSITIVE);
  private static final Pattern IGNORE_LINES =
      Pattern.compile("^\\s*--\\s*ignoreLines:(\\S+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern OTHER_DIRECTIVE =
      Pattern.compile(
          "^\\s*--\\s*(validCheckSum|property|include|includeAll)\\b(.*)$",
          Pattern.CASE_INSENSITIVE);

  private LiquibaseReader() {}

  /** A changeset while it is read. */
  private static final class ChangeSet {
    final String file;
    final String author;
    final String id;
    final Map<String, String> attributes;
    final StringBuilder body = new StringBuilder();
    final List<String> rollback = new ArrayList<>();
    final List<String> comments = new ArrayList<>();
    boolean preconditions;

    ChangeSet(String file, String author, String id, Map<String, String> attributes) {
      this.file = file;
      this.author = author;
      this.id = id;
      this.attributes = attributes;
    }

    String origin() {
      return "changeset " + author + ":" + id + " (" + file + ")";
    }
  }

  static Reading read(Path source) {
    List<String> notes = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    Path base;
    if (Files.isDirectory(source)) {
      base = source;
      for (Path f : Reading.files(source, true)) {
        if (f.getFileName().toString().endsWith(".sql")
            && HEADER.matcher(firstLine(Reading.read(f))).matches()) {
          files.add(f);
        }
      }
      if (files.isEmpty()) {
        throw new CairnException(
            ErrorCode.DIRECTORY_EMPTY,
            source
                + " holds no Liquibase formatted-SQL changelog (a .sql file whose first line is"
                + " '--liquibase formatted sql'). XML, YAML and JSON changelogs cannot be"
                + " converted; generate formatted SQL from them first.");
      }
    } else if (Files.isRegularFile(source)) {
      base = source.toAbsolutePath().getParent();
      files.add(source);
    } else {
      throw new CairnException(
          ErrorCode.DIRECTORY_NOT_FOUND, "Liquibase changelog " + source + " does not exist.");
    }
    List<ChangeSet> changeSets = new ArrayList<>();
    for (Path f : files) {
      String relative = base.relativize(f.toAbsolutePath()).toString();
      changeSets.addAll(parse(relative, Reading.read(f), notes));
    }
    List<Parsed> out = new ArrayList<>();
    Map<String, String> seen = new LinkedHashMap<>();
    int ordinal = 0;
    for (ChangeSet cs : changeSets) {
      String key = cs.file + "::" + cs.id + "::" + cs.author;
      if (seen.put(key, cs.origin()) != null) {
        throw new CairnException(
            ErrorCode.DUPLICATE_VERSION,
            cs.origin()
                + " is declared twice; Liquibase refuses that too. Fix the changelog first.");
      }
      Parsed p = convert(cs, ++ordinal, notes);
      if (p != null) {
        out.add(p);
      }
    }
    if (out.isEmpty()) {
      throw new CairnException(
          ErrorCode.DIRECTORY_EMPTY,
          source + " has no changeset to convert (no '--changeset author:id' line).");
    }
    return new Reading(out, notes);
  }

  private static String firstLine(String text) {
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        return line;
      }
    }
    return "";
  }

  private static List<ChangeSet> parse(String file, String text, List<String> notes) {
    if (!HEADER.matcher(firstLine(text)).matches()) {
      throw new CairnException(
          ErrorCode.INVALID_DIRECTIVE,
          file
              + " is not a Liquibase formatted-SQL changelog: its first line must be '--liquibase"
              + " formatted sql'. XML, YAML and JSON changelogs cannot be converted; generate"
              + " formatted SQL from them first.");
    }
    List<ChangeSet> out = new ArrayList<>();
    ChangeSet current = null;
    boolean inRollbackBlock = false;
    int ignoreCount = 0;
    boolean ignoring = false;
    int lineNo = 0;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      if (inRollbackBlock) {
        int end = line.indexOf("*/");
        String part = end >= 0 ? line.substring(0, end) : line;
        if (!part.isBlank()) {
          current.rollback.add(part);
        }
        inRollbackBlock = end < 0;
        continue;
      }
      if (ignoring) {
        if (IGNORE_LINES.matcher(line).matches()
            && line.toLowerCase(Locale.ROOT).contains("ignorelines:end")) {
          ignoring = false;
        }
        continue;
      }
      if (ignoreCount > 0) {
        ignoreCount--;
        continue;
      }
      Matcher m = CHANGESET.matcher(line);
      if (m.matches()) {
        Matcher ai = AUTHOR_ID.matcher(m.group(1).strip());
        if (!ai.matches()) {
          throw new CairnException(
              ErrorCode.INVALID_DIRECTIVE,
              file
                  + ":"
                  + lineNo
                  + ": '"
                  + line.strip()
                  + "' is not a changeset line; write '--changeset author:id'.");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(ai.group(3));
        while (a.find()) {
          attributes.put(a.group(1).toLowerCase(Locale.ROOT), unquote(a.group(2)));
        }
        current = new ChangeSet(file, unquote(ai.group(1)), unquote(ai.group(2)), attributes);
        out.add(current);
        continue;
      }
      if (HEADER.matcher(line).matches()) {
        continue;
      }
      Matcher il = IGNORE_LINES.matcher(line);
      if (il.matches()) {
        String arg = il.group(1).toLowerCase(Locale.ROOT);
        if (arg.equals("start")) {
          ignoring = true;
        } else if (arg.matches("[0-9]+")) {
          ignoreCount = Integer.parseInt(arg);
        }
        continue;
      }
      Matcher od = OTHER_DIRECTIVE.matcher(line);
      if (od.matches()) {
        String what = od.group(1).toLowerCase(Locale.ROOT);
        if (what.startsWith("include")) {
          throw new CairnException(
              ErrorCode.INVALID_DIRECTIVE,
              file
                  + ":"
                  + lineNo
                  + ": '"
                  + line.strip()
                  + "' includes other changelogs; give the directory holding them all as the"
                  + " source (they are read in name order, as includeAll does), or convert each"
                  + " file.");
        }
        if (what.equals("property")) {
          notes.add(
              file
                  + ":"
                  + lineNo
                  + ": Liquibase property definitions are not carried over; the imported files"
                  + " contain '${…}' references literally where the changelog used them.");
        }
        continue;
      }
      if (current == null) {
        continue;
      }
      Matcher rb = ROLLBACK.matcher(line);
      if (rb.matches()) {
        current.rollback.add(rb.group(1));
        continue;
      }
      Matcher rbb = ROLLBACK_BLOCK.matcher(line);
      if (rbb.matches()) {
        String rest = rbb.group(1);
        int end = rest.indexOf("*/");
        String part = end >= 0 ? rest.substring(0, end) : rest;
        if (!part.isBlank()) {
          current.rollback.add(part);
        }
        inRollbackBlock = end < 0;
        continue;
      }
      Matcher c = COMMENT.matcher(line);
      if (c.matches()) {
        current.comments.add(c.group(1).strip());
        continue;
      }
      if (PRECONDITION.matcher(line).find()) {
        current.preconditions = true;
        continue;
      }
      current.body.append(line).append('\n');
    }
    return out;
  }

  private static Parsed convert(ChangeSet cs, int ordinal, List<String> notes) {
    Map<String, String> at = cs.attributes;
    String origin = cs.origin();
    if ("true".equalsIgnoreCase(at.get("ignore"))) {
      notes.add(origin + " has ignore:true and was left out, as Liquibase leaves it out.");
      return null;
    }
    String dbms = at.get("dbms");
    if (dbms != null && !appliesToPostgres(dbms)) {
      notes.add(
          origin
              + " is for dbms '"
              + dbms
              + "', not PostgreSQL, and was left out, as Liquibase leaves it out on PostgreSQL.");
      return null;
    }
    for (String k : List.of("context", "contextfilter", "labels")) {
      if (at.containsKey(k)) {
        notes.add(
            origin
                + " is limited to "
                + k
                + " '"
                + at.get(k)
                + "'; Cairn has no contexts or labels, so it is imported unconditionally (use"
                + " '-- cairn:skip-on <environment>' to skip it in some environments).");
      }
    }
    if ("true".equalsIgnoreCase(at.get("runalways"))
        || "true".equalsIgnoreCase(at.get("runonchange"))) {
      notes.add(
          origin
              + " is runAlways/runOnChange in Liquibase; in Cairn it runs once, in its place. To"
              + " change it later, write a new migration.");
    }
    if ("false".equalsIgnoreCase(at.get("failonerror"))) {
      notes.add(
          origin
              + " has failOnError:false; Cairn stops at a failing statement, so make sure it"
              + " succeeds (or remove the statement).");
    }
    if (cs.preconditions) {
      notes.add(
          origin
              + " has preconditions, which were dropped: Cairn runs each file once, in order, so"
              + " guard statements with IF [NOT] EXISTS where they mattered.");
    }
    String body = cs.body.toString().strip();
    String delimiter = null;
    String end = at.get("enddelimiter");
    if (end != null && !end.equals(";")) {
      String literal = end.replace("\\n", "\n").replace("\\r", "");
      String[] pieces = body.split("(?m)" + Pattern.quote(literal.strip()) + "\\s*$");
      List<String> statements = new ArrayList<>();
      for (String p : pieces) {
        if (!p.isBlank()) {
          statements.add(p.strip());
        }
      }
      for (String s : statements) {
        if (s.contains("\n---\n")) {
          throw new CairnException(
              ErrorCode.INVALID_DIRECTIVE,
              origin
                  + " uses endDelimiter '"
                  + end
                  + "' and a line '---', which Cairn would need as its delimiter; split the"
                  + " changeset by hand.");
        }
      }
      delimiter = "\n---\n";
      body = String.join("\n---\n", statements);
    }
    if ("false".equalsIgnoreCase(at.get("splitstatements")) && delimiter == null) {
      notes.add(
          origin
              + " has splitStatements:false; Cairn splits it by PostgreSQL's syntax (dollar"
              + " quotes, BEGIN ATOMIC bodies), which keeps function bodies whole.");
    }
    StringBuilder sql = new StringBuilder();
    for (String c : cs.comments) {
      sql.append("-- ").append(c).append('\n');
    }
    sql.append(body).append('\n');
    Reading.placeholders(origin, body, "Liquibase", notes);
    String nonTx =
        "false".equalsIgnoreCase(at.get("runintransaction"))
            ? "runInTransaction:false"
            : Transactions.nonTransactional(body, delimiter).orElse(null);
    String down = rollback(cs, origin, notes);
    return new Parsed(
        List.of(BigInteger.valueOf(ordinal)),
        null,
        Reading.description(cs.author + "_" + cs.id),
        origin,
        false,
        cs.id + "::" + cs.author + "::" + fileName(cs.file),
        sql.toString(),
        down,
        nonTx,
        delimiter);
  }

  private static String rollback(ChangeSet cs, String origin, List<String> notes) {
    List<String> lines = new ArrayList<>();
    for (String r : cs.rollback) {
      String t = r.strip();
      if (t.equalsIgnoreCase("not required") || t.equalsIgnoreCase("empty") || t.isEmpty()) {
        continue;
      }
      if (t.toLowerCase(Locale.ROOT).startsWith("changesetid:")
          || t.toLowerCase(Locale.ROOT).startsWith("changesetauthor:")) {
        notes.add(
            origin
                + " rolls back by referring to another changeset ('"
                + t
                + "'); no down file was written for it.");
        return null;
      }
      lines.add(r);
    }
    if (lines.isEmpty()) {
      return null;
    }
    String down = String.join("\n", lines).strip();
    return down.endsWith(";") ? down + "\n" : down + ";\n";
  }

  private static boolean appliesToPostgres(String dbms) {
    boolean any = false;
    for (String d : dbms.split(",")) {
      String t = d.strip().toLowerCase(Locale.ROOT);
      if (t.equals("!postgresql")) {
        return false;
      }
      if (t.equals("postgresql") || t.equals("all")) {
        any = true;
      }
      if (t.startsWith("!") && !t.equals("!postgresql")) {
        any = true;
      }
    }
    return any;
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }

  static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
