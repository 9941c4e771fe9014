-- Electronic-reporting onboarding: the queue of organizations that registered their intent,
-- one project per invited organization (its sites, contacts and stages on the business
-- calendar), the project's history, the letters issued, and the test HL7 submissions with
-- their check reports. Submission contents are PHI: stored sealed (AES-256-GCM, the server's
-- data key), purged at retention_until. Dates (registered_on, plan_agreed_on, *_on) are
-- YYYY-MM-DD text; instants use the TIMESTAMP placeholder.

CREATE TABLE onboarding_queue (
    id {{ID}},
    organization_id {{BIGINT}} NOT NULL REFERENCES organizations (id),
    status TEXT NOT NULL CHECK (status IN ('waiting', 'invited', 'withdrawn')),
    registered_on TEXT NOT NULL,
    reporting_method TEXT NOT NULL CHECK (reporting_method IN ('electronic', 'direct_entry')),
    transport TEXT NOT NULL,
    vfc_enrolled INTEGER NOT NULL DEFAULT 0,
    monthly_doses INTEGER NOT NULL DEFAULT 0,
    site_count INTEGER NOT NULL DEFAULT 1,
    registration_complete INTEGER NOT NULL DEFAULT 0,
    -- Set when a project goes back in the queue: the reason and the project it came from.
    requeue_reason TEXT NULL,
    from_project_id {{BIGINT}} NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_by_id {{BIGINT}} NULL REFERENCES staff_users (id),
    created_at {{TIMESTAMP}} NOT NULL,
    invited_at {{TIMESTAMP}} NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX onboarding_queue_status_idx ON onboarding_queue (status, registered_on, id);
CREATE INDEX onboarding_queue_org_idx ON onboarding_queue (organization_id);

CREATE TABLE onboarding_projects (
    id {{ID}},
    organization_id {{BIGINT}} NOT NULL REFERENCES organizations (id),
    queue_entry_id {{BIGINT}} NULL REFERENCES onboarding_queue (id),
    status TEXT NOT NULL CHECK (status IN ('active', 'moved_back', 'completed', 'withdrawn')),
    current_stage TEXT NOT NULL,
    reporting_method TEXT NOT NULL CHECK (reporting_method IN ('electronic', 'direct_entry')),
    transport TEXT NOT NULL,
    -- {"technical": {"name", "email", "phone"}, "clinical_champion": {…}, "access_administrator": {…}}
    contacts TEXT NOT NULL DEFAULT '{}',
    plan_agreed_on TEXT NULL,
    clinical_workflow_on TEXT NULL,
    training_on TEXT NULL,
    go_live_on TEXT NULL,
    created_by_id {{BIGINT}} NULL REFERENCES staff_users (id),
    created_at {{TIMESTAMP}} NOT NULL,
    updated_at {{TIMESTAMP}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX onboarding_projects_org_idx ON onboarding_projects (organization_id, id);
CREATE INDEX onboarding_projects_status_idx ON onboarding_projects (status, current_stage);

-- A group registration's site list: each site is one of the organization's facilities.
CREATE TABLE onboarding_sites (
    project_id {{BIGINT}} NOT NULL REFERENCES onboarding_projects (id) ON DELETE CASCADE,
    facility_id {{BIGINT}} NOT NULL REFERENCES facilities (id),
    PRIMARY KEY (project_id, facility_id)
);

-- The stages of one project in order (position). due_at is computed from the agreed plan
-- (or the previous stage's completion) and the stage's business days; a schedule change
-- before the due date moves due_at and is recorded in onboarding_events.
CREATE TABLE onboarding_stages (
    project_id {{BIGINT}} NOT NULL REFERENCES onboarding_projects (id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    position INTEGER NOT NULL,
    business_days INTEGER NOT NULL,
    started_at {{TIMESTAMP}} NULL,
    due_at {{TIMESTAMP}} NULL,
    completed_at {{TIMESTAMP}} NULL,
    completed_by_id {{BIGINT}} NULL REFERENCES staff_users (id),
    PRIMARY KEY (project_id, stage)
);

CREATE INDEX onboarding_stages_due_idx ON onboarding_stages (completed_at, due_at);

-- The project's history: created, plan_agreed, stage_passed, schedule_changed, moved_back,
-- recorded (clinical workflow, training), submission, letter, edited. detail is JSON without PHI.
CREATE TABLE onboarding_events (
    id {{ID}},
    project_id {{BIGINT}} NOT NULL REFERENCES onboarding_projects (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    stage TEXT NULL,
    detail TEXT NOT NULL DEFAULT '{}',
    staff_id {{BIGINT}} NULL REFERENCES staff_users (id),
    at {{TIMESTAMP}} NOT NULL
);

CREATE INDEX onboarding_events_project_idx ON onboarding_events (project_id, id);

CREATE TABLE onboarding_letters (
    id {{ID}},
    project_id {{BIGINT}} NOT NULL REFERENCES onboarding_projects (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('invitation', 'ongoing_submission')),
    -- The filled letter as JSON ({"title", "date", "recipient", "paragraphs": […], "signature"}),
    -- kept as issued so a reprint says the same.
    content TEXT NOT NULL,
    issued_by_id {{BIGINT}} NULL REFERENCES staff_users (id),
    issued_at {{TIMESTAMP}} NOT NULL
);

CREATE INDEX onboarding_letters_project_idx ON onboarding_letters (project_id, id);

-- Test and monitoring HL7 submissions. report is the check report JSON (masked values only,
-- no PHI); content is the sealed file, NULL once purged.
CREATE TABLE hl7_submissions (
    id {{ID}},
    project_id {{BIGINT}} NOT NULL REFERENCES onboarding_projects (id),
    stage TEXT NOT NULL,
    filename TEXT NOT NULL DEFAULT '',
    size {{BIGINT}} NOT NULL,
    sha256 TEXT NOT NULL,
    content {{BLOB}} NULL,
    message_count INTEGER NOT NULL,
    error_messages INTEGER NOT NULL,
    warning_messages INTEGER NOT NULL,
    passed INTEGER NOT NULL,
    report TEXT NOT NULL,
    submitted_by_id {{BIGINT}} NULL REFERENCES staff_users (id),
    received_at {{TIMESTAMP}} NOT NULL,
    retention_until TEXT NOT NULL,
    purged_at {{TIMESTAMP}} NULL
);

CREATE INDEX hl7_submissions_project_idx ON hl7_submissions (project_id, id);
CREATE INDEX hl7_submissions_retention_idx ON hl7_submissions (purged_at, retention_until);
