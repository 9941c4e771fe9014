-- Duplicate candidate detection (docs/architecture/contracts-duplicates.md). One row
-- per pair of patients, ordered low id / high id, with the score, its grade, every field's
-- contribution (the waterfall, JSON text), badges (twin_guard, jr_sr, multiple_birth) and hard
-- vetoes. status: open (on the worklist), not_duplicate (a specialist's decision, never
-- reopened by a re-run), merged (the pair was merged), dropped (no longer a candidate: the
-- score fell below "possible" or a side was retired; reopened if it becomes one again).
-- score_centi is the score in hundredths, so keyset paging compares integers on both stores.

CREATE TABLE duplicate_candidates (
    id {{ID}},
    low_id {{BIGINT}} NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    high_id {{BIGINT}} NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    score_centi INTEGER NOT NULL,
    grade TEXT NOT NULL CHECK (grade IN ('certain', 'probable', 'possible')),
    contributions TEXT NOT NULL DEFAULT '[]',
    badges TEXT NOT NULL DEFAULT '[]',
    vetoes TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'not_duplicate', 'merged', 'dropped')),
    claimed_by {{BIGINT}} NULL,
    claimed_at {{TIMESTAMP}} NULL,
    decision_reason TEXT NOT NULL DEFAULT '',
    decided_by {{BIGINT}} NULL,
    decided_at {{TIMESTAMP}} NULL,
    created_at {{TIMESTAMP}} NOT NULL,
    evaluated_at {{TIMESTAMP}} NOT NULL,
    updated_at {{TIMESTAMP}} NOT NULL,
    CHECK (low_id < high_id)
);

CREATE UNIQUE INDEX duplicate_candidates_pair_uq ON duplicate_candidates (low_id, high_id);
CREATE INDEX duplicate_candidates_high_idx ON duplicate_candidates (high_id);
CREATE INDEX duplicate_candidates_worklist_idx ON duplicate_candidates (status, grade, score_centi, id);
