-- Patient registry: demographics, identifiers, consent, immunizations, and the
-- standardized match keys every blocking pass looks up by index (same SQL on both stores).
-- Dates of birth and administration are plain dates stored as 'YYYY-MM-DD' text.

CREATE TABLE patients (
    id {{ID}},
    iis_id TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL DEFAULT '',
    middle_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    birth_date TEXT NULL,
    sex TEXT NOT NULL DEFAULT 'U' CHECK (sex IN ('F', 'M', 'U')),
    multiple_birth BOOLEAN NOT NULL DEFAULT FALSE,
    birth_order INTEGER NOT NULL DEFAULT 0,
    mother_maiden_name TEXT NOT NULL DEFAULT '',
    race TEXT NOT NULL DEFAULT '',
    ethnicity TEXT NOT NULL DEFAULT '',
    active BOOLEAN NOT NULL DEFAULT TRUE,
    full_opt_out BOOLEAN NOT NULL DEFAULT FALSE,
    sharing_lock BOOLEAN NOT NULL DEFAULT FALSE,
    owning_facility_code TEXT NOT NULL DEFAULT '',
    created_at {{TIMESTAMP}} NOT NULL,
    updated_at {{TIMESTAMP}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    std_first TEXT NOT NULL DEFAULT '',
    std_last TEXT NOT NULL DEFAULT '',
    first_initial TEXT NOT NULL DEFAULT '',
    birth_year INTEGER NULL,
    birth_ym TEXT NOT NULL DEFAULT '',
    dob_swapped TEXT NOT NULL DEFAULT '',
    dm_mother TEXT NOT NULL DEFAULT ''
);

-- IIS ids are handed out in blocks (PatientWriter takes 1000 at a time), so bulk loads
-- need no round trip per patient and concurrent writers never collide.
CREATE TABLE patient_id_blocks (
    name TEXT PRIMARY KEY,
    next_value {{BIGINT}} NOT NULL
);

INSERT INTO patient_id_blocks (name, next_value) VALUES ('iis_id', 1);

CREATE INDEX patients_dob_sex_idx ON patients (birth_date, sex);
CREATE INDEX patients_dob_swapped_idx ON patients (dob_swapped, first_initial);
CREATE INDEX patients_mother_idx ON patients (dm_mother, birth_ym);

-- Double Metaphone keys: kind 'L' = surname code (+ birth year for the ±1 pass),
-- 'FL' = given|surname code pair. Several rows per patient (aliases, compound parts).
CREATE TABLE patient_match_keys (
    patient_id {{BIGINT}} NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    birth_year INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX patient_match_keys_idx ON patient_match_keys (kind, code, birth_year);
CREATE INDEX patient_match_keys_patient_idx ON patient_match_keys (patient_id);

CREATE TABLE patient_names (
    id {{ID}},
    patient_id {{BIGINT}} NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'alias',
    first_name TEXT NOT NULL DEFAULT '',
    middle_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT ''
);

CREATE INDEX patient_names_patient_idx ON patient_names (patient_id);

CREATE TABLE patient_addresses (
    id {{ID}},
    patient_id {{BIGINT}} NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'home',
    street TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT '',
    zip TEXT NOT NULL DEFAULT '',
    current_address BOOLEAN NOT NULL DEFAULT TRUE,
    addr_token TEXT NOT NULL DEFAULT '',
    zip5 TEXT NOT NULL DEFAULT ''
);

CREATE INDEX patient_addresses_patient_idx ON patient_addresses (patient_id);
CREATE INDEX patient_addresses_token_idx ON patient_addresses (addr_token, zip5);
CREATE INDEX patient_addresses_zip_idx ON patient_addresses (zip5);

CREATE TABLE patient_phones (
    id {{ID}},
    patient_id {{BIGINT}} NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'home',
    number TEXT NOT NULL DEFAULT '',
    phone10 TEXT NOT NULL DEFAULT ''
);

CREATE INDEX patient_phones_patient_idx ON patient_phones (patient_id);
CREATE INDEX patient_phones_phone_idx ON patient_phones (phone10);

CREATE TABLE patient_guardians (
    id {{ID}},
    patient_id {{BIGINT}} NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    relationship TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT ''
);

CREATE INDEX patient_guardians_patient_idx ON patient_guardians (patient_id);

-- type: iis_id, mrn (per assigning facility), birth_file_number, source_id, medicaid.
-- status 'old' marks identifiers kept from a merged-away record.
CREATE TABLE patient_identifiers (
    id {{ID}},
    patient_id {{BIGINT}} NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    assigning_facility TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'current'
);

CREATE INDEX patient_identifiers_value_idx ON patient_identifiers (value, type, assigning_facility);
CREATE INDEX patient_identifiers_patient_idx ON patient_identifiers (patient_id);
CREATE UNIQUE INDEX patient_identifiers_source_uq ON patient_identifiers (value) WHERE type = 'source_id';

-- kind: reminder_recall_opt_out, sharing_lock, full_opt_out, protection.
CREATE TABLE patient_consents (
    id {{ID}},
    patient_id {{BIGINT}} NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    effective_date TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    recorded_at {{TIMESTAMP}} NOT NULL
);

CREATE INDEX patient_consents_patient_idx ON patient_consents (patient_id);

-- record_type administered (NIP001 00) or historical (01–08 in information_source).
CREATE TABLE immunizations (
    id {{ID}},
    patient_id {{BIGINT}} NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    cvx TEXT NOT NULL,
    ndc TEXT NOT NULL DEFAULT '',
    cpt TEXT NOT NULL DEFAULT '',
    mvx TEXT NOT NULL DEFAULT '',
    lot TEXT NOT NULL DEFAULT '',
    administered_date TEXT NOT NULL,
    record_type TEXT NOT NULL CHECK (record_type IN ('administered', 'historical')),
    information_source TEXT NOT NULL DEFAULT '00',
    completion_status TEXT NOT NULL DEFAULT 'CP',
    refusal_reason TEXT NOT NULL DEFAULT '',
    vfc_eligibility TEXT NOT NULL DEFAULT '',
    facility_code TEXT NOT NULL DEFAULT '',
    hidden BOOLEAN NOT NULL DEFAULT FALSE,
    created_at {{TIMESTAMP}} NOT NULL
);

CREATE INDEX immunizations_patient_idx ON immunizations (patient_id, administered_date);
