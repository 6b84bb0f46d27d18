/**
 * The append-only audit trail: every login, denial, account change and business state change, each
 * record chained to its predecessor by SHA-256.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger")
package cn.js.pilotzone.ledger;
