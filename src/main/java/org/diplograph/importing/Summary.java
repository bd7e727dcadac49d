package org.diplograph.importing;

import java.util.ArrayList;
import java.util.List;

/** What an import did: articles read, imported, unchanged and failed (with why), nodes and relationships created. */
public record Summary(int read, int imported, int unchanged, List<Importer.Failure> failures, long nodesCreated,
    long relationshipsCreated) {

  public Summary {
    failures = List.copyOf(failures);
  }

  /** 0 when every file was imported or unchanged, 3 when some failed, 1 when all did (or none was found). */
  public int exitCode() {
    if (failures.isEmpty()) {
      return read == 0 ? 1 : 0;
    }
    return failures.size() == read ? 1 : 3;
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    failures.forEach(f -> lines.add("failed " + f.file() + ": " + f.reason()));
    lines.add("articles read " + read + ", imported " + imported + ", unchanged " + unchanged + ", failed "
        + failures.size());
    lines.add("nodes created " + nodesCreated + ", relationships created " + relationshipsCreated);
    return lines;
  }
}
