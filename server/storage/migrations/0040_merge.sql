-- Patient merge and unmerge. One row per merge holds everything an exact unmerge
-- needs: both before-images (every column of both patients, their child rows and events, as
-- JSON text), the field choices, the target right after the merge, and the ids of every
-- moved or hidden event and moved identifier. PHI lives here as in the patient tables; the
-- audit_events row of a merge names only ids.

CREATE TABLE patient_merges (
    id {{ID}},
    target_id {{BIGINT}} NOT NULL REFERENCES patients (id),
    source_id {{BIGINT}} NOT NULL REFERENCES patients (id),
    status TEXT NOT NULL DEFAULT 'merged' CHECK (status IN ('merged', 'unmerged')),
    reason TEXT NOT NULL,
    vetoes TEXT NOT NULL DEFAULT '[]',
    field_choices TEXT NOT NULL,
    target_before TEXT NOT NULL,
    source_before TEXT NOT NULL,
    target_after TEXT NOT NULL,
    moved_event_ids TEXT NOT NULL DEFAULT '[]',
    hidden_events TEXT NOT NULL DEFAULT '[]',
    moved_identifier_ids TEXT NOT NULL DEFAULT '[]',
    merged_by {{BIGINT}} NULL,
    merged_at {{TIMESTAMP}} NOT NULL,
    unmerged_by {{BIGINT}} NULL,
    unmerged_at {{TIMESTAMP}} NULL,
    unmerge_result TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX patient_merges_target_idx ON patient_merges (target_id, id);
CREATE INDEX patient_merges_source_idx ON patient_merges (source_id, id);

-- FHIR Patient.link: the retired source 'replaced-by' the target, the target 'replaces' the
-- source. Removed again by an unmerge.
CREATE TABLE patient_links (
    id {{ID}},
    patient_id {{BIGINT}} NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    other_patient_id {{BIGINT}} NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('replaced-by', 'replaces')),
    merge_id {{BIGINT}} NOT NULL REFERENCES patient_merges (id)
);

CREATE INDEX patient_links_patient_idx ON patient_links (patient_id);
CREATE INDEX patient_links_merge_idx ON patient_links (merge_id);
