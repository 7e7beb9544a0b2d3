package dev.cairn.loader.badmodels;

/** A plain class without any mapping annotation. */
public class NotAnEntity {
  Long id;
}
