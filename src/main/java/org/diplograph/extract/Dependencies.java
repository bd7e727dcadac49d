package org.diplograph.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The enhanced++ dependencies of one sentence over its token indices (from 0): who governs whom by
 * which relation, and the shortest path between two tokens written as a feature ("nsubj<",
 * "obl:with>appos>").
 */
final class Dependencies {

  /** {@code governor} → {@code dependent} by {@code relation} ("nsubj", "obl:with", "compound"). */
  record Edge(int governor, int dependent, String relation) {}

  private final List<List<Edge>> out = new ArrayList<>();
  private final List<List<Edge>> in = new ArrayList<>();
  private final List<Integer> roots;

  Dependencies(int size, List<Edge> edges, List<Integer> roots) {
    for (int i = 0; i < size; i++) {
      out.add(new ArrayList<>());
      in.add(new ArrayList<>());
    }
    for (Edge e : edges) {
      if (e.governor() >= 0 && e.governor() < size && e.dependent() >= 0 && e.dependent() < size) {
        out.get(e.governor()).add(e);
        in.get(e.dependent()).add(e);
      }
    }
    this.roots = List.copyOf(roots);
  }

  int size() {
    return out.size();
  }

  List<Edge> children(int token) {
    return out.get(token);
  }

  List<Edge> governors(int token) {
    return in.get(token);
  }

  List<Integer> roots() {
    return roots;
  }

  /** Whether {@code dependent} hangs from {@code governor} by a relation starting with {@code prefix}. */
  boolean has(int governor, String prefix, int dependent) {
    for (Edge e : out.get(governor)) {
      if (e.dependent() == dependent && e.relation().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The shortest path from one token to another: each step is the relation and its direction,
   * {@code >} down to a dependent and {@code <} up to a governor ("obj>appos>" from a verb to the
   * name in apposition to its object). Null when they are not connected.
   */
  List<String> path(int from, int to) {
    if (from < 0 || to < 0 || from >= size() || to >= size()) {
      return null;
    }
    if (from == to) {
      return List.of();
    }
    Edge[] via = new Edge[size()];
    boolean[] down = new boolean[size()];
    boolean[] seen = new boolean[size()];
    Arrays.fill(seen, false);
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(from);
    seen[from] = true;
    while (!queue.isEmpty()) {
      int at = queue.poll();
      if (at == to) {
        break;
      }
      for (Edge e : out.get(at)) {
        if (!seen[e.dependent()]) {
          seen[e.dependent()] = true;
          via[e.dependent()] = e;
          down[e.dependent()] = true;
          queue.add(e.dependent());
        }
      }
      for (Edge e : in.get(at)) {
        if (!seen[e.governor()]) {
          seen[e.governor()] = true;
          via[e.governor()] = e;
          down[e.governor()] = false;
          queue.add(e.governor());
        }
      }
    }
    if (!seen[to]) {
      return null;
    }
    List<String> steps = new ArrayList<>();
    for (int at = to; at != from; ) {
      Edge e = via[at];
      steps.add(0, e.relation() + (down[at] ? ">" : "<"));
      at = down[at] ? e.governor() : e.dependent();
    }
    return steps;
  }
}
