-- Hard vetoes have one code each (matching::HardVetoes): merge records written with the
-- merge's former spellings take the codes the duplicate pairs and the API use.
UPDATE patient_merges SET vetoes = REPLACE(vetoes, '"different_birth_file_numbers"', '"different_birth_file_number"')
    WHERE vetoes LIKE '%different_birth_file_numbers%';
UPDATE patient_merges SET vetoes = REPLACE(vetoes, '"different_dob_and_sex"', '"dob_and_sex_differ"')
    WHERE vetoes LIKE '%different_dob_and_sex%';
