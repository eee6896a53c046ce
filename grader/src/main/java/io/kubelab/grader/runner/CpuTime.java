package io.kubelab.grader.runner;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * CpuTime is the CPU this JVM and the processes it waited for have used so far: on a shared, loaded
 * machine it holds where wall-clock seconds say only how busy the others were.
 *
 * <p>The children's share (test JVMs and, through them, the etcd processes they waited for) comes
 * from {@code /proc/self/stat}, so it is known on Linux only; elsewhere it is empty.
 */
public record CpuTime(double graderSeconds, Optional<Double> childrenSeconds) {
  /** The kernel counts in USER_HZ, which is 100 on every Linux architecture the kit runs on. */
  private static final double TICKS_PER_SECOND = 100.0;

  /** Reads the CPU used so far. */
  public static CpuTime now() {
    double own =
        ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime() / 1e9;
    return new CpuTime(own, children());
  }

  /** Returns the CPU used since {@code earlier}. */
  public CpuTime since(CpuTime earlier) {
    return new CpuTime(
        graderSeconds - earlier.graderSeconds,
        childrenSeconds.flatMap(now -> earlier.childrenSeconds.map(then -> now - then)));
  }

  /** Reads the one-minute load average, or -1 where the system does not say. */
  public static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static Optional<Double> children() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      // The command name may hold spaces; the fields after it are plain numbers.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // cutime and cstime are fields 16 and 17 of the whole line, 14 and 15 after the name.
      return Optional.of(
          (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND);
    } catch (IOException | RuntimeException notLinux) {
      return Optional.empty();
    }
  }
}
