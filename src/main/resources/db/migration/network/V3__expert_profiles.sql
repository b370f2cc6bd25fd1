-- Expert profiles: availability for missions, who sees each field, and publications that point to
-- a document of the library.
ALTER TABLE expert_member ADD COLUMN available BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE expert_member ADD COLUMN availability_note VARCHAR(500);
ALTER TABLE expert_member ADD COLUMN available_until DATE;

-- One row per field whose visibility the member chose; a field without a row has its default
-- (see ProfileField). NETWORK = other members and staff; PROGRAMME_ONLY = staff only.
CREATE TABLE expert_member_visibility (
    member_id   BIGINT NOT NULL REFERENCES expert_member (id),
    field       VARCHAR(40) NOT NULL,
    visibility  VARCHAR(20) NOT NULL,
    PRIMARY KEY (member_id, field)
);

-- The library document a publication is (its id; the library decides who may see it).
ALTER TABLE expert_member_publication ADD COLUMN document_id BIGINT;
