-- Patients whose duplicate detection is still owed: written in the transaction that imports
-- them, removed once their pairs are recorded. An import stopped in between (a crash, a kill)
-- leaves them here, and the next import run detects them before anything else.

CREATE TABLE duplicate_pending (
    patient_id {{BIGINT}} PRIMARY KEY REFERENCES patients (id) ON DELETE CASCADE
);
