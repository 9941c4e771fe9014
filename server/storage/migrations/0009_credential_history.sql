-- Staff password policy: the earlier passwords of each account as their Argon2id hashes (never
-- the passwords), so that a new password cannot be one of the policy's most recent ones.
CREATE TABLE staff_password_history (
    id {{ID}},
    user_id {{BIGINT}} NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    password_hash TEXT NOT NULL,
    replaced_at {{TIMESTAMP}} NOT NULL
);

CREATE INDEX staff_password_history_user_idx ON staff_password_history (user_id, id);
