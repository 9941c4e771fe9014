-- Staff account administration: after an administrator resets a password, the next sign-in
-- says that the password must be changed (cleared when the user sets their own).
ALTER TABLE staff_users ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
