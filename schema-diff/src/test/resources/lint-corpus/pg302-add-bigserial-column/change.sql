ALTER TABLE legacy ADD COLUMN id bigserial;
