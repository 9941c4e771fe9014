-- Caller lookups that do not trust the date of birth: the given name's initial and a date
-- window (a day misremembered, a year off by one).
CREATE INDEX patients_initial_dob_idx ON patients (first_initial, birth_date);
