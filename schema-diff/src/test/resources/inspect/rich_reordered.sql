-- The objects of rich.sql, created in another order and other spellings.
CREATE SCHEMA app;
CREATE EXTENSION btree_gist;
CREATE EXTENSION pg_trgm;
CREATE TABLE public."Mixed Case" ("Id" int4, "select" varchar);
ALTER TABLE public."Mixed Case" ALTER COLUMN "select" TYPE text;
CREATE TYPE app.status AS ENUM ('draft', 'sent', 'archived', 'done');
CREATE TYPE app.money_amount AS (amount decimal(12,2), currency char(3) COLLATE "C");
CREATE DOMAIN app.email AS text COLLATE "C";
ALTER DOMAIN app.email SET NOT NULL;
ALTER DOMAIN app.email SET DEFAULT 'nobody@example.com';
ALTER DOMAIN app.email ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');

CREATE FUNCTION app.add(a numeric, b numeric) RETURNS numeric
  LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
CREATE FUNCTION app.add(a integer, b integer DEFAULT 1) RETURNS integer
  LANGUAGE sql IMMUTABLE STRICT AS 'SELECT a + b';
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.created_at := now();
  RETURN NEW;
END
$$;

CREATE TABLE app.measurement (city_id integer NOT NULL, logdate date NOT NULL, peak integer)
  PARTITION BY RANGE (logdate);
CREATE INDEX measurement_peak_idx ON app.measurement (peak);
ALTER TABLE app.measurement ADD PRIMARY KEY (city_id, logdate);
CREATE TABLE app.measurement_2025 (city_id integer NOT NULL, logdate date NOT NULL, peak integer);
CREATE INDEX measurement_2025_city_idx ON app.measurement_2025 (city_id);
ALTER TABLE app.measurement ATTACH PARTITION app.measurement_2025
  FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE app.measurement_2024 PARTITION OF app.measurement
  FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE UNLOGGED TABLE app.scratch (k text, v jsonb);
ALTER TABLE app.scratch ADD PRIMARY KEY (k);

CREATE TABLE app.customer (
  id bigint GENERATED ALWAYS AS IDENTITY,
  email app.email,
  name varchar(200) COLLATE "C" NOT NULL,
  status app.status NOT NULL,
  score numeric(5,2),
  name_upper text GENERATED ALWAYS AS (upper(name)) STORED,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
ALTER TABLE app.customer ALTER COLUMN status SET DEFAULT 'draft';
ALTER TABLE app.customer ADD CONSTRAINT customer_pkey PRIMARY KEY (id);
ALTER TABLE app.customer ADD CONSTRAINT customer_score_check CHECK (score >= 0 AND score <= 100);
CREATE UNIQUE INDEX customer_email_key ON app.customer (email);
ALTER TABLE app.customer ADD CONSTRAINT customer_email_key UNIQUE USING INDEX customer_email_key;
CREATE INDEX customer_name_trgm_idx ON app.customer USING gin (name gin_trgm_ops);
CREATE INDEX customer_lower_name_idx ON app.customer (lower(name) text_pattern_ops DESC NULLS LAST)
  WHERE status <> 'done';
CREATE TRIGGER customer_touch BEFORE UPDATE OF name OR INSERT ON app.customer
  FOR EACH ROW WHEN (NEW.name IS NOT NULL) EXECUTE PROCEDURE app.touch();
ALTER TABLE app.customer DISABLE TRIGGER customer_touch;

CREATE VIEW app.active_customer AS
  SELECT c.id, c.name FROM app.customer AS c WHERE NOT (c.status = 'done');
-- CREATE OR REPLACE VIEW without WITH (…) resets the view's options: set them afterwards.
CREATE OR REPLACE VIEW app.active_customer AS
  SELECT c.id, c.name FROM app.customer c WHERE c.status <> 'done';
ALTER VIEW app.active_customer SET (security_barrier = true);

CREATE PROCEDURE app.archive(p_before date) LANGUAGE sql AS $$
  UPDATE app.customer SET status = 'archived' WHERE created_at < p_before
$$;

CREATE SEQUENCE app.invoice_no AS integer;
ALTER SEQUENCE app.invoice_no START WITH 1000 RESTART 1000 INCREMENT BY 5 MINVALUE 10 MAXVALUE 999999 CACHE 3 CYCLE;

CREATE TABLE public.note (id integer, body text, customer_id bigint);
ALTER TABLE public.note ADD PRIMARY KEY (id);
ALTER TABLE public.note ADD FOREIGN KEY (customer_id) REFERENCES app.customer (id);

CREATE TABLE app.invoice (
  id integer NOT NULL,
  customer_id bigint NOT NULL,
  region text NOT NULL,
  total app.money_amount,
  during tsrange,
  tags text[],
  legacy_id serial
);
ALTER TABLE app.invoice ALTER COLUMN id SET DEFAULT nextval('app.invoice_no');
ALTER SEQUENCE app.invoice_no OWNED BY app.invoice.id;
CREATE POLICY invoice_insert ON app.invoice FOR INSERT TO public WITH CHECK (customer_id > 0);
CREATE POLICY invoice_by_region ON app.invoice AS RESTRICTIVE FOR SELECT
  USING (region = current_setting('app.region'));
ALTER TABLE app.invoice FORCE ROW LEVEL SECURITY;
ALTER TABLE app.invoice ENABLE ROW LEVEL SECURITY;
CREATE UNIQUE INDEX invoice_legacy_idx ON app.invoice (legacy_id) INCLUDE (customer_id) NULLS NOT DISTINCT;
CREATE INDEX invoice_tags_idx ON app.invoice USING gin (tags);
ALTER TABLE app.invoice ADD CONSTRAINT invoice_region_check CHECK (region <> '') NOT VALID;
ALTER TABLE app.invoice ADD CONSTRAINT invoice_no_overlap EXCLUDE USING gist (region WITH =, during WITH &&);
ALTER TABLE app.invoice ADD CONSTRAINT invoice_customer_fk FOREIGN KEY (customer_id) REFERENCES app.customer (id)
    ON UPDATE SET NULL ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE app.invoice ADD CONSTRAINT invoice_pkey PRIMARY KEY (region, id);

CREATE MATERIALIZED VIEW app.invoice_total AS
  SELECT i.customer_id, count(*) AS n FROM app.invoice i JOIN app.active_customer a ON a.id = i.customer_id
  GROUP BY i.customer_id;
CREATE UNIQUE INDEX invoice_total_customer_idx ON app.invoice_total (customer_id);

COMMENT ON INDEX app.invoice_tags_idx IS 'tag search';
COMMENT ON TRIGGER customer_touch ON app.customer IS 'keeps created_at fresh';
COMMENT ON VIEW app.active_customer IS 'not done';
COMMENT ON FUNCTION app.touch() IS 'sets created_at';
COMMENT ON CONSTRAINT customer_email_key ON app.customer IS 'one account per address';
COMMENT ON COLUMN app.customer.name IS 'display name';
COMMENT ON TABLE app.customer IS 'customers';
COMMENT ON SEQUENCE app.invoice_no IS 'invoice numbers';
COMMENT ON TYPE app.money_amount IS 'amount with currency';
COMMENT ON DOMAIN app.email IS 'an e-mail address';
COMMENT ON TYPE app.status IS 'document status';
COMMENT ON SCHEMA app IS 'application objects';
