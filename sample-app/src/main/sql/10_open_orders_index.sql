-- The warehouse screen polls orders that still need work; shipped and cancelled orders are most of
-- the table and never asked for, so they stay out of the index.
CREATE INDEX purchase_order_open_idx ON purchase_order (placed_at)
  WHERE status IN ('PENDING', 'PAID');
