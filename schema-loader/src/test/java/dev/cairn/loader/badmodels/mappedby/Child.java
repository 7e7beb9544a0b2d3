package dev.cairn.loader.badmodels.mappedby;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Child {
  @Id Long id;

  @ManyToOne Parent parent;
}
