package dev.cairn.loader.models.schemas;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(schema = "billing")
public class Invoice {
  @Id @GeneratedValue Long id;

  String number;

  @ManyToOne Account account;
}
