ALTER TABLE users ADD COLUMN public_id uuid DEFAULT gen_random_uuid();
