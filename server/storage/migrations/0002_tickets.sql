-- Tickets and the organizations/facilities callers belong to, plus the Idempotency-Key store.
-- Runs on SQLite and PostgreSQL (placeholders expanded by the migration runner).

CREATE TABLE organizations (
    id {{ID}},
    name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('provider', 'pharmacy', 'hospital', 'local_health_department', 'school', 'childcare', 'health_plan')),
    created_at {{TIMESTAMP}} NOT NULL
);

CREATE INDEX organizations_name_idx ON organizations (name);

CREATE TABLE facilities (
    id {{ID}},
    organization_id {{BIGINT}} NOT NULL REFERENCES organizations (id),
    name TEXT NOT NULL,
    facility_code TEXT NOT NULL UNIQUE,
    vfc_pin TEXT NULL,
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT ''
);

CREATE INDEX facilities_organization_idx ON facilities (organization_id, id);

CREATE TABLE tickets (
    id {{ID}},
    subject TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    priority TEXT NOT NULL,
    category TEXT NOT NULL,
    channel TEXT NOT NULL,
    requester_name TEXT NOT NULL DEFAULT '',
    requester_contact TEXT NOT NULL DEFAULT '',
    organization_id {{BIGINT}} NULL REFERENCES organizations (id),
    assignee_id {{BIGINT}} NULL REFERENCES staff_users (id),
    created_by_id {{BIGINT}} NOT NULL REFERENCES staff_users (id),
    created_at {{TIMESTAMP}} NOT NULL,
    updated_at {{TIMESTAMP}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- The queue is read newest-first with keyset paging on (updated_at, id); each filter gets an
-- index that leads with the filter column and ends with the paging key.
CREATE INDEX tickets_updated_idx ON tickets (updated_at, id);
CREATE INDEX tickets_status_idx ON tickets (status, updated_at, id);
CREATE INDEX tickets_assignee_idx ON tickets (assignee_id, updated_at, id);
CREATE INDEX tickets_category_idx ON tickets (category, updated_at, id);
CREATE INDEX tickets_organization_idx ON tickets (organization_id);

CREATE TABLE idempotency_keys (
    id {{ID}},
    user_id {{BIGINT}} NOT NULL REFERENCES staff_users (id),
    idem_key TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    response_status INTEGER NOT NULL DEFAULT 0,
    response_body {{BLOB}} NULL,
    created_at {{TIMESTAMP}} NOT NULL,
    UNIQUE (user_id, idem_key)
);

CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
