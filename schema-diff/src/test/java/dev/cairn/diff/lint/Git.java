package dev.cairn.diff.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs git in a test repository. */
final class Git {
  private Git() {}

  static void init(Path repo) throws Exception {
    run(repo, "init", "-q", "-b", "main");
  }

  static void commitAll(Path repo, String message) throws Exception {
    run(repo, "add", "-A");
    run(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", message);
  }

  static void run(Path repo, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git", "-C", repo.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + out);
    }
  }
}
