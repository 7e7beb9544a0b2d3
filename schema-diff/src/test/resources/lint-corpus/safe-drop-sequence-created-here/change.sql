CREATE SEQUENCE invoice_numbers;
DROP SEQUENCE invoice_numbers;
ALTER TABLE orders ADD COLUMN line_no bigint;
CREATE SEQUENCE orders_line_no_seq OWNED BY orders.line_no;
ALTER TABLE orders DROP COLUMN line_no;
