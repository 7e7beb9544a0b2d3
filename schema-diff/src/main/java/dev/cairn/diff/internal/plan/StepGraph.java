package dev.cairn.diff.internal.plan;

import dev.cairn.diff.PlannedStatement.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Orders steps: an edge A → B means A must run before B. Edges come from keys: the creator of an
 * object runs before its users, the users of an object stop using it before it is dropped, and a
 * name is dropped before it is created again. Ties are broken by stage, then phase, then the order
 * in which the steps were planned, so the result is deterministic.
 */
final class StepGraph {
  private final List<Step> steps;
  private final Map<Step, Set<Step>> successors = new HashMap<>();
  private final Map<Step, Integer> indegree = new HashMap<>();

  StepGraph(List<Step> steps) {
    this.steps = steps;
    steps.forEach(s -> successors.put(s, new LinkedHashSet<>()));
    Map<String, List<Step>> creators = index(steps, s -> s.creates);
    Map<String, List<Step>> droppers = index(steps, s -> s.drops);
    for (Step s : steps) {
      for (String k : s.requires) {
        creators.getOrDefault(k, List.of()).forEach(c -> edge(c, s));
      }
      for (String k : s.releases) {
        droppers.getOrDefault(k, List.of()).forEach(d -> edge(s, d));
      }
      for (String k : s.creates) {
        droppers.getOrDefault(k, List.of()).forEach(d -> edge(d, s));
      }
      for (String k : s.afterDropOf) {
        droppers.getOrDefault(k, List.of()).forEach(d -> edge(d, s));
      }
      s.after.forEach(a -> edge(a, s));
    }
  }

  private interface Keys {
    Set<String> of(Step s);
  }

  private static Map<String, List<Step>> index(List<Step> steps, Keys keys) {
    Map<String, List<Step>> m = new HashMap<>();
    for (Step s : steps) {
      for (String k : keys.of(s)) {
        m.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
      }
    }
    return m;
  }

  private void edge(Step from, Step to) {
    if (from != to) {
      successors.get(from).add(to);
    }
  }

  /**
   * Falls back to the plain variant for ONLINE steps that something in an earlier stage waits for
   * (a column drop after an index drop), then moves every step that depends on a later-stage step
   * into that stage.
   */
  void settleStages() {
    for (Step s : steps) {
      if (s.mainFallbackSql != null && s.stage == Stage.ONLINE) {
        for (Step t : successors.get(s)) {
          if (t.stage.compareTo(Stage.ONLINE) < 0) {
            s.sql = s.mainFallbackSql;
            s.stage = Stage.MAIN;
            s.transactional = true;
            break;
          }
        }
      }
    }
    for (Step s : topological(Comparator.comparingInt(x -> x.seq))) {
      for (Step t : successors.get(s)) {
        if (t.stage.compareTo(s.stage) < 0) {
          t.stage = s.stage;
        }
      }
    }
  }

  /**
   * The execution order.
   *
   * @return the steps, sorted
   */
  List<Step> order() {
    return topological(
        Comparator.<Step, Stage>comparing(s -> s.stage)
            .thenComparing(s -> s.phase)
            .thenComparingInt(s -> s.seq));
  }

  private List<Step> topological(Comparator<Step> priority) {
    indegree.clear();
    steps.forEach(s -> indegree.put(s, 0));
    successors.values().forEach(ts -> ts.forEach(t -> indegree.merge(t, 1, Integer::sum)));
    PriorityQueue<Step> ready = new PriorityQueue<>(priority);
    steps.stream().filter(s -> indegree.get(s) == 0).forEach(ready::add);
    List<Step> out = new ArrayList<>();
    while (!ready.isEmpty()) {
      Step s = ready.poll();
      out.add(s);
      for (Step t : successors.get(s)) {
        if (indegree.merge(t, -1, Integer::sum) == 0) {
          ready.add(t);
        }
      }
    }
    if (out.size() != steps.size()) {
      throw new IllegalStateException(
          "Cairn could not order the plan: its statements depend on each other in a cycle. This"
              + " is a bug in Cairn; please report it with the schemas involved. Cycle: "
              + describeCycle());
    }
    return out;
  }

  private String describeCycle() {
    // Every unfinished step has an unfinished predecessor, so walking backwards must repeat.
    Map<Step, Step> unfinishedPredecessor = new HashMap<>();
    for (Step s : steps) {
      if (indegree.get(s) == 0) {
        continue;
      }
      for (Step t : successors.get(s)) {
        if (indegree.get(t) > 0) {
          unfinishedPredecessor.putIfAbsent(t, s);
        }
      }
    }
    Step cur = unfinishedPredecessor.keySet().stream().findFirst().orElse(null);
    List<Step> path = new ArrayList<>();
    Set<Step> seen = new LinkedHashSet<>();
    while (cur != null && seen.add(cur)) {
      path.add(cur);
      cur = unfinishedPredecessor.get(cur);
    }
    List<String> names = new ArrayList<>();
    int from = cur == null ? 0 : path.indexOf(cur);
    for (int i = path.size() - 1; i >= from; i--) {
      names.add(path.get(i).summary);
    }
    return String.join(" -> ", names);
  }
}
