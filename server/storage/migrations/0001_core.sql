-- Core schema: staff accounts, bearer sessions and the audit trail.
-- Placeholders are rewritten per dialect by MigrationRunner; statements end with ';' at line end.

CREATE TABLE staff_users (
    id {{ID}},
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('specialist', 'supervisor', 'trainer', 'admin')),
    password_hash TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until {{TIMESTAMP}},
    password_changed_at {{TIMESTAMP}},
    created_at {{TIMESTAMP}} NOT NULL
);

CREATE INDEX staff_users_active_idx ON staff_users (active, username);

-- Only the SHA-256 of a bearer token is stored (hex), never the token.
CREATE TABLE sessions (
    id {{ID}},
    user_id {{BIGINT}} NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at {{TIMESTAMP}} NOT NULL,
    last_seen_at {{TIMESTAMP}} NOT NULL,
    expires_at {{TIMESTAMP}} NOT NULL,
    revoked_at {{TIMESTAMP}},
    peer TEXT
);

CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

-- Append-only. detail is a JSON object and never holds PHI.
CREATE TABLE audit_events (
    id {{ID}},
    occurred_at {{TIMESTAMP}} NOT NULL,
    actor_user_id {{BIGINT}} REFERENCES staff_users (id),
    actor_username TEXT,
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT,
    peer TEXT,
    detail TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX audit_events_occurred_idx ON audit_events (occurred_at);
CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id);
CREATE INDEX audit_events_actor_idx ON audit_events (actor_user_id, occurred_at);
