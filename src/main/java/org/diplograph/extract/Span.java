package org.diplograph.extract;

/** Characters {@code [start, end)} of an article's text. */
record Span(int start, int end) {
  Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ")");
    }
  }

  boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  int length() {
    return end - start;
  }
}
