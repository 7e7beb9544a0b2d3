package dev.cairn.sample.domain;

/** Where an order is in its life. */
public enum OrderStatus {
  /** Placed, stock reserved, not paid yet. */
  PENDING,
  /** Paid, waiting for the warehouse. */
  PAID,
  /** Handed to a carrier. */
  SHIPPED,
  /** Cancelled before shipping; its stock is released. */
  CANCELLED
}
