-- A schema that uses every object kind the inspector models.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'application objects';

CREATE TYPE app.status AS ENUM ('draft', 'sent', 'done');
ALTER TYPE app.status ADD VALUE 'archived' BEFORE 'done';
COMMENT ON TYPE app.status IS 'document status';

CREATE DOMAIN app.email AS text COLLATE "C" DEFAULT 'nobody@example.com' NOT NULL
  CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
COMMENT ON DOMAIN app.email IS 'an e-mail address';

CREATE TYPE app.money_amount AS (amount numeric(12,2), currency character(3) COLLATE "C");
COMMENT ON TYPE app.money_amount IS 'amount with currency';

CREATE SEQUENCE app.invoice_no AS integer START WITH 1000 INCREMENT BY 5 MINVALUE 10 MAXVALUE 999999 CACHE 3 CYCLE;
COMMENT ON SEQUENCE app.invoice_no IS 'invoice numbers';

CREATE TABLE app.customer (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email app.email,
  name character varying(200) COLLATE "C" NOT NULL,
  status app.status NOT NULL DEFAULT 'draft',
  score numeric(5,2) CHECK (score BETWEEN 0 AND 100),
  name_upper text GENERATED ALWAYS AS (upper(name)) STORED,
  created_at timestamp(3) with time zone NOT NULL DEFAULT now(),
  CONSTRAINT customer_email_key UNIQUE (email)
);
COMMENT ON TABLE app.customer IS 'customers';
COMMENT ON COLUMN app.customer.name IS 'display name';
COMMENT ON CONSTRAINT customer_email_key ON app.customer IS 'one account per address';

CREATE TABLE app.invoice (
  id integer NOT NULL DEFAULT nextval('app.invoice_no'),
  customer_id bigint NOT NULL,
  region text NOT NULL,
  total app.money_amount,
  during tsrange,
  tags text[],
  legacy_id serial,
  CONSTRAINT invoice_pkey PRIMARY KEY (region, id),
  CONSTRAINT invoice_customer_fk FOREIGN KEY (customer_id) REFERENCES app.customer (id)
    ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT invoice_no_overlap EXCLUDE USING gist (region WITH =, during WITH &&)
);
ALTER TABLE app.invoice ADD CONSTRAINT invoice_region_check CHECK (region <> '') NOT VALID;
ALTER SEQUENCE app.invoice_no OWNED BY app.invoice.id;
ALTER TABLE app.invoice ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.invoice FORCE ROW LEVEL SECURITY;
CREATE POLICY invoice_by_region ON app.invoice AS RESTRICTIVE FOR SELECT TO PUBLIC
  USING (region = current_setting('app.region'));
CREATE POLICY invoice_insert ON app.invoice FOR INSERT WITH CHECK (customer_id > 0);

CREATE INDEX invoice_tags_idx ON app.invoice USING gin (tags);
CREATE UNIQUE INDEX invoice_legacy_idx ON app.invoice (legacy_id) INCLUDE (customer_id) NULLS NOT DISTINCT;
CREATE INDEX customer_lower_name_idx ON app.customer (lower(name) text_pattern_ops DESC NULLS LAST) WHERE status <> 'done';
CREATE INDEX customer_name_trgm_idx ON app.customer USING gin (name gin_trgm_ops);
COMMENT ON INDEX app.invoice_tags_idx IS 'tag search';

CREATE UNLOGGED TABLE app.scratch (k text PRIMARY KEY, v jsonb);

CREATE TABLE app.measurement (
  city_id integer NOT NULL,
  logdate date NOT NULL,
  peak integer,
  PRIMARY KEY (city_id, logdate)
) PARTITION BY RANGE (logdate);
CREATE TABLE app.measurement_2024 PARTITION OF app.measurement
  FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app.measurement_2025 PARTITION OF app.measurement
  FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX measurement_peak_idx ON app.measurement (peak);
CREATE INDEX measurement_2025_city_idx ON app.measurement_2025 (city_id);

CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.created_at := now();
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION app.touch() IS 'sets created_at';
CREATE FUNCTION app.add(a integer, b integer DEFAULT 1) RETURNS integer
  LANGUAGE sql IMMUTABLE STRICT AS 'SELECT a + b';
CREATE FUNCTION app.add(a numeric, b numeric) RETURNS numeric
  LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
CREATE PROCEDURE app.archive(p_before date) LANGUAGE sql AS $$
  UPDATE app.customer SET status = 'archived' WHERE created_at < p_before
$$;

CREATE TRIGGER customer_touch BEFORE INSERT OR UPDATE OF name ON app.customer
  FOR EACH ROW WHEN (NEW.name IS NOT NULL) EXECUTE FUNCTION app.touch();
ALTER TABLE app.customer DISABLE TRIGGER customer_touch;
COMMENT ON TRIGGER customer_touch ON app.customer IS 'keeps created_at fresh';

CREATE VIEW app.active_customer WITH (security_barrier = true) AS
  SELECT c.id, c.name FROM app.customer c WHERE c.status <> 'done';
COMMENT ON VIEW app.active_customer IS 'not done';
CREATE MATERIALIZED VIEW app.invoice_total AS
  SELECT i.customer_id, count(*) AS n FROM app.invoice i JOIN app.active_customer a ON a.id = i.customer_id
  GROUP BY i.customer_id;
CREATE UNIQUE INDEX invoice_total_customer_idx ON app.invoice_total (customer_id);

CREATE TABLE public.note (id integer PRIMARY KEY, body text, customer_id bigint REFERENCES app.customer);
CREATE TABLE public."Mixed Case" ("Id" integer, "select" text);
