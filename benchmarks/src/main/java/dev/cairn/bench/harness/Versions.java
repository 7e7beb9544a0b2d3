package dev.cairn.bench.harness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The versions of the tools on the harness's class path, for the report. */
final class Versions {
  private Versions() {}

  static String flyway() {
    return resource("org/flywaydb/core/internal/version.txt");
  }

  static String liquibase() {
    return liquibase.util.LiquibaseUtil.getBuildVersion();
  }

  static String liquibaseHibernate() {
    return pomVersion("org.liquibase.ext", "liquibase-hibernate7");
  }

  static String hibernate() {
    return org.hibernate.Version.getVersionString();
  }

  static String pgjdbc() {
    return org.postgresql.util.DriverInfo.DRIVER_VERSION;
  }

  static String summary() {
    return "Flyway "
        + flyway()
        + " (+ flyway-database-postgresql), Liquibase "
        + liquibase()
        + ", liquibase-hibernate7 "
        + liquibaseHibernate()
        + ", Hibernate ORM "
        + hibernate()
        + ", PostgreSQL JDBC "
        + pgjdbc();
  }

  private static String resource(String name) {
    try (InputStream in = Versions.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String pomVersion(String group, String artifact) {
    String name = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = Versions.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
