-- Generated reports (納入成果物) as records: each generation of a kind and period is a new version; the
-- files live in the object store (content-addressed keys), their digests here. The owner's acceptance
-- (承認) freezes a version: after it the row and its files cannot change, and nobody accepts what they
-- generated themselves.
CREATE TABLE report (
    id            BIGSERIAL PRIMARY KEY,
    kind          TEXT        NOT NULL CHECK (kind IN ('MONTHLY', 'WEEKLY', 'INCIDENT', 'ISSUES', 'DATA_UPDATES',
                                                       'DATA_SOURCES')),
    period        TEXT        NOT NULL,
    version       INTEGER     NOT NULL CHECK (version > 0),
    checksum      TEXT        NOT NULL,
    generated_by  TEXT        NOT NULL,
    generated_at  TIMESTAMPTZ NOT NULL,
    pdf_note      TEXT        NOT NULL,
    accepted_by   TEXT,
    accepted_at   TIMESTAMPTZ,
    UNIQUE (kind, period, version),
    CHECK ((accepted_by IS NULL) = (accepted_at IS NULL)),
    CHECK (accepted_by IS NULL OR accepted_by <> generated_by)
);
CREATE INDEX report_by_period ON report (kind, period, version DESC);

CREATE TABLE report_file (
    report_id     BIGINT NOT NULL REFERENCES report (id),
    name          TEXT   NOT NULL,
    content_type  TEXT   NOT NULL,
    size          BIGINT NOT NULL,
    sha256        TEXT   NOT NULL,
    object_key    TEXT   NOT NULL,
    PRIMARY KEY (report_id, name)
);

-- Only the acceptance itself may change a report row, once; files never change; nothing is deleted.
CREATE FUNCTION report_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION '% is not allowed on %', TG_OP, TG_TABLE_NAME;
    END IF;
    IF TG_TABLE_NAME = 'report_file' THEN
        RAISE EXCEPTION 'report files cannot change';
    END IF;
    IF OLD.accepted_by IS NOT NULL THEN
        RAISE EXCEPTION 'report % version % is accepted and frozen', OLD.id, OLD.version;
    END IF;
    IF (NEW.kind, NEW.period, NEW.version, NEW.checksum, NEW.generated_by, NEW.generated_at, NEW.pdf_note)
        IS DISTINCT FROM (OLD.kind, OLD.period, OLD.version, OLD.checksum, OLD.generated_by, OLD.generated_at, OLD.pdf_note) THEN
        RAISE EXCEPTION 'a generated report cannot change; generate a new version';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER report_frozen BEFORE UPDATE OR DELETE ON report FOR EACH ROW EXECUTE FUNCTION report_is_frozen();
CREATE TRIGGER report_no_truncate BEFORE TRUNCATE ON report FOR EACH STATEMENT EXECUTE FUNCTION report_is_frozen();
CREATE TRIGGER report_file_frozen BEFORE UPDATE OR DELETE ON report_file FOR EACH ROW EXECUTE FUNCTION report_is_frozen();
CREATE TRIGGER report_file_no_truncate BEFORE TRUNCATE ON report_file FOR EACH STATEMENT EXECUTE FUNCTION report_is_frozen();
