-- Who is viewing or editing a ticket (heartbeat rows that expire after 45 s).

CREATE TABLE ticket_presence (
    ticket_id {{BIGINT}} NOT NULL REFERENCES tickets (id),
    user_id {{BIGINT}} NOT NULL REFERENCES staff_users (id),
    mode TEXT NOT NULL CHECK (mode IN ('viewing', 'editing')),
    expires_at {{TIMESTAMP}} NOT NULL,
    PRIMARY KEY (ticket_id, user_id)
);

CREATE INDEX ticket_presence_expires_idx ON ticket_presence (expires_at);
CREATE INDEX ticket_presence_user_idx ON ticket_presence (user_id);
