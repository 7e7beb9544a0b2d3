package dev.cairn.loader.models.collections;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Award {
  @Column(nullable = false, length = 100)
  String title;

  int awardYear;
}
