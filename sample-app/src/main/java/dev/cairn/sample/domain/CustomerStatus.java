package dev.cairn.sample.domain;

/** Whether a customer may order. */
public enum CustomerStatus {
  /** May order. */
  ACTIVE,
  /** May not order until support lifts the suspension. */
  SUSPENDED
}
