CREATE TABLE hosts (id bigint PRIMARY KEY, network cidr NOT NULL);
CREATE INDEX hosts_network_idx ON hosts (network);
