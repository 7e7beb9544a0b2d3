package dev.cairn.loader.models.collections;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Letter {
  @Id @GeneratedValue Long id;

  String body;
}
