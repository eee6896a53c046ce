package io.kubelab.grader.submission;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * SourceText makes a submitted source file UTF-8, the encoding the kit compiles with.
 *
 * <p>A byte-order mark, which javac rejects as an illegal character, is dropped. A file that is not
 * valid UTF-8 was almost always saved by an editor set to Latin-1 or Windows-1252 (an accent in a
 * comment or a string); it is read as Windows-1252 rather than failed, because a file's encoding
 * says nothing about whether the exercise is solved. Either way the student is told.
 */
final class SourceText {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** The file as UTF-8, and what was done to it, if anything. */
  record Decoded(byte[] utf8, Optional<String> note) {}

  private SourceText() {}

  static Decoded decode(byte[] bytes) {
    boolean bom = bytes.length >= 3 && Arrays.equals(bytes, 0, 3, BOM, 0, 3);
    byte[] body = bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return new Decoded(
          body,
          bom
              ? Optional.of(
                  "starts with a byte-order mark, which the Java compiler rejects; it was"
                      + " removed. Save the file as UTF-8 without BOM.")
              : Optional.empty());
    } catch (CharacterCodingException notUtf8) {
      String text = new String(body, Charset.forName("windows-1252"));
      return new Decoded(
          text.getBytes(StandardCharsets.UTF_8),
          Optional.of(
              "is not valid UTF-8 (line "
                  + firstBadLine(body)
                  + "); it was read as Windows-1252 (Latin-1) and graded. Save your files as"
                  + " UTF-8, the encoding the kit compiles with."));
    }
  }

  /** Returns the 1-based line of the first byte that is not part of valid UTF-8. */
  private static int firstBadLine(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException bad) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return line;
  }
}
