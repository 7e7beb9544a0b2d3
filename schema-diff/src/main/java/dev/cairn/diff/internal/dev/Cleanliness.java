package dev.cairn.diff.internal.dev;

import dev.cairn.diff.model.CompositeType;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.Domain;
import dev.cairn.diff.model.EnumType;
import dev.cairn.diff.model.Extension;
import dev.cairn.diff.model.Routine;
import dev.cairn.diff.model.Schema;
import dev.cairn.diff.model.Sequence;
import dev.cairn.diff.model.Table;
import dev.cairn.diff.model.UnsupportedObject;
import dev.cairn.diff.model.View;
import java.util.ArrayList;
import java.util.List;

/** What makes a database unclean, as short human-readable descriptions. */
public final class Cleanliness {
  private Cleanliness() {}

  /**
   * Lists every object of an inspection (made with no exclusions). A clean database has only an
   * empty {@code public} schema.
   *
   * @param db the inspected database
   * @return e.g. {@code schema app}, {@code table public.users}; empty when clean
   */
  public static List<String> objects(Database db) {
    List<String> found = new ArrayList<>();
    for (Schema s : db.schemas()) {
      if (!s.name().equals("public")) {
        found.add("schema " + dev.cairn.diff.model.Identifiers.quote(s.name()));
      }
      for (Table t : s.tables()) {
        found.add("table " + t.name().sql());
      }
      for (View v : s.views()) {
        found.add((v.materialized() ? "materialized view " : "view ") + v.name().sql());
      }
      for (Sequence q : s.sequences()) {
        found.add("sequence " + q.name().sql());
      }
      for (EnumType e : s.enums()) {
        found.add("enum " + e.name().sql());
      }
      for (Domain d : s.domains()) {
        found.add("domain " + d.name().sql());
      }
      for (CompositeType c : s.compositeTypes()) {
        found.add("type " + c.name().sql());
      }
      for (Routine r : s.routines()) {
        found.add((r.procedure() ? "procedure " : "function ") + r.signature());
      }
    }
    for (Extension e : db.extensions()) {
      found.add("extension " + e.name());
    }
    for (UnsupportedObject u : db.unsupported()) {
      found.add(u.kind() + " " + u.identity());
    }
    return found;
  }

  /**
   * Shortens a list for a message.
   *
   * @param objects the objects
   * @param max how many to show
   * @return e.g. {@code schema app, table public.t, … and 12 more}
   */
  public static String summary(List<String> objects, int max) {
    if (objects.size() <= max) {
      return String.join(", ", objects);
    }
    return String.join(", ", objects.subList(0, max))
        + ", … and "
        + (objects.size() - max)
        + " more";
  }
}
