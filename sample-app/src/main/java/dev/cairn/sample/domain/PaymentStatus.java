package dev.cairn.sample.domain;

/** The state of one payment attempt. */
public enum PaymentStatus {
  /** Sent to the payment provider. */
  PENDING,
  /** The money arrived. */
  CAPTURED,
  /** The provider refused it. */
  FAILED
}
