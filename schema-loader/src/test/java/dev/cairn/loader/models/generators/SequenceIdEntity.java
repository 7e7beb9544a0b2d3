package dev.cairn.loader.models.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class SequenceIdEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom")
  @SequenceGenerator(
      name = "custom",
      sequenceName = "custom_seq",
      initialValue = 100,
      allocationSize = 7)
  Long id;
}
