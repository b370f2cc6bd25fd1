-- The last TOTP time step a code was accepted for, so that no code is accepted twice (RFC 6238, 5.2).
ALTER TABLE account ADD COLUMN totp_last_step BIGINT;
