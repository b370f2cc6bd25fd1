-- Keys kept on each registration so that the period statistics count distinct people and
-- organisations in one pass, without sorting or hashing every selected registration (see
-- event.internal.Participation, which keeps them whenever a registration or an event changes).
--
-- counted_on: the event's start date while the registration counts (its event neither draft nor
-- cancelled, itself not declined), else NULL.
-- For a registration that counts and was attended, ordered among the same person's (or the same
-- organisation's) such registrations by counted_on, then id:
--   person_previous       counted_on of the person's previous one, NULL for the first;
--   person_next           counted_on of the person's next one, 9999-12-31 for the last (so that
--                         "after the period" is one range of an index);
--   organisation_previous counted_on of the organisation's previous one, NULL for the first.
-- A person is counted once in a period by their first registration in it (person_previous before
-- the period, or none), and described by their last (person_next after it, or none).
ALTER TABLE registration ADD COLUMN counted_on DATE;
ALTER TABLE registration ADD COLUMN person_previous DATE;
ALTER TABLE registration ADD COLUMN person_next DATE;
ALTER TABLE registration ADD COLUMN organisation_previous DATE;

UPDATE registration SET counted_on = (
    SELECT e.start_date FROM event e WHERE e.id = registration.event_id AND e.state NOT IN ('DRAFT', 'CANCELLED'))
WHERE status <> 'DECLINED';

MERGE INTO registration r USING (
    SELECT id,
        LAG(counted_on) OVER (PARTITION BY person_id ORDER BY counted_on, id) AS previous,
        COALESCE(LEAD(counted_on) OVER (PARTITION BY person_id ORDER BY counted_on, id), DATE '9999-12-31') AS following
    FROM registration WHERE attended = TRUE AND counted_on IS NOT NULL) x
ON (r.id = x.id)
WHEN MATCHED THEN UPDATE SET person_previous = x.previous, person_next = x.following;

MERGE INTO registration r USING (
    SELECT id, LAG(counted_on) OVER (PARTITION BY organisation_id ORDER BY counted_on, id) AS previous
    FROM registration WHERE attended = TRUE AND counted_on IS NOT NULL AND organisation_id IS NOT NULL) x
ON (r.id = x.id)
WHEN MATCHED THEN UPDATE SET organisation_previous = x.previous;

-- the totals and the breakdowns read these indexes alone, not the (wider) registration rows
CREATE INDEX registration_period ON registration (
    counted_on, attended, represented_country_iso3, organisation_id, person_previous, organisation_previous);
CREATE INDEX registration_latest ON registration (
    attended, person_next, counted_on, gender, represented_country_iso3, role, organisation_id);
-- the keys of one organisation are kept again when one of its registrations changes
CREATE INDEX registration_organisation ON registration (organisation_id);

-- One row that every change of the keys locks first (Participation.lock): the keys of one person or
-- organisation span registrations of several events, and two check-in desks marking two people of
-- one organisation would otherwise each hold one row and wait for the other's.
CREATE TABLE participation_lock (id INTEGER PRIMARY KEY);
INSERT INTO participation_lock (id) VALUES (1);
