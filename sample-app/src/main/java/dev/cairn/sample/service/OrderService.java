package dev.cairn.sample.service;

import dev.cairn.sample.domain.Address;
import dev.cairn.sample.domain.CardBrand;
import dev.cairn.sample.domain.CardPayment;
import dev.cairn.sample.domain.Carrier;
import dev.cairn.sample.domain.Customer;
import dev.cairn.sample.domain.CustomerStatus;
import dev.cairn.sample.domain.InventoryItem;
import dev.cairn.sample.domain.OrderStatus;
import dev.cairn.sample.domain.Payment;
import dev.cairn.sample.domain.Product;
import dev.cairn.sample.domain.PurchaseOrder;
import dev.cairn.sample.domain.Shipment;
import dev.cairn.sample.repository.CustomerRepository;
import dev.cairn.sample.repository.InventoryItemRepository;
import dev.cairn.sample.repository.PaymentRepository;
import dev.cairn.sample.repository.ProductRepository;
import dev.cairn.sample.repository.PurchaseOrderRepository;
import dev.cairn.sample.repository.ShipmentRepository;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Placing and paying orders. */
@Service
public class OrderService {
  private final CustomerRepository customers;
  private final ProductRepository products;
  private final InventoryItemRepository inventory;
  private final PurchaseOrderRepository orders;
  private final PaymentRepository payments;
  private final ShipmentRepository shipments;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param customers customers
   * @param products the catalogue
   * @param inventory stock levels
   * @param orders orders
   * @param payments payments
   * @param shipments parcels
   */
  public OrderService(
      CustomerRepository customers,
      ProductRepository products,
      InventoryItemRepository inventory,
      PurchaseOrderRepository orders,
      PaymentRepository payments,
      ShipmentRepository shipments) {
    this.customers = customers;
    this.products = products;
    this.inventory = inventory;
    this.orders = orders;
    this.payments = payments;
    this.shipments = shipments;
    this.clock = Clock.systemUTC();
  }

  /** One line of an order request. */
  public record LineRequest(long productId, int quantity) {}

  /**
   * Places an order: reserves the stock of every line and ships to the customer's default address.
   *
   * @param customerId who orders
   * @param lines what
   * @return the pending order
   * @throws NotFoundException when the customer or a product does not exist
   * @throws IllegalStateException when the customer is suspended or stock is short
   */
  @Transactional
  public PurchaseOrder place(long customerId, List<LineRequest> lines) {
    Customer customer =
        customers
            .findById(customerId)
            .orElseThrow(() -> new NotFoundException("customer " + customerId));
    if (customer.getStatus() != CustomerStatus.ACTIVE) {
      throw new IllegalStateException("customer " + customerId + " is suspended");
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an order needs at least one line");
    }
    Address shipTo = customer.getShippingAddress();
    PurchaseOrder order = new PurchaseOrder(customer, shipTo, clock.instant());
    for (LineRequest line : lines) {
      if (line.quantity() <= 0) {
        throw new IllegalArgumentException("quantity must be positive: " + line.quantity());
      }
      Product product =
          products
              .findById(line.productId())
              .filter(Product::isActive)
              .orElseThrow(() -> new NotFoundException("product " + line.productId()));
      InventoryItem stock =
          inventory
              .findByProductId(product.getId())
              .orElseThrow(() -> new IllegalStateException(product.getSku() + " is not stocked"));
      stock.reserve(line.quantity());
      order.addLine(product, line.quantity());
    }
    return orders.save(order);
  }

  /**
   * Pays a pending order by card (the provider is simulated: it always authorizes).
   *
   * @param orderId the order
   * @param brand the card scheme
   * @param last4 the card number's last four digits
   * @return the captured payment
   */
  @Transactional
  public Payment payByCard(long orderId, CardBrand brand, String last4) {
    PurchaseOrder order =
        orders.findById(orderId).orElseThrow(() -> new NotFoundException("order " + orderId));
    if (order.getStatus() != OrderStatus.PENDING) {
      throw new IllegalStateException("order " + orderId + " is " + order.getStatus());
    }
    CardPayment payment =
        new CardPayment(order, order.getTotal(), "EUR", clock.instant(), brand, last4);
    payment.authorize(UUID.randomUUID().toString());
    order.setStatus(OrderStatus.PAID);
    return payments.save(payment);
  }

  /**
   * Hands a paid order to a carrier.
   *
   * @param orderId the order
   * @param carrier the carrier
   * @param trackingNumber the carrier's tracking number, if any
   * @return the parcel
   */
  @Transactional
  public Shipment ship(long orderId, Carrier carrier, String trackingNumber) {
    PurchaseOrder order =
        orders.findById(orderId).orElseThrow(() -> new NotFoundException("order " + orderId));
    if (order.getStatus() != OrderStatus.PAID && order.getStatus() != OrderStatus.SHIPPED) {
      throw new IllegalStateException("order " + orderId + " is " + order.getStatus());
    }
    order.setStatus(OrderStatus.SHIPPED);
    return shipments.save(new Shipment(order, carrier, trackingNumber, clock.instant()));
  }
}
