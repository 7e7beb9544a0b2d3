package dev.cairn.loader.models.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

@Entity
public class TableIdBeta {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "beta_gen")
  @TableGenerator(
      name = "beta_gen",
      table = "id_generators",
      pkColumnName = "generator_name",
      valueColumnName = "next_value",
      pkColumnValue = "beta",
      initialValue = 5,
      allocationSize = 10)
  Long id;
}
