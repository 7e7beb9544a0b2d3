ALTER TABLE orders RENAME TO purchase_orders;
CREATE VIEW orders AS SELECT * FROM purchase_orders;
