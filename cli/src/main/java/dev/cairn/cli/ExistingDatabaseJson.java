package dev.cairn.cli;

import dev.cairn.diff.drift.Difference;
import dev.cairn.diff.imports.ImportResult;
import dev.cairn.diff.imports.ImportedMigration;
import dev.cairn.diff.imports.TakeOverResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON shapes of the existing-database commands ({@code schema drift}, {@code schema reconcile},
 * {@code migrate adopt}, {@code migrate import}), kept in one place so the same difference looks
 * the same everywhere.
 */
final class ExistingDatabaseJson {
  private ExistingDatabaseJson() {}

  static List<Map<String, Object>> differences(List<Difference> differences) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Difference d : differences) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("classification", d.kind().label(d.objectType()));
      m.put("kind", d.kind());
      m.put("objectType", d.objectType());
      m.put("object", d.object());
      m.put("expected", d.expected());
      m.put("actual", d.actual());
      m.put("changes", d.changes());
      m.put("sql", d.sql());
      out.add(m);
    }
    return out;
  }

  static Map<String, Object> imported(ImportResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", r.format().id());
    m.put("source", r.source());
    m.put("directory", r.directory());
    m.put("unchanged", r.unchanged());
    List<Map<String, Object>> files = new ArrayList<>();
    for (ImportedMigration i : r.migrations()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("file", i.file());
      f.put("version", i.version());
      f.put("origin", i.origin());
      f.put("originalVersion", i.originalVersion());
      f.put("repeatable", i.repeatable());
      f.put("transactional", i.transactional());
      f.put("downFile", i.downFile());
      files.add(f);
    }
    m.put("migrations", files);
    m.put("versionMapping", r.versionMapping());
    m.put("notes", r.notes());
    return m;
  }

  static Map<String, Object> takeOver(TakeOverResult t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("historyTable", t.historyTable());
    m.put("applied", t.applied());
    m.put("pending", t.pending());
    m.put("currentVersion", t.currentVersion());
    m.put("notes", t.notes());
    return m;
  }
}
