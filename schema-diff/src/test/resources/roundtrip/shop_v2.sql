-- The same shop after a release: renames (declared by hints), new and changed objects, drops.
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'money';

CREATE TYPE public.order_status AS ENUM ('draft', 'new', 'paid', 'shipped', 'cancelled', 'refunded');
CREATE TYPE public.priority AS ENUM ('low', 'high', 'urgent');
CREATE DOMAIN public.sku AS text NOT NULL CHECK (VALUE ~ '^[A-Z0-9-]{3,}$');
CREATE TYPE public.dimensions AS (width numeric, height numeric, depth numeric);

CREATE TABLE public.customers (
  id serial PRIMARY KEY,
  email text NOT NULL,
  full_name text NOT NULL,
  phone varchar(40),
  created_at timestamptz NOT NULL DEFAULT now(),
  vip boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX customer_mail_idx ON public.customers (lower(email));
CREATE INDEX customers_created_idx ON public.customers (created_at DESC);
COMMENT ON TABLE public.customers IS 'people who buy';
COMMENT ON COLUMN public.customers.vip IS 'gets free shipping';

CREATE TABLE public.product (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sku public.sku NOT NULL UNIQUE,
  title text NOT NULL,
  price numeric(12,2) NOT NULL CHECK (price > 0),
  price_cents bigint GENERATED ALWAYS AS (round(price * 100)::bigint) STORED,
  size public.dimensions,
  tags text[] DEFAULT '{}'
);
CREATE INDEX product_title_idx ON public.product (lower(title));

CREATE TABLE public.orders (
  id bigserial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES public.customers (id) ON DELETE RESTRICT,
  status public.order_status NOT NULL DEFAULT 'draft',
  priority public.priority DEFAULT 'high',
  total numeric(12,2) NOT NULL DEFAULT 0,
  note text,
  public_id uuid NOT NULL DEFAULT gen_random_uuid()
);
CREATE INDEX orders_customer_idx ON public.orders (customer_id, status);

CREATE TABLE public.order_line (
  order_id bigint NOT NULL REFERENCES public.orders (id) ON DELETE CASCADE,
  product_id bigint NOT NULL REFERENCES public.product (id),
  qty integer NOT NULL CHECK (qty > 0 AND qty < 1000),
  PRIMARY KEY (order_id, product_id)
);

CREATE TABLE billing.invoice (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES public.orders (id),
  issued_on date NOT NULL DEFAULT current_date,
  amount numeric(12,2) NOT NULL
);

CREATE VIEW public.order_summary AS
  SELECT o.id, o.status, o.total, c.email FROM public.orders o JOIN public.customers c ON c.id = o.customer_id;
CREATE VIEW public.big_order AS SELECT id, total FROM public.order_summary WHERE total > 100;
CREATE MATERIALIZED VIEW billing.revenue AS SELECT issued_on, sum(amount) AS amount FROM billing.invoice GROUP BY issued_on;
CREATE UNIQUE INDEX revenue_day_idx ON billing.revenue (issued_on);

CREATE FUNCTION public.order_total(p_order bigint) RETURNS numeric LANGUAGE sql STABLE AS
  $$ SELECT coalesce(sum(l.qty * p.price), 0) FROM public.order_line l JOIN public.product p ON p.id = l.product_id WHERE l.order_id = p_order $$;

CREATE FUNCTION public.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := coalesce(NEW.note, '-'); RETURN NEW; END $$;
CREATE TRIGGER orders_stamp BEFORE INSERT OR UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.stamp();

ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_visible ON public.orders FOR SELECT USING (status NOT IN ('cancelled', 'refunded'));
