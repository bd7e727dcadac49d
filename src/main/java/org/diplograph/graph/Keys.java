package org.diplograph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable node keys: the same name gives the same key in every article and every run. */
public final class Keys {

  private Keys() {}

  // compiled once: keys are made for every name of every article
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

  /** Lower case without accents: "Sinirlioğlu" → "sinirlioglu". */
  static String folded(String name) {
    return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** "Murat Nurtleu" → "murat-nurtleu"; accents folded, punctuation dropped. */
  public static String slug(String name) {
    String s = folded(name).replace('’', '\'');
    s = EDGE_DASHES.matcher(NOT_ALNUM.matcher(POSSESSIVE.matcher(s).replaceAll("")).replaceAll("-")).replaceAll("");
    return s.isEmpty() ? hash(name) : s;
  }

  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  });

  /** First 16 hex digits of the SHA-256 of the text. */
  public static String hash(String text) {
    byte[] digest = SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 8);
  }
}
