package dev.cairn.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small shop whose schema Cairn owns: the entities in {@code dev.cairn.sample.domain} are the
 * source of truth, the repository's {@code migrations/} directory is generated from them, and the
 * starter applies (or, with {@code cairn.mode=validate}, checks) it before JPA starts.
 */
@SpringBootApplication
public class SampleApplication {

  /**
   * Starts the shop.
   *
   * @param args Spring Boot arguments, e.g. {@code --cairn.mode=validate}
   */
  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
