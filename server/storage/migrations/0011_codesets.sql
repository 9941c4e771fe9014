-- CDC code sets: CVX, MVX, CPT→CVX, CVX→vaccine group, NDC unit of sale/use and
-- linker. Filled from the built-in table at start-up and by `izdesk-server codesets import`.

CREATE TABLE code_cvx (
    code TEXT PRIMARY KEY,
    short_description TEXT NOT NULL,
    full_name TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    last_updated TEXT NOT NULL DEFAULT ''
);

CREATE TABLE code_mvx (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    last_updated TEXT NOT NULL DEFAULT ''
);

CREATE TABLE code_cpt (
    code TEXT PRIMARY KEY,
    description TEXT NOT NULL,
    cvx TEXT NOT NULL DEFAULT '',
    vaccine_name TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    last_updated TEXT NOT NULL DEFAULT ''
);

CREATE TABLE code_vaccine_groups (
    cvx TEXT NOT NULL,
    group_name TEXT NOT NULL,
    group_cvx TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (cvx, group_name)
);

-- kind 'sale' or 'use'; ndc_id is the CDC file's row id.
CREATE TABLE code_ndc (
    kind TEXT NOT NULL,
    ndc_id TEXT NOT NULL,
    ndc11 TEXT NOT NULL,
    proprietary_name TEXT NOT NULL DEFAULT '',
    labeler_name TEXT NOT NULL DEFAULT '',
    cvx TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT '',
    last_updated TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, ndc_id)
);

CREATE INDEX code_ndc_ndc11_idx ON code_ndc (ndc11);

CREATE TABLE code_ndc_links (
    linker_id TEXT PRIMARY KEY,
    sale_id TEXT NOT NULL,
    use_id TEXT NOT NULL,
    mvx TEXT NOT NULL DEFAULT ''
);
