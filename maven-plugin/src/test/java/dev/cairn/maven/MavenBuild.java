package dev.cairn.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a real Maven build of a sample project from {@code src/it}: the Maven installation that runs
 * this build, the plugin from {@code target/local-repo} (installed there by {@code
 * maven-invoker-plugin:install}), everything else read from the build's own local repository
 * through a {@code file://} repository, so nothing is written to it.
 */
final class MavenBuild {
  /** The outcome of one {@code mvn} run. */
  record Result(int exitCode, String log) {
    Result succeeded() {
      assertThat(exitCode).as("exit code; log:%n%s", log).isZero();
      return this;
    }

    Result failed() {
      assertThat(exitCode).as("exit code; log:%n%s", log).isEqualTo(1);
      return this;
    }
  }

  private static final Path WORK = Path.of(property("cairn.it.work"));

  private final Path project;

  private MavenBuild(Path project) {
    this.project = project;
  }

  private static String property(String name) {
    String v = System.getProperty(name);
    if (v == null) {
      throw new IllegalStateException(
          "system property " + name + " is not set; run the ITs through Maven (failsafe)");
    }
    return v;
  }

  /**
   * Copies a sample project to a fresh directory and fills in its tokens.
   *
   * @param sample the folder under {@code src/it}
   * @param name the copy's name (the test's)
   * @param tokens further {@code @token@} values
   */
  static MavenBuild copy(String sample, String name, Map<String, String> tokens)
      throws IOException {
    Path from = Path.of(property("cairn.it.projects")).resolve(sample);
    Path to = WORK.resolve(name);
    if (Files.exists(to)) {
      try (Stream<Path> s = Files.walk(to)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Path pom = to.resolve("pom.xml");
    String text = Files.readString(pom);
    text = text.replace("@project.version@", property("cairn.it.version"));
    text = text.replace("@maven-compiler-plugin.version@", property("cairn.it.compiler"));
    text = text.replace("@maven-resources-plugin.version@", property("cairn.it.resources"));
    for (Map.Entry<String, String> t : tokens.entrySet()) {
      text = text.replace("@" + t.getKey() + "@", t.getValue());
    }
    Files.writeString(pom, text);
    return new MavenBuild(to);
  }

  Path dir() {
    return project;
  }

  Path file(String relative) {
    return project.resolve(relative);
  }

  void write(String relative, String content) throws IOException {
    Path p = project.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  void replace(String relative, String from, String to) throws IOException {
    Path p = project.resolve(relative);
    String text = Files.readString(p);
    assertThat(text).as("%s", relative).contains(from);
    Files.writeString(p, text.replace(from, to));
  }

  /**
   * Runs {@code mvn} with the given arguments in the project.
   *
   * @param args goals and {@code -D} options
   * @return the exit code and the whole log
   */
  Result mvn(String... args) {
    return mvn(Map.of(), args);
  }

  /**
   * Runs {@code mvn} with extra environment variables.
   *
   * @param variables environment variables for the build (e.g. {@code CAIRN_URL})
   * @param args goals and {@code -D} options
   * @return the exit code and the whole log
   */
  Result mvn(Map<String, String> variables, String... args) {
    Path mvn = Path.of(property("maven.home"), "bin", "mvn");
    List<String> cmd = new ArrayList<>();
    cmd.add(mvn.toString());
    cmd.add("-B");
    cmd.add("-ntp");
    cmd.add("-s");
    cmd.add(settings().toString());
    cmd.add("-Dmaven.repo.local=" + property("cairn.it.repository"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true);
    Path log = project.resolve("build-" + System.nanoTime() + ".log");
    pb.redirectOutput(log.toFile());
    // The outer build's variables must not steer the sample build.
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("CAIRN_") || k.startsWith("MAVEN_"));
    env.put("MAVEN_OPTS", "-Xmx768m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
    env.putAll(variables);
    try {
      Process p = pb.start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("mvn " + cmd + " did not finish in 5 minutes; log: " + log);
      }
      return new Result(p.exitValue(), Files.readString(log));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** A settings file reading released artifacts from the outer build's local repository. */
  private static Path settings() {
    Path file = WORK.resolve("settings.xml");
    if (Files.exists(file)) {
      return file;
    }
    String cache = Path.of(property("cairn.it.mirror")).toUri().toString();
    String xml =
        """
        <settings>
          <profiles>
            <profile>
              <id>local-cache</id>
              <repositories>
                <repository>
                  <id>local-cache</id>
                  <url>%1$s</url>
                  <snapshots><enabled>false</enabled></snapshots>
                </repository>
              </repositories>
              <pluginRepositories>
                <pluginRepository>
                  <id>local-cache</id>
                  <url>%1$s</url>
                  <snapshots><enabled>false</enabled></snapshots>
                </pluginRepository>
              </pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles>
            <activeProfile>local-cache</activeProfile>
          </activeProfiles>
        </settings>
        """
            .formatted(cache);
    try {
      Files.createDirectories(WORK);
      Files.writeString(file, xml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
