package org.diplograph;

/**
 * A fatal error with a message that says what to check. The CLI prints the message on one line
 * and exits non-zero; nothing else should catch it.
 */
public sealed class DiplographException extends RuntimeException
    permits DiplographException.GraphUnavailable, DiplographException.BadInput, DiplographException.BadConfig {

  protected DiplographException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The graph server cannot be reached, refused the credentials, or failed to start. */
  public static final class GraphUnavailable extends DiplographException {
    public GraphUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** An input file or folder cannot be read or makes no article. */
  public static final class BadInput extends DiplographException {
    public BadInput(String message) {
      super(message, null);
    }

    public BadInput(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** An option has a value that cannot work. */
  public static final class BadConfig extends DiplographException {
    public BadConfig(String message) {
      super(message, null);
    }
  }
}
