CREATE INDEX measurements_logdate_idx ON measurements (logdate);
