package dev.cairn.spring.internal;

import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Ends a {@code cairn.mode=migrate-only} run once the context has started — that is, after the
 * migrations applied — and before any {@code ApplicationRunner} or {@code CommandLineRunner} runs:
 * closes the context through {@link SpringApplication#exit} (so exit code generators and shutdown
 * callbacks run) and exits the JVM with its status, 0 unless a generator says otherwise. A failed
 * migration never gets here: startup fails and the JVM exits with status 1.
 */
public final class MigrateOnlyExit implements ApplicationListener<ApplicationStartedEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(MigrateOnlyExit.class);

  private final IntConsumer exit;

  /** Creates the listener that exits the JVM. */
  public MigrateOnlyExit() {
    this(System::exit);
  }

  MigrateOnlyExit(IntConsumer exit) {
    this.exit = exit;
  }

  @Override
  public void onApplicationEvent(ApplicationStartedEvent event) {
    // Logged before closing: closing the context also shuts the logging system down.
    LOG.info(
        "Cairn: cairn.mode=migrate-only and the migrations are done; stopping the application");
    exit.accept(SpringApplication.exit(event.getApplicationContext(), () -> 0));
  }
}
