-- Search ignores case and accents on H2 and PostgreSQL alike: the application writes each
-- record's folded text (lower-cased, accents removed) and searches it with LIKE.
ALTER TABLE organisation ADD COLUMN search_text VARCHAR(800) NOT NULL DEFAULT '';
UPDATE organisation SET search_text = LOWER(name || ' ' || COALESCE(acronym, ''));

ALTER TABLE person ADD COLUMN search_text VARCHAR(800) NOT NULL DEFAULT '';
UPDATE person SET search_text = LOWER(given_name || ' ' || family_name || ' ' || email);
CREATE INDEX person_name ON person (family_name, given_name);
