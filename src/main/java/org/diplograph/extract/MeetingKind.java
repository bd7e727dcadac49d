package org.diplograph.extract;

import java.util.Arrays;

/** How the parties met: in person, by phone, by video. */
public enum MeetingKind {
  MEETING("meeting"), PHONE_CALL("phone-call"), VIDEO_CALL("video-call");

  private final String id;

  MeetingKind(String id) {
    this.id = id;
  }

  /** The schema's form: {@code meeting}, {@code phone-call}, {@code video-call}. */
  public String id() {
    return id;
  }

  public static MeetingKind of(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("meeting kind " + id));
  }
}
