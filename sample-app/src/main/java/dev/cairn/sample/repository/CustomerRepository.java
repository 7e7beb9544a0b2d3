package dev.cairn.sample.repository;

import dev.cairn.sample.domain.Customer;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Customers. */
public interface CustomerRepository extends JpaRepository<Customer, Long> {
  /**
   * Finds a customer by e-mail address.
   *
   * @param email the address
   * @return the customer, if any
   */
  Optional<Customer> findByEmail(String email);
}
