-- Scanned forms attached to tickets, links from a ticket to what it is about, and the
-- caller's phone as 10 digits for "recent tickets from this number".

CREATE TABLE ticket_attachments (
    id {{ID}},
    ticket_id {{BIGINT}} NOT NULL REFERENCES tickets (id),
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size {{BIGINT}} NOT NULL,
    sha256 TEXT NOT NULL,
    data {{BLOB}} NOT NULL,
    uploaded_by_id {{BIGINT}} NOT NULL REFERENCES staff_users (id),
    created_at {{TIMESTAMP}} NOT NULL
);

CREATE INDEX ticket_attachments_ticket_idx ON ticket_attachments (ticket_id, id);

CREATE TABLE ticket_links (
    ticket_id {{BIGINT}} NOT NULL REFERENCES tickets (id),
    kind TEXT NOT NULL CHECK (kind IN ('organization', 'facility', 'ticket', 'patient', 'iis_user')),
    target TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    created_at {{TIMESTAMP}} NOT NULL,
    PRIMARY KEY (ticket_id, kind, target)
);

ALTER TABLE tickets ADD COLUMN requester_phone TEXT NULL;

CREATE INDEX tickets_requester_phone_idx ON tickets (requester_phone, created_at);
CREATE INDEX tickets_organization_created_idx ON tickets (organization_id, created_at);
