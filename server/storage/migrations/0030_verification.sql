-- Caller identity verification and the accounting of disclosures. What the caller
-- said is never stored: only which factor was checked and whether it matched.

-- Alerts join the change feed (kind 'alert'). The kind CHECK cannot be altered in place on
-- SQLite, so the column is replaced (same statements on both stores).
DROP INDEX changes_entity_idx;
ALTER TABLE changes RENAME COLUMN kind TO kind_before_0030;
ALTER TABLE changes ADD COLUMN kind TEXT NOT NULL DEFAULT 'ticket' CHECK (kind IN ('ticket', 'presence', 'alert'));
UPDATE changes SET kind = kind_before_0030;
ALTER TABLE changes DROP COLUMN kind_before_0030;
CREATE INDEX changes_entity_idx ON changes (kind, entity_id);

-- scope and release_methods are fixed when the attempt is decided (the policy may be edited
-- later; a verification keeps the rules it passed under).
CREATE TABLE verification_attempts (
    id {{ID}},
    ticket_id {{BIGINT}} NOT NULL REFERENCES tickets (id),
    caller_type TEXT NOT NULL,
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('patient', 'iis_user', 'none')),
    patient_id {{BIGINT}} NULL REFERENCES patients (id),
    iis_user_id {{BIGINT}} NULL REFERENCES iis_users (id),
    facility_id {{BIGINT}} NULL REFERENCES facilities (id),
    outcome TEXT NOT NULL DEFAULT 'in_progress' CHECK (outcome IN ('in_progress', 'verified', 'failed', 'referred')),
    reason TEXT NULL,
    caller_name_given BOOLEAN NOT NULL DEFAULT FALSE,
    scope TEXT NOT NULL DEFAULT 'none',
    release_methods TEXT NOT NULL DEFAULT '',
    created_by_id {{BIGINT}} NOT NULL REFERENCES staff_users (id),
    created_at {{TIMESTAMP}} NOT NULL,
    decided_at {{TIMESTAMP}} NULL,
    expires_at {{TIMESTAMP}} NULL
);

CREATE INDEX verification_attempts_ticket_idx ON verification_attempts (ticket_id, created_at);
CREATE INDEX verification_attempts_patient_idx ON verification_attempts (patient_id, outcome, decided_at);

CREATE TABLE verification_factors (
    attempt_id {{BIGINT}} NOT NULL REFERENCES verification_attempts (id),
    factor TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('match', 'no_match', 'attested', 'not_attested')),
    checked_at {{TIMESTAMP}} NOT NULL,
    PRIMARY KEY (attempt_id, factor)
);

CREATE TABLE release_locks (
    id {{ID}},
    patient_id {{BIGINT}} NOT NULL REFERENCES patients (id),
    locked_at {{TIMESTAMP}} NOT NULL,
    locked_until {{TIMESTAMP}} NOT NULL,
    lifted_by_id {{BIGINT}} NULL REFERENCES staff_users (id),
    lifted_at {{TIMESTAMP}} NULL,
    lift_reason TEXT NOT NULL DEFAULT ''
);

CREATE INDEX release_locks_patient_idx ON release_locks (patient_id, locked_until);

-- recipient is the addressed-to line: PHI, shown to supervisors only, never logged.
CREATE TABLE disclosures (
    id {{ID}},
    patient_id {{BIGINT}} NOT NULL REFERENCES patients (id),
    ticket_id {{BIGINT}} NOT NULL REFERENCES tickets (id),
    attempt_id {{BIGINT}} NOT NULL REFERENCES verification_attempts (id),
    caller_type TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('read', 'mail', 'fax', 'print')),
    recipient TEXT NOT NULL DEFAULT '',
    scope TEXT NOT NULL,
    disclosed_by_id {{BIGINT}} NOT NULL REFERENCES staff_users (id),
    disclosed_at {{TIMESTAMP}} NOT NULL
);

CREATE INDEX disclosures_patient_idx ON disclosures (patient_id, disclosed_at);

-- note: the specialist's referral note (may name the caller: PHI, never in the audit).
CREATE TABLE supervisor_alerts (
    id {{ID}},
    kind TEXT NOT NULL CHECK (kind IN ('release_locked', 'referral')),
    ticket_id {{BIGINT}} NOT NULL REFERENCES tickets (id),
    patient_id {{BIGINT}} NULL REFERENCES patients (id),
    attempt_id {{BIGINT}} NOT NULL REFERENCES verification_attempts (id),
    note TEXT NOT NULL DEFAULT '',
    created_at {{TIMESTAMP}} NOT NULL,
    acknowledged_by_id {{BIGINT}} NULL REFERENCES staff_users (id),
    acknowledged_at {{TIMESTAMP}} NULL
);

CREATE INDEX supervisor_alerts_open_idx ON supervisor_alerts (acknowledged_at, created_at);
