package dev.cairn.loader.models.schemas;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Account {
  @Id @GeneratedValue Long id;

  String holder;
}
