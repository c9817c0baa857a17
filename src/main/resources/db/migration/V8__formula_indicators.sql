-- Formula indicators (issue 4 part 2, DOMAIN.md 13.5): an indicator whose actuals are computed from other
-- indicators, as numerator / denominator x factor or as an expression (denominator NULL). The texts are kept as
-- written (Resulta codes #{DOH-01}, #{DOH-04.F} or DHIS2 operands #{uid.uid}); they are checked when saved.
-- One row per formula indicator; removing the formula deletes the row (the audit trail keeps what it was).
CREATE TABLE indicator_formula (
    indicator_id BIGINT         NOT NULL PRIMARY KEY REFERENCES indicator (id),
    numerator    VARCHAR(4000)  NOT NULL,
    denominator  VARCHAR(4000),
    factor       NUMERIC(20, 6) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(60)    NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(60)    NOT NULL,
    CONSTRAINT ck_indicator_formula_factor CHECK (factor <> 0)
);
