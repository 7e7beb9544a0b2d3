package dev.cairn.loader.models.inheritance.joined;

import jakarta.persistence.Entity;

@Entity
public class BankTransfer extends Payment {
  String iban;
}
