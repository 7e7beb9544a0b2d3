package dev.cairn.diff.internal.lint;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Reads which files a directory holds on a git ref, with the {@code git} command line. */
public final class GitFiles {
  private GitFiles() {}

  /**
   * The names of the files directly in {@code dir} as it is on {@code ref}.
   *
   * @param git the git executable
   * @param dir a directory inside a work tree
   * @param ref a branch, tag or commit
   * @return file names (empty if the directory does not exist on the ref)
   * @throws CairnException with {@link ErrorCode#GIT_FAILED} if git is missing, {@code dir} is not
   *     in a work tree, or the ref is unknown
   */
  public static Set<String> namesAt(String git, Path dir, String ref) {
    run(git, dir, "rev-parse", "--verify", "--quiet", ref + "^{commit}")
        .orElseThrow(
            r ->
                new CairnException(
                    ErrorCode.GIT_FAILED,
                    "git ref '"
                        + ref
                        + "' is unknown in the repository of "
                        + dir
                        + (r.isBlank() ? "" : " (" + r.trim() + ")")
                        + "; fetch it first (e.g. git fetch origin main, and on CI check out with"
                        + " full history: fetch-depth 0)"));
    String out =
        run(git, dir, "ls-tree", "--name-only", "-z", ref, "--", ".")
            .orElseThrow(
                r ->
                    new CairnException(
                        ErrorCode.GIT_FAILED,
                        "git ls-tree " + ref + " failed in " + dir + ": " + r.trim()));
    Set<String> names = new TreeSet<>();
    for (String name : out.split("\0")) {
      if (!name.isEmpty()) {
        names.add(name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name);
      }
    }
    return names;
  }

  /** Output of a git command, or the error text. */
  private record Outcome(boolean ok, String stdout, String stderr) {
    String orElseThrow(java.util.function.Function<String, CairnException> error) {
      if (!ok) {
        throw error.apply(stderr);
      }
      return stdout;
    }
  }

  private static Outcome run(String git, Path dir, String... args) {
    List<String> command = new ArrayList<>();
    command.add(git);
    command.add("-C");
    command.add(dir.toAbsolutePath().toString());
    command.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(command).start();
    } catch (IOException e) {
      throw new CairnException(
          ErrorCode.GIT_FAILED,
          "cannot run '" + git + "' (" + e.getMessage() + "); install git or pass its path",
          e);
    }
    try {
      p.getOutputStream().close();
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
      String out = read(p.getInputStream());
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new CairnException(
            ErrorCode.GIT_FAILED, "git " + String.join(" ", args) + " did not finish in 60 s");
      }
      return new Outcome(p.exitValue() == 0, out, err.join());
    } catch (IOException e) {
      throw new CairnException(ErrorCode.GIT_FAILED, "git failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new CairnException(ErrorCode.GIT_FAILED, "interrupted while running git", e);
    }
  }

  private static String read(InputStream in) {
    try (in) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      in.transferTo(b);
      return b.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
