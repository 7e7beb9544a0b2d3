package dev.cairn.loader.models.quoted;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "\"user\"")
public class User {
  @Id @GeneratedValue Long id;

  @Column(name = "\"DisplayName\"")
  String displayName;

  @Column(name = "\"order\"")
  int order;
}
