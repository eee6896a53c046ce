package io.kubelab.grader.runner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * ResultChannel is how test results travel from the test JVM to the grader without student code
 * being able to forge them.
 *
 * <p>The grader draws a fresh 256-bit key for every test JVM and writes it to the JVM's standard
 * input; the runner reads it before any test class is loaded and then replaces {@code System.in}
 * with an empty stream. The key is on no command line, in no environment variable and in no file,
 * so code under test can print a perfect results.json or append lines to the results file, but
 * every line it writes lacks a valid HMAC and is dropped. A key is never reused: lines copied from
 * an earlier JVM's file fail too.
 *
 * <p>What this does not stop is code that reflects into the runner's private state to find the key:
 * that is deliberate cheating with a trace in the submitted source, for a person to judge. The
 * whole protocol is in docs/design/result-channel.md.
 */
public final class ResultChannel {
  private static final String ALGORITHM = "HmacSHA256";
  private static final int KEY_BYTES = 32;
  private static final HexFormat HEX = HexFormat.of();

  private ResultChannel() {}

  /** Returns a fresh random key for one test JVM. */
  public static byte[] newKey() {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return key;
  }

  /** Returns the line the grader writes to the test JVM's standard input: the key in hex. */
  public static String keyLine(byte[] key) {
    return HEX.formatHex(key) + "\n";
  }

  /**
   * Reads the key line from {@code in}, the test JVM's standard input; returns an empty key if the
   * input ended before any byte came.
   */
  static byte[] readKey(InputStream in) throws IOException {
    byte[] line = in.readNBytes(KEY_BYTES * 2 + 1);
    if (line.length == 0) {
      return line;
    }
    String hex = new String(line, StandardCharsets.US_ASCII).strip();
    if (hex.length() != KEY_BYTES * 2) {
      throw new IOException("no result key on standard input; the grader starts this runner");
    }
    return HEX.parseHex(hex);
  }

  /**
   * Returns the JSON of {@code line} if its signature is valid for {@code key}, else empty: the
   * line was not written by the runner.
   */
  public static Optional<String> verify(byte[] key, String line) {
    int space = line.indexOf(' ');
    if (space <= 0) {
      return Optional.empty();
    }
    String json = line.substring(space + 1);
    byte[] expected = sign(mac(key), json).getBytes(StandardCharsets.US_ASCII);
    byte[] given = line.substring(0, space).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given) ? Optional.of(json) : Optional.empty();
  }

  static Mac mac(byte[] key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has " + ALGORITHM, e);
    }
  }

  static String sign(Mac mac, String json) {
    return HEX.formatHex(mac.doFinal(json.getBytes(StandardCharsets.UTF_8)));
  }
}
