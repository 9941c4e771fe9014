-- The change feed, SLA clocks stored on the ticket row, the status history, and the
-- new ticket fields (facility, first response, resolution, merge).

CREATE TABLE changes (
    seq {{ID}},
    kind TEXT NOT NULL CHECK (kind IN ('ticket', 'presence')),
    entity_id {{BIGINT}} NOT NULL,
    created_at {{TIMESTAMP}} NOT NULL
);

CREATE INDEX changes_entity_idx ON changes (kind, entity_id);

ALTER TABLE tickets ADD COLUMN facility_id {{BIGINT}} NULL REFERENCES facilities (id);
ALTER TABLE tickets ADD COLUMN first_response_at {{TIMESTAMP}} NULL;
ALTER TABLE tickets ADD COLUMN resolved_at {{TIMESTAMP}} NULL;
ALTER TABLE tickets ADD COLUMN merged_into {{BIGINT}} NULL REFERENCES tickets (id);
-- SLA clocks (models/slaclock.h): state running|paused|stopped, business seconds used up to
-- sla_clock_at, the due times while running, the breach decided when a clock was met, and
-- sla_sort_key = the earliest running due time or 9999-12-31 (sort=breach, indexed).
ALTER TABLE tickets ADD COLUMN sla_state TEXT NOT NULL DEFAULT 'running';
ALTER TABLE tickets ADD COLUMN sla_used_seconds {{BIGINT}} NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN sla_clock_at {{TIMESTAMP}} NULL;
ALTER TABLE tickets ADD COLUMN first_response_due {{TIMESTAMP}} NULL;
ALTER TABLE tickets ADD COLUMN resolution_due {{TIMESTAMP}} NULL;
ALTER TABLE tickets ADD COLUMN sla_first_response_breached INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN sla_resolution_met INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN sla_resolution_breached INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN sla_sort_key {{TIMESTAMP}} NULL;

CREATE INDEX tickets_sla_sort_idx ON tickets (sla_sort_key, id);

CREATE TABLE ticket_status_history (
    id {{ID}},
    ticket_id {{BIGINT}} NOT NULL REFERENCES tickets (id),
    status TEXT NOT NULL,
    changed_at {{TIMESTAMP}} NOT NULL,
    changed_by_id {{BIGINT}} NULL REFERENCES staff_users (id)
);

CREATE INDEX ticket_status_history_ticket_idx ON ticket_status_history (ticket_id, changed_at);

-- Existing tickets enter the feed in their order of last change; their clocks start now-ish
-- (recomputed by the server on their next write; until then they sort last).
INSERT INTO changes (kind, entity_id, created_at) SELECT 'ticket', id, updated_at FROM tickets ORDER BY updated_at, id;
UPDATE tickets SET sla_clock_at = created_at, sla_sort_key = '9999-12-31T00:00:00.000Z';
