-- Weights of scores up the results chain and the org tree (issue 4 part 3, DOMAIN.md 13.3). Every weight is
-- relative to its siblings' (2 and 1 mean two thirds and one third), above 0 and at most 1000; existing rows keep
-- weight 1, so the scores computed before this migration do not change.

-- How much a result counts in the higher result it contributes to.
ALTER TABLE result_link ADD COLUMN weight NUMERIC(10, 4) DEFAULT 1 NOT NULL;
ALTER TABLE result_link ADD CONSTRAINT ck_result_link_weight CHECK (weight > 0 AND weight <= 1000);

-- How much an indicator counts in the result it measures (and in its unit's own score).
ALTER TABLE indicator ADD COLUMN result_weight NUMERIC(10, 4) DEFAULT 1 NOT NULL;
ALTER TABLE indicator ADD CONSTRAINT ck_indicator_result_weight CHECK (result_weight > 0 AND result_weight <= 1000);

-- How much a unit counts in its parent unit's score. Owned by analytics, which alone reads it: the org tree itself
-- knows nothing of scoring. A unit without a row weighs 1.
CREATE TABLE unit_score_weight (
    unit_id    BIGINT        NOT NULL PRIMARY KEY REFERENCES org_unit (id),
    weight     NUMERIC(10, 4) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(60)   NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by VARCHAR(60)   NOT NULL,
    CONSTRAINT ck_unit_score_weight CHECK (weight > 0 AND weight <= 1000)
);
