package dev.cairn.sample.repository;

import dev.cairn.sample.domain.Shipment;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Parcels. */
public interface ShipmentRepository extends JpaRepository<Shipment, Long> {
  /**
   * The parcels of an order, in shipping order.
   *
   * @param orderId the order's id
   * @return the parcels
   */
  List<Shipment> findByOrderIdOrderByShippedAt(Long orderId);
}
