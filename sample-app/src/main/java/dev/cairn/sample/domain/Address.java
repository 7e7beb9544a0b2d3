package dev.cairn.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A postal address, embedded in customers (shipping, billing) and orders (ship-to). */
@Embeddable
public class Address {
  @Column(length = 200)
  private String street;

  @Column(length = 100)
  private String city;

  @Column(length = 20)
  private String postalCode;

  @Column(length = 2)
  private String countryCode;

  /** For JPA. */
  protected Address() {}

  /**
   * Creates an address.
   *
   * @param street street and number
   * @param city the city
   * @param postalCode the postal code
   * @param countryCode ISO 3166-1 alpha-2 code, e.g. {@code FR}
   */
  public Address(String street, String city, String postalCode, String countryCode) {
    this.street = street;
    this.city = city;
    this.postalCode = postalCode;
    this.countryCode = countryCode;
  }

  /**
   * Street and number.
   *
   * @return the street
   */
  public String getStreet() {
    return street;
  }

  /**
   * The city.
   *
   * @return the city
   */
  public String getCity() {
    return city;
  }

  /**
   * The postal code.
   *
   * @return the postal code
   */
  public String getPostalCode() {
    return postalCode;
  }

  /**
   * The ISO 3166-1 alpha-2 country code.
   *
   * @return e.g. {@code FR}
   */
  public String getCountryCode() {
    return countryCode;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address a
        && Objects.equals(street, a.street)
        && Objects.equals(city, a.city)
        && Objects.equals(postalCode, a.postalCode)
        && Objects.equals(countryCode, a.countryCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(street, city, postalCode, countryCode);
  }
}
