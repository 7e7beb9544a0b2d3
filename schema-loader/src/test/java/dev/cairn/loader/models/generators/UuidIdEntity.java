package dev.cairn.loader.models.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.UUID;

@Entity
public class UuidIdEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  UUID id;
}
