-- patients.sharing_lock and patients.full_opt_out are the flags every rule reads (search,
-- reads, verification, release, duplicates); a consent row records where a flag came from.
-- Rows imported with an active consent but without the flag get the flag.
UPDATE patients SET sharing_lock = TRUE
WHERE sharing_lock = FALSE
  AND id IN (SELECT patient_id FROM patient_consents WHERE kind = 'sharing_lock' AND active = TRUE);

UPDATE patients SET full_opt_out = TRUE
WHERE full_opt_out = FALSE
  AND id IN (SELECT patient_id FROM patient_consents WHERE kind = 'full_opt_out' AND active = TRUE);
