-- Who is on shift and which ticket categories each staff member handles (skills: a
-- comma-separated list of category keys; empty = all), and the round-robin position.

ALTER TABLE staff_users ADD COLUMN on_shift INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff_users ADD COLUMN skills TEXT NOT NULL DEFAULT '';

CREATE TABLE assignment_cursor (
    strategy TEXT PRIMARY KEY,
    last_user_id {{BIGINT}} NULL REFERENCES staff_users (id)
);
