package dev.cairn.loader.models.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

@Entity
public class TableIdAlpha {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "alpha_gen")
  @TableGenerator(
      name = "alpha_gen",
      table = "id_generators",
      pkColumnName = "generator_name",
      valueColumnName = "next_value",
      pkColumnValue = "alpha",
      initialValue = 1000,
      allocationSize = 10)
  Long id;
}
