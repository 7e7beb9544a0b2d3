ALTER TABLE users ADD CONSTRAINT users_profile_complete CHECK (nickname IS NOT NULL AND status IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_profile_complete;
