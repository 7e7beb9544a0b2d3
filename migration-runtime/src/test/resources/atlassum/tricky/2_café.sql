CREATE TABLE café (naïve text);
