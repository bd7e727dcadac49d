package org.diplograph.extract;

import java.util.Arrays;
import java.util.Locale;

/** Whether the meeting took place or is announced. */
public enum MeetingStatus {
  HELD, PLANNED;

  /** The schema's form: {@code held}, {@code planned}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static MeetingStatus of(String id) {
    return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("meeting status " + id));
  }
}
