CREATE TABLE coupons (code text NOT NULL);
CREATE UNIQUE INDEX coupons_code_key ON coupons (code);
