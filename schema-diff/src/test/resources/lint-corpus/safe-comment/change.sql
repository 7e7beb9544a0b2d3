COMMENT ON TABLE orders IS 'Customer orders';
