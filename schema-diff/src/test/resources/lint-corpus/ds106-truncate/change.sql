TRUNCATE orders;
