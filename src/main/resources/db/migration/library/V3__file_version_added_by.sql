-- Who added each file version (the e-mail address of the account, null for versions added before).
ALTER TABLE library_file_version ADD COLUMN added_by VARCHAR(320);
