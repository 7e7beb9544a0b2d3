package dev.cairn.loader.badmodels.conflict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "shipment")
public class ShipmentView {
  @Id Long id;

  @Column(name = "tracking_code")
  Long tracking;
}
