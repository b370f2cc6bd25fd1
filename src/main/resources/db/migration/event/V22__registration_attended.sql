-- Whether a registration has at least one day of attendance, kept by the registration itself
-- whenever its days change, so that the statistics select attended registrations from one table
-- instead of probing the attendance table once per registration.
ALTER TABLE registration ADD COLUMN attended BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE registration SET attended = TRUE WHERE id IN (SELECT registration_id FROM attendance);
