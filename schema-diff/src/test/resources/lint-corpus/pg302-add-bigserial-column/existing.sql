CREATE TABLE legacy (payload text);
