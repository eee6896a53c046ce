package io.kubelab.grader.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * AtomicFiles writes a file so that a reader, or a grader started again after being killed, sees
 * either the old file or the whole new one: the bytes go to a temporary file in the same folder,
 * are forced to disk, and the temporary file is renamed over the target.
 */
public final class AtomicFiles {
  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  public static void write(Path file, Content content) throws IOException {
    Path absolute = file.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    // Not Files.createTempFile: it makes the file 0600, and a report is for others to read too. A
    // file created here gets the usual mode, 0666 less the umask.
    Path partial =
        absolute.resolveSibling(
            "."
                + absolute.getFileName()
                + "-"
                + Long.toUnsignedString(RANDOM.nextLong())
                + ".part");
    try {
      try (FileChannel channel =
              FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      Files.move(
          partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  public static void write(Path file, String text) throws IOException {
    write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }
}
