package dev.cairn.spring.internal;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.guard.DdlGuard;
import dev.cairn.runtime.guard.GuardMode;
import dev.cairn.runtime.guard.GuardOptions;
import dev.cairn.spring.CairnDataSource;
import dev.cairn.spring.CairnProperties;
import java.sql.SQLException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Wraps every {@link DataSource} bean with one {@link DdlGuard}, except a bean qualified {@link
 * CairnDataSource} and data sources that are guarded already. Ordered last among the ordered
 * post-processors. The wrapped data source keeps {@code unwrap}/{@code isWrapperFor} working for
 * the pool underneath (Hikari's MXBean, Boot's {@code DataSourceUnwrapper}).
 *
 * <p>Keeps each original reachable (see {@link #unguarded}) so that Cairn can migrate through the
 * unguarded pool when no separate migration connection is configured, even when post-processors
 * that run later decorate the bean again.
 */
public final class DdlGuardBeanPostProcessor
    implements BeanPostProcessor, BeanFactoryAware, EnvironmentAware, Ordered {
  private static final Logger LOG = LoggerFactory.getLogger(DdlGuardBeanPostProcessor.class);

  private ConfigurableListableBeanFactory beanFactory;
  private Environment environment;
  private volatile DdlGuard guard;
  private volatile boolean resolved;

  @Override
  public void setBeanFactory(BeanFactory beanFactory) {
    if (beanFactory instanceof ConfigurableListableBeanFactory listable) {
      this.beanFactory = listable;
    }
  }

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
    if (!(bean instanceof DataSource dataSource) || isMigrationDataSource(beanName)) {
      return bean;
    }
    DdlGuard g = guard();
    if (g == null || isGuarded(dataSource)) {
      return bean;
    }
    DataSource guarded = new GuardedDataSource(g, dataSource);
    LOG.debug("DDL guard ({}) wraps data source bean '{}'", g.options().mode(), beanName);
    return guarded;
  }

  /**
   * The data source a guarded bean wraps.
   *
   * @param dataSource a data source bean
   * @return what this post-processor wrapped, or the argument when it did not wrap it
   */
  public DataSource unguarded(DataSource dataSource) {
    GuardedDataSource guarded = GuardedDataSource.find(dataSource);
    return guarded != null ? guarded.unguarded() : dataSource;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  private boolean isMigrationDataSource(String beanName) {
    return beanFactory != null
        && beanFactory.containsBeanDefinition(beanName)
        && beanFactory.findAnnotationOnBean(beanName, CairnDataSource.class, false) != null;
  }

  private static boolean isGuarded(DataSource dataSource) {
    try {
      return dataSource.isWrapperFor(DdlGuard.class);
    } catch (SQLException e) {
      return false;
    }
  }

  /** The shared guard, or null when {@code cairn.guard.mode=off}. */
  private DdlGuard guard() {
    if (!resolved) {
      synchronized (this) {
        if (!resolved && environment != null) {
          CairnProperties.Guard settings =
              Binder.get(environment)
                  .bind("cairn.guard", CairnProperties.Guard.class)
                  .orElseGet(CairnProperties.Guard::new);
          guard = settings.getMode() == GuardMode.OFF ? null : DdlGuard.create(options(settings));
          resolved = true;
        }
      }
    }
    return guard;
  }

  static GuardOptions options(CairnProperties.Guard settings) {
    GuardOptions.Builder b =
        GuardOptions.builder().mode(settings.getMode()).allowDoBlocks(settings.isAllowDoBlocks());
    for (String regex : settings.getAllow()) {
      try {
        b.allow(Pattern.compile(regex));
      } catch (PatternSyntaxException e) {
        throw new CairnException(
            ErrorCode.INVALID_CONFIGURATION,
            "cairn.guard.allow contains an invalid regular expression: "
                + e.getDescription()
                + " in '"
                + regex
                + "'. Fix the pattern, e.g. '(?i)create table if not exists shedlock .*'.",
            e);
      }
    }
    return b.build();
  }
}
