package dev.cairn.loader.badmodels.mappedby;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
public class Parent {
  @Id Long id;

  @OneToMany(mappedBy = "mother")
  List<Child> children;
}
