ALTER TABLE hosts ALTER COLUMN network TYPE inet;
