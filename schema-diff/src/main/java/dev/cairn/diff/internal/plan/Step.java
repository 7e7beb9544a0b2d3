package dev.cairn.diff.internal.plan;

import dev.cairn.diff.PlannedStatement;
import dev.cairn.diff.PlannedStatement.Stage;
import dev.cairn.diff.SchemaChange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A statement being planned, with the object keys it creates, needs, drops and stops using; the
 * graph of steps is built from these keys.
 */
final class Step {
  final int seq;
  final SchemaChange change;
  final Phase phase;
  String sql;
  String reverse;
  boolean transactional = true;
  Stage stage = Stage.MAIN;
  final String summary;
  String warning;

  /** A plain, transactional replacement used when nothing may wait for this ONLINE step. */
  String mainFallbackSql;

  final Set<String> creates = new LinkedHashSet<>();
  final Set<String> requires = new LinkedHashSet<>();
  final Set<String> drops = new LinkedHashSet<>();
  final Set<String> releases = new LinkedHashSet<>();
  final Set<String> afterDropOf = new LinkedHashSet<>();
  final List<Step> after = new ArrayList<>();

  Step(int seq, SchemaChange change, Phase phase, String sql, String reverse, String summary) {
    this.seq = seq;
    this.change = change;
    this.phase = phase;
    this.sql = sql;
    this.reverse = reverse;
    this.summary = summary;
  }

  Step creates(String... keys) {
    creates.addAll(List.of(keys));
    return this;
  }

  Step creates(Iterable<String> keys) {
    keys.forEach(creates::add);
    return this;
  }

  Step requires(String... keys) {
    requires.addAll(List.of(keys));
    return this;
  }

  Step requires(Iterable<String> keys) {
    keys.forEach(requires::add);
    return this;
  }

  Step drops(String... keys) {
    drops.addAll(List.of(keys));
    return this;
  }

  Step drops(Iterable<String> keys) {
    keys.forEach(drops::add);
    return this;
  }

  Step releases(String... keys) {
    releases.addAll(List.of(keys));
    return this;
  }

  Step releases(Iterable<String> keys) {
    keys.forEach(releases::add);
    return this;
  }

  Step afterDropOf(String key) {
    afterDropOf.add(key);
    return this;
  }

  Step after(Step other) {
    after.add(other);
    return this;
  }

  Step online(boolean transactional) {
    this.stage = Stage.ONLINE;
    this.transactional = transactional;
    return this;
  }

  Step warn(String w) {
    this.warning = w;
    return this;
  }

  PlannedStatement toStatement() {
    return new PlannedStatement(sql, change, reverse, transactional, stage, summary, warning);
  }

  @Override
  public String toString() {
    return summary + " [" + sql + "]";
  }
}
