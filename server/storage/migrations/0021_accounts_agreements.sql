-- What provisioning adds to the core IIS account tables of 0020 (new columns only;
-- caller verification reads 0020's columns), organization/facility details and versions,
-- agreements with their signed documents, and the SCIM client tokens.

ALTER TABLE iis_users ADD COLUMN ticket_id {{BIGINT}} NULL;
ALTER TABLE iis_users ADD COLUMN credential_hash TEXT NULL;
ALTER TABLE iis_users ADD COLUMN credential_issued_at {{TIMESTAMP}} NULL;
ALTER TABLE iis_users ADD COLUMN activated_at {{TIMESTAMP}} NULL;
ALTER TABLE iis_users ADD COLUMN inactivated_at {{TIMESTAMP}} NULL;
-- SCIM DELETE: the account stays (agreements are retained) but SCIM no longer sees it.
ALTER TABLE iis_users ADD COLUMN scim_deleted_at {{TIMESTAMP}} NULL;

CREATE INDEX iis_users_inactivated_idx ON iis_users (inactivated_at);
CREATE INDEX iis_users_external_idx ON iis_users (external_id);

ALTER TABLE organizations ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE organizations ADD COLUMN updated_at {{TIMESTAMP}} NULL;

ALTER TABLE facilities ADD COLUMN fax TEXT NOT NULL DEFAULT '';
ALTER TABLE facilities ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- Dates (signed_on, expires_on, ended_on, retention_until) are plain YYYY-MM-DD text, which
-- sorts and compares correctly on both stores.
CREATE TABLE agreements (
    id {{ID}},
    kind TEXT NOT NULL CHECK (kind IN ('confidentiality', 'user_access', 'organization_data_use')),
    iis_user_id {{BIGINT}} NULL REFERENCES iis_users (id) ON DELETE CASCADE,
    organization_id {{BIGINT}} NULL REFERENCES organizations (id),
    version TEXT NOT NULL,
    signer_name TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    ended_on TEXT NULL,
    retention_until TEXT NOT NULL,
    document_type TEXT NULL,
    document {{BLOB}} NULL,
    document_size {{BIGINT}} NULL,
    document_sha256 TEXT NULL,
    recorded_by_id {{BIGINT}} NULL REFERENCES staff_users (id),
    created_at {{TIMESTAMP}} NOT NULL,
    CHECK ((iis_user_id IS NULL AND organization_id IS NOT NULL) OR (iis_user_id IS NOT NULL AND organization_id IS NULL))
);

CREATE INDEX agreements_user_idx ON agreements (iis_user_id, kind, signed_on);
CREATE INDEX agreements_org_idx ON agreements (organization_id, kind, signed_on);
CREATE INDEX agreements_expires_idx ON agreements (expires_on);

CREATE TABLE scim_tokens (
    id {{ID}},
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_by_id {{BIGINT}} NULL REFERENCES staff_users (id),
    created_at {{TIMESTAMP}} NOT NULL,
    last_used_at {{TIMESTAMP}} NULL,
    revoked_at {{TIMESTAMP}} NULL
);
