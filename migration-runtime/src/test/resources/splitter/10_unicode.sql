CREATE TABLE café (naïve text); 
INSERT INTO café VALUES ('日本語;'); SELECT naïve FROM café;
