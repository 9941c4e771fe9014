-- The IIS user accounts the desk provisions (not the desk's own staff) and the sites
-- (facilities) each belongs to. Caller verification reads these two tables to verify provider
-- and school callers; agreements, organization details and SCIM tokens are in 0021.

CREATE TABLE iis_users (
    id {{ID}},
    username TEXT NOT NULL UNIQUE,
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('view_only', 'data_entry', 'inventory', 'access_administrator', 'school_user')),
    status TEXT NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'pending_agreement', 'active', 'inactive')),
    inactive_reason TEXT NOT NULL DEFAULT '',
    external_id TEXT NULL,
    last_login_at {{TIMESTAMP}} NULL,
    created_at {{TIMESTAMP}} NOT NULL,
    updated_at {{TIMESTAMP}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX iis_users_status_idx ON iis_users (status, username);

CREATE TABLE iis_user_sites (
    iis_user_id {{BIGINT}} NOT NULL REFERENCES iis_users (id) ON DELETE CASCADE,
    facility_id {{BIGINT}} NOT NULL REFERENCES facilities (id),
    PRIMARY KEY (iis_user_id, facility_id)
);

CREATE INDEX iis_user_sites_facility_idx ON iis_user_sites (facility_id);
