CREATE SCHEMA billing;
CREATE TABLE billing.invoice (id bigint PRIMARY KEY);
