package dev.cairn.loader.models.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class PackageSequenceEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "package_seq")
  Long id;
}
