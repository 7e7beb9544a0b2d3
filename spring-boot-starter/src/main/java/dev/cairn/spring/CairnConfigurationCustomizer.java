package dev.cairn.spring;

import dev.cairn.runtime.Cairn;

/**
 * Adjusts the {@link Cairn.Builder} after the {@code cairn.*} properties were applied and before
 * the auto-configured {@link Cairn} is built, e.g. to set a lock key or a class loader. Declare
 * beans of this type; they are called in {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface CairnConfigurationCustomizer {

  /**
   * Customizes the builder.
   *
   * @param builder the builder, with the properties applied
   */
  void customize(Cairn.Builder builder);
}
