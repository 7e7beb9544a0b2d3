CREATE TABLE events (id bigint NOT NULL, payload text);
CREATE UNIQUE INDEX events_id_key ON events (id);
