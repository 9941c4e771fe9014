-- The headers a replayed write gives back (ETag, Location), one "Name: value" per line.
ALTER TABLE idempotency_keys ADD COLUMN response_headers TEXT NULL;
