CREATE TABLE measurements (id bigint, logdate date NOT NULL) PARTITION BY RANGE (logdate);
CREATE TABLE measurements_2026 (id bigint, logdate date NOT NULL);
ALTER TABLE measurements_2026 ADD CONSTRAINT measurements_2026_bounds CHECK (logdate >= '2026-01-01' AND logdate < '2027-01-01');
