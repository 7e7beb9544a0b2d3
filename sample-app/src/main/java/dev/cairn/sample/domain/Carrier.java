package dev.cairn.sample.domain;

/** Carriers the warehouse hands parcels to. */
public enum Carrier {
  /** La Poste's parcel service. */
  COLISSIMO,
  /** DHL. */
  DHL,
  /** UPS. */
  UPS
}
