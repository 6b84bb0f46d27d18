CREATE TRIGGER application_version_frozen BEFORE UPDATE, DELETE ON application_version
    FOR EACH ROW CALL 'cn.js.pilotzone.ledger.domain.AppendOnlyTrigger';
