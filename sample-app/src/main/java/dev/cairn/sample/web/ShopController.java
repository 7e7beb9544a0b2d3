package dev.cairn.sample.web;

import dev.cairn.sample.domain.CardBrand;
import dev.cairn.sample.domain.Carrier;
import dev.cairn.sample.domain.OrderLine;
import dev.cairn.sample.domain.Payment;
import dev.cairn.sample.domain.Product;
import dev.cairn.sample.domain.PurchaseOrder;
import dev.cairn.sample.domain.Shipment;
import dev.cairn.sample.domain.Tag;
import dev.cairn.sample.repository.ProductRepository;
import dev.cairn.sample.repository.PurchaseOrderRepository;
import dev.cairn.sample.service.NotFoundException;
import dev.cairn.sample.service.OrderService;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue, orders and payments. */
@RestController
@RequestMapping("/api")
public class ShopController {
  private final ProductRepository products;
  private final PurchaseOrderRepository orders;
  private final OrderService orderService;

  /**
   * Creates the controller.
   *
   * @param products the catalogue
   * @param orders orders
   * @param orderService placing and paying orders
   */
  public ShopController(
      ProductRepository products, PurchaseOrderRepository orders, OrderService orderService) {
    this.products = products;
    this.orders = orders;
    this.orderService = orderService;
  }

  /** A product as the API shows it. */
  public record ProductView(
      long id, String sku, String name, BigDecimal price, String category, List<String> tags) {
    static ProductView of(Product p) {
      return new ProductView(
          p.getId(),
          p.getSku(),
          p.getName(),
          p.getPrice(),
          p.getCategory().getSlug(),
          p.getTags().stream().map(Tag::getName).sorted().toList());
    }
  }

  /** An order line as the API shows it. */
  public record LineView(String sku, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
    static LineView of(OrderLine l) {
      return new LineView(
          l.getProduct().getSku(), l.getQuantity(), l.getUnitPrice(), l.getLineTotal());
    }
  }

  /** An order as the API shows it. */
  public record OrderView(
      long id,
      long customerId,
      String status,
      Instant placedAt,
      BigDecimal total,
      List<LineView> lines) {
    static OrderView of(PurchaseOrder o) {
      return new OrderView(
          o.getId(),
          o.getCustomer().getId(),
          o.getStatus().name(),
          o.getPlacedAt(),
          o.getTotal(),
          o.getLines().stream().map(LineView::of).toList());
    }
  }

  /** The body of {@code POST /api/orders}. */
  public record PlaceOrder(long customerId, List<OrderService.LineRequest> lines) {}

  /** The body of {@code POST /api/orders/{id}/card-payments}. */
  public record PayByCard(CardBrand brand, String last4) {}

  /** A payment as the API shows it. */
  public record PaymentView(long id, String method, String status, BigDecimal amount) {
    static PaymentView of(Payment p) {
      return new PaymentView(p.getId(), p.method(), p.getStatus().name(), p.getAmount());
    }
  }

  /**
   * The products that can be ordered.
   *
   * @return the products, by name
   */
  @GetMapping("/products")
  @Transactional(readOnly = true)
  public List<ProductView> products() {
    return products.findByActiveTrueOrderByName().stream().map(ProductView::of).toList();
  }

  /**
   * Places an order.
   *
   * @param request the customer and lines
   * @return 201 with the order
   */
  @PostMapping("/orders")
  @Transactional
  public ResponseEntity<OrderView> place(@RequestBody PlaceOrder request) {
    PurchaseOrder order = orderService.place(request.customerId(), request.lines());
    return ResponseEntity.created(URI.create("/api/orders/" + order.getId()))
        .body(OrderView.of(order));
  }

  /**
   * One order.
   *
   * @param id the order's id
   * @return the order
   */
  @GetMapping("/orders/{id}")
  @Transactional(readOnly = true)
  public OrderView order(@PathVariable long id) {
    return OrderView.of(
        orders.findById(id).orElseThrow(() -> new NotFoundException("order " + id)));
  }

  /**
   * Pays a pending order by card.
   *
   * @param id the order's id
   * @param request the card
   * @return 201 with the payment
   */
  @PostMapping("/orders/{id}/card-payments")
  public ResponseEntity<PaymentView> payByCard(
      @PathVariable long id, @RequestBody PayByCard request) {
    Payment payment = orderService.payByCard(id, request.brand(), request.last4());
    return ResponseEntity.status(HttpStatus.CREATED).body(PaymentView.of(payment));
  }

  /** The body of {@code POST /api/orders/{id}/shipments}. */
  public record Ship(Carrier carrier, String trackingNumber) {}

  /** A parcel as the API shows it. */
  public record ShipmentView(long id, String carrier, String trackingNumber, Instant shippedAt) {
    static ShipmentView of(Shipment s) {
      return new ShipmentView(
          s.getId(), s.getCarrier().name(), s.getTrackingNumber(), s.getShippedAt());
    }
  }

  /**
   * Hands a paid order to a carrier.
   *
   * @param id the order's id
   * @param request the carrier and tracking number
   * @return 201 with the parcel
   */
  @PostMapping("/orders/{id}/shipments")
  public ResponseEntity<ShipmentView> ship(@PathVariable long id, @RequestBody Ship request) {
    Shipment shipment = orderService.ship(id, request.carrier(), request.trackingNumber());
    return ResponseEntity.status(HttpStatus.CREATED).body(ShipmentView.of(shipment));
  }

  /**
   * A customer's order history, from the {@code order_summary} view.
   *
   * @param customerId the customer's id
   * @return one row per order, newest first
   */
  @GetMapping("/customers/{customerId}/orders")
  public List<PurchaseOrderRepository.OrderSummary> history(@PathVariable long customerId) {
    return orders.findSummaries(customerId);
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler({IllegalStateException.class, IllegalArgumentException.class})
  ProblemDetail conflict(RuntimeException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }
}
