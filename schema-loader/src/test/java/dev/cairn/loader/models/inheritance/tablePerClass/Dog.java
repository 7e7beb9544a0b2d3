package dev.cairn.loader.models.inheritance.tablePerClass;

import jakarta.persistence.Entity;

@Entity
public class Dog extends Animal {
  boolean goodBoy;
}
