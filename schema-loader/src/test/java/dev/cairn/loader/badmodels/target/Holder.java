package dev.cairn.loader.badmodels.target;

import dev.cairn.loader.badmodels.NotAnEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Holder {
  @Id Long id;

  @ManyToOne NotAnEntity thing;
}
