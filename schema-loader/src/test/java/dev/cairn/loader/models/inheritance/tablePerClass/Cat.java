package dev.cairn.loader.models.inheritance.tablePerClass;

import jakarta.persistence.Entity;

@Entity
public class Cat extends Animal {
  int lives;
}
