package dev.cairn.loader.models.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
  @Column(length = 120)
  String street;

  @Column(length = 60)
  String city;

  @Column(length = 12)
  String postalCode;
}
