package dev.cairn.sample.repository;

import dev.cairn.sample.domain.Payment;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Payments of every method (the JOINED hierarchy is queried polymorphically). */
public interface PaymentRepository extends JpaRepository<Payment, Long> {
  /**
   * The payments of an order, oldest first.
   *
   * @param orderId the order's id
   * @return the payments
   */
  List<Payment> findByOrderIdOrderByCreatedAt(Long orderId);
}
