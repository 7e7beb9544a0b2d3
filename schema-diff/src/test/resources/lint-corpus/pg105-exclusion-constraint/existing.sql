CREATE TABLE bookings (id bigint PRIMARY KEY, during tstzrange NOT NULL);
