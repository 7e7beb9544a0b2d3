package dev.cairn.loader.xmlmodels;

/** Mapped in {@code META-INF/cairn-test-orm.xml}. */
public class Note {
  Long id;
  String text;
  int pinned;
}
