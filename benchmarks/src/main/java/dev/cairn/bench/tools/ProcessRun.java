package dev.cairn.bench.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external process with its output in files, measuring its wall-clock time and, when asked,
 * sampling its peak resident set size ({@code VmHWM} in {@code /proc/PID/status}).
 *
 * @param exitCode the exit code
 * @param wallNanos the time from start to exit
 * @param peakRssKb the last sampled {@code VmHWM} (the kernel's high-water mark, so the last sample
 *     before exit is the peak up to then), or -1 when not sampled
 * @param stdout the standard output
 * @param stderr the standard error
 */
public record ProcessRun(
    int exitCode, long wallNanos, long peakRssKb, String stdout, String stderr) {
  private static final long SAMPLE_MILLIS = 5;

  /**
   * Runs a command to completion.
   *
   * @param command the command and arguments
   * @param env extra environment variables
   * @param logDir where to put the output files
   * @param timeout how long to wait before killing it
   * @param sampleMemory whether to sample the peak RSS
   * @return the outcome
   */
  public static ProcessRun run(
      List<String> command,
      Map<String, String> env,
      Path logDir,
      Duration timeout,
      boolean sampleMemory) {
    try {
      Files.createDirectories(logDir);
      Path out = Files.createTempFile(logDir, "proc", ".out");
      Path err = Files.createTempFile(logDir, "proc", ".err");
      ProcessBuilder pb = new ProcessBuilder(command);
      pb.environment().putAll(env);
      pb.redirectOutput(out.toFile());
      pb.redirectError(err.toFile());
      long t0 = System.nanoTime();
      Process p = pb.start();
      long peak = -1;
      Path status = Path.of("/proc", Long.toString(p.pid()), "status");
      long deadline = t0 + timeout.toNanos();
      while (true) {
        if (sampleMemory) {
          long hwm = vmHwmKb(status);
          if (hwm > 0) {
            peak = Math.max(peak, hwm);
          }
        }
        if (p.waitFor(sampleMemory ? SAMPLE_MILLIS : 1000, TimeUnit.MILLISECONDS)) {
          break;
        }
        if (System.nanoTime() > deadline) {
          p.destroyForcibly();
          p.waitFor();
          throw new IllegalStateException(
              "timed out after " + timeout + ": " + String.join(" ", command));
        }
      }
      long wall = System.nanoTime() - t0;
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      return new ProcessRun(p.exitValue(), wall, peak, stdout, stderr);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * The {@code VmHWM} of a process, in kB.
   *
   * @param status its {@code /proc/PID/status} file
   * @return the value, or -1 when unavailable (not Linux, or the process has exited)
   */
  public static long vmHwmKb(Path status) {
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.substring(6).replace("kB", "").strip());
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /**
   * Throws unless the process exited with 0.
   *
   * @param what what it was, for the message
   * @return this
   */
  public ProcessRun requireSuccess(String what) {
    if (exitCode != 0) {
      throw new IllegalStateException(
          what + " exited with " + exitCode + ":\n" + tail(stderr) + "\n" + tail(stdout));
    }
    return this;
  }

  private static String tail(String s) {
    return s.length() <= 4000 ? s : "…" + s.substring(s.length() - 4000);
  }
}
