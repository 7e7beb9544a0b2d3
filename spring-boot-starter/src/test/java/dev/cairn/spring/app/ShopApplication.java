package dev.cairn.spring.app;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A small JPA application: two entities whose tables come from {@code classpath:db/migrations}. Its
 * main method is what the migrate-only test runs in a separate JVM.
 */
@SpringBootApplication
public class ShopApplication {
  public static void main(String[] args) {
    SpringApplication.run(ShopApplication.class, args);
  }

  /** Prints a marker so that tests can tell whether the application's own beans were created. */
  @Bean
  ShopService shopService() {
    System.out.println("SHOP SERVICE CREATED");
    return new ShopService();
  }

  @Bean
  CommandLineRunner announce() {
    return args -> System.out.println("SHOP RUNNER RAN");
  }

  /** Stands for the application's business beans. */
  public static final class ShopService {}
}
