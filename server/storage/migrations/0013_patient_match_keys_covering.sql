-- Patient search: the blocking passes on patient_match_keys read patient_id for
-- every matching (kind, code[, birth_year]) entry. With patient_id in the index they are
-- answered from the index alone (PostgreSQL: index-only scan; SQLite: covering index), with no
-- table row visited per candidate. This index replaces the one without patient_id; both
-- stores run the same statements.

CREATE INDEX patient_match_keys_lookup_idx ON patient_match_keys (kind, code, birth_year, patient_id);
DROP INDEX patient_match_keys_idx;
