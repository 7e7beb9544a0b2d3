package dev.cairn.sample.repository;

import dev.cairn.sample.domain.PurchaseOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Orders. */
public interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {

  /**
   * A customer's order history, newest first, from the {@code order_summary} view (defined in
   * {@code sample-app/src/main/sql}, not by an entity).
   *
   * @param customerId the customer's id
   * @return one row per order
   */
  @Query(
      value =
          "select order_id as orderId, status, placed_at as placedAt, line_count as lineCount,"
              + " items_total as itemsTotal from order_summary where customer_id = :customerId"
              + " order by placed_at desc",
      nativeQuery = true)
  List<OrderSummary> findSummaries(@Param("customerId") long customerId);

  /** One row of the {@code order_summary} view. */
  interface OrderSummary {
    /**
     * @return the order's id
     */
    Long getOrderId();

    /**
     * @return the order's status
     */
    String getStatus();

    /**
     * @return when it was placed
     */
    Instant getPlacedAt();

    /**
     * @return how many lines it has
     */
    Long getLineCount();

    /**
     * @return the sum of its lines
     */
    BigDecimal getItemsTotal();
  }
}
