-- The ticket timeline (internal notes, replies to the caller, call log entries) and
-- canned responses (SOP snippets).

CREATE TABLE ticket_entries (
    id {{ID}},
    ticket_id {{BIGINT}} NOT NULL REFERENCES tickets (id),
    kind TEXT NOT NULL CHECK (kind IN ('note', 'reply', 'call')),
    body TEXT NOT NULL DEFAULT '',
    author_id {{BIGINT}} NOT NULL REFERENCES staff_users (id),
    created_at {{TIMESTAMP}} NOT NULL,
    direction TEXT NULL CHECK (direction IS NULL OR direction IN ('inbound', 'outbound')),
    phone TEXT NULL,
    started_at {{TIMESTAMP}} NULL,
    ended_at {{TIMESTAMP}} NULL,
    duration_seconds INTEGER NULL
);

CREATE INDEX ticket_entries_ticket_idx ON ticket_entries (ticket_id, id);

CREATE TABLE canned_responses (
    id {{ID}},
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    category TEXT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TIMESTAMP}} NOT NULL,
    updated_at {{TIMESTAMP}} NOT NULL
);

CREATE INDEX canned_responses_category_idx ON canned_responses (category, title);
