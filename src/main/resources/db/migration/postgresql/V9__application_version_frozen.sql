CREATE FUNCTION application_version_frozen() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'application_version is append-only: a submitted version never changes';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER application_version_no_change BEFORE UPDATE OR DELETE ON application_version
    FOR EACH ROW EXECUTE FUNCTION application_version_frozen();

CREATE TRIGGER application_version_no_truncate BEFORE TRUNCATE ON application_version
    FOR EACH STATEMENT EXECUTE FUNCTION application_version_frozen();
