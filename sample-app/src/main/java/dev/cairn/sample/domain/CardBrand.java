package dev.cairn.sample.domain;

/** Card schemes the shop accepts. */
public enum CardBrand {
  /** Visa. */
  VISA,
  /** Mastercard. */
  MASTERCARD,
  /** American Express. */
  AMEX
}
