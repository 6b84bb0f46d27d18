package cn.js.pilotzone.ledger;

enum LedgerAction implements AuditAction {
    CHAIN_VERIFIED;

    @Override
    public String code() {
        return name();
    }
}
