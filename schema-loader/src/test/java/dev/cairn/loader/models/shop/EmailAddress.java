package dev.cairn.loader.models.shop;

/** A value type stored through {@link EmailAddressConverter}. */
public record EmailAddress(String value) {}
