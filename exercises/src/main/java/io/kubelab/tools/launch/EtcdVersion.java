package io.kubelab.tools.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EtcdVersion is the release of an etcd binary and the flags that release understands: Ubuntu's
 * etcd-server is 3.3 on some images and 3.4 or newer on others, and etcd refuses to start on a flag
 * it does not know.
 *
 * <p>From etcd's own flag definitions ({@code etcdmain/config.go}): {@code --pre-vote} first exists
 * in 3.4 (default false; true from 3.5 on); 3.3 names its log destination {@code --log-output}, 3.4
 * accepts that and the new {@code --log-outputs}, and 3.5 accepts only {@code --log-outputs}.
 * {@code --heartbeat-interval} and {@code --election-timeout} mean the same in all three.
 */
record EtcdVersion(int major, int minor) {
  private static final Pattern VERSION = Pattern.compile("etcd Version: (\\d+)\\.(\\d+)\\.");
  private static final Pattern TAG = Pattern.compile("(\\d+)\\.(\\d+)\\.\\d+");

  /** Reads the version from what {@code etcd --version} printed. */
  static EtcdVersion parse(String printed) throws IOException {
    Matcher matcher = VERSION.matcher(printed);
    if (!matcher.find()) {
      throw new IOException(
          "cannot tell the etcd version from `etcd --version`, which printed: " + printed.strip());
    }
    return new EtcdVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  /** Reads the version from an image's tag, such as {@code localhost/kubelab-etcd:3.4.23}. */
  static EtcdVersion ofImage(String image) throws IOException {
    Matcher matcher = TAG.matcher(image.substring(image.lastIndexOf(':') + 1));
    if (!matcher.find()) {
      throw new IOException(
          "the etcd image " + image + " must name its etcd version in its tag, e.g. :3.4.23");
    }
    return new EtcdVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  /** Runs {@code binary --version} and reads its answer. */
  static EtcdVersion of(String binary) throws IOException {
    Process process = new ProcessBuilder(binary, "--version").redirectErrorStream(true).start();
    try {
      String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(binary + " --version did not answer within 10 s");
      }
      return parse(printed);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("interrupted while asking " + binary + " for its version", e);
    }
  }

  boolean atLeast(int major, int minor) {
    return this.major > major || this.major == major && this.minor >= minor;
  }

  /**
   * Returns the flags that tune elections (see {@link EtcdMember}) and send the log to standard
   * error, as this release spells them.
   */
  List<String> tuningFlags() {
    List<String> flags =
        new ArrayList<>(List.of("--heartbeat-interval=10", "--election-timeout=100"));
    if (atLeast(3, 4)) {
      flags.add("--pre-vote=true");
      flags.add("--log-outputs=stderr");
    } else {
      flags.add("--log-output=stderr");
    }
    return flags;
  }
}
