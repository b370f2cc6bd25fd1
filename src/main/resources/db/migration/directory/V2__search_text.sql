-- Search and sorting ignore case and accents on H2 and PostgreSQL alike, whatever the database's
-- collation: the application writes each record's folded text (lower-cased, accents removed),
-- searches it with LIKE and sorts by the folded name.
ALTER TABLE organisation ADD COLUMN search_text VARCHAR(800) NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN sort_name VARCHAR(800) NOT NULL DEFAULT '';
UPDATE organisation SET search_text = LOWER(name || ' ' || COALESCE(acronym, '')), sort_name = LOWER(name);
CREATE INDEX organisation_sort_name ON organisation (sort_name);

ALTER TABLE person ADD COLUMN search_text VARCHAR(800) NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN sort_name VARCHAR(800) NOT NULL DEFAULT '';
UPDATE person SET search_text = LOWER(given_name || ' ' || family_name || ' ' || email),
    sort_name = LOWER(family_name || ' ' || given_name);
CREATE INDEX person_sort_name ON person (sort_name);
