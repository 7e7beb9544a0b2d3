package dev.cairn.test;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit Jupiter extension behind {@link RecordStatements}. Uses only the extension API that
 * JUnit Jupiter 5 and 6 have in common.
 */
public final class StatementRecorderExtension implements ParameterResolver, AfterEachCallback {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(StatementRecorderExtension.class);
  private static final String KEY = "recorder";

  /** Creates the extension (JUnit does). */
  public StatementRecorderExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == StatementRecorder.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return recorder(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Optional<RecordStatements> settings = settings(context);
    if (settings.isEmpty() || !settings.get().failOnDdl()) {
      return;
    }
    StatementRecorder recorder = context.getStore(NS).get(KEY, StatementRecorder.class);
    if (recorder == null && settings.get().global()) {
      recorder = StatementRecorder.global();
    }
    if (recorder != null) {
      CairnAssertions.assertThat(recorder).executedNoDdl();
    }
  }

  private static StatementRecorder recorder(ExtensionContext context) {
    // get + put rather than getOrComputeIfAbsent: the latter is deprecated in JUnit 6 and its
    // replacement does not exist in JUnit 5.
    ExtensionContext.Store store = context.getStore(NS);
    StatementRecorder recorder = store.get(KEY, StatementRecorder.class);
    if (recorder == null) {
      boolean global = settings(context).map(RecordStatements::global).orElse(false);
      recorder = global ? StatementRecorder.global() : StatementRecorder.create();
      store.put(KEY, recorder);
    }
    return recorder;
  }

  /** The nearest annotation: on the test method, else on the class or an enclosing class. */
  private static Optional<RecordStatements> settings(ExtensionContext context) {
    for (Optional<ExtensionContext> c = Optional.of(context);
        c.isPresent();
        c = c.get().getParent()) {
      Optional<AnnotatedElement> element = c.get().getElement();
      if (element.isPresent()) {
        RecordStatements found = element.get().getAnnotation(RecordStatements.class);
        if (found != null) {
          return Optional.of(found);
        }
      }
    }
    return Optional.empty();
  }
}
