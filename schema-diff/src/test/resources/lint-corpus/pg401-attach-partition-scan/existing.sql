CREATE TABLE measurements (id bigint, logdate date NOT NULL) PARTITION BY RANGE (logdate);
CREATE TABLE measurements_2026 (id bigint, logdate date NOT NULL);
