-- Spring Modulith's event publication registry: a listener that fails is retried, not lost.
CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            VARCHAR NOT NULL,
    event_type             VARCHAR NOT NULL,
    serialized_event       VARCHAR NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR,
    completion_attempts    INTEGER,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_completion ON event_publication (completion_date);
