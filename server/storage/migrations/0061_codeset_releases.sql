-- Code set releases: a new set of CDC files staged as a pending release (the files as given,
-- and what they would add, change and retire against the published code sets), approved, then
-- published into the code_* tables, which the HL7 checks and the patient record read. Only a
-- published release changes them.

CREATE TABLE codeset_releases (
    id {{ID}},
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'published', 'discarded')),
    label TEXT NOT NULL DEFAULT '',
    -- JSON [{"label", "added", "changed", "retired", "unchanged", "added_keys": […], …}]: what
    -- the release changes; computed when staged, written again as applied when published.
    changes TEXT NOT NULL DEFAULT '[]',
    missing_files TEXT NOT NULL DEFAULT '[]',
    staged_by TEXT NOT NULL,
    staged_at {{TIMESTAMP}} NOT NULL,
    approved_by_id {{BIGINT}} NULL REFERENCES staff_users (id),
    approved_at {{TIMESTAMP}} NULL,
    published_by_id {{BIGINT}} NULL REFERENCES staff_users (id),
    published_at {{TIMESTAMP}} NULL,
    discarded_by_id {{BIGINT}} NULL REFERENCES staff_users (id),
    discarded_at {{TIMESTAMP}} NULL
);

CREATE INDEX codeset_releases_status_idx ON codeset_releases (status, id);

-- The CDC files of a release, byte for byte, applied when it is published.
CREATE TABLE codeset_release_files (
    release_id {{BIGINT}} NOT NULL REFERENCES codeset_releases (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    content {{BLOB}} NOT NULL,
    PRIMARY KEY (release_id, name)
);
