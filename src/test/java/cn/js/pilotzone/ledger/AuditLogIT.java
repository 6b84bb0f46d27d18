package cn.js.pilotzone.ledger;

import static cn.js.pilotzone.WebClientSupport.body;
import static cn.js.pilotzone.WebClientSupport.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.js.pilotzone.AuditTrail;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.TestAccounts;

@IntegrationTest
class AuditLogIT {

    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MockMvc mvc;

    enum TestAction implements AuditAction {
        SAMPLE_STATE_CHANGE;

        @Override
        public String code() {
            return name();
        }
    }

    record SampleChanged(String objectRef) implements AuditableEvent {
        @Override
        public AuditAction action() {
            return TestAction.SAMPLE_STATE_CHANGE;
        }
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void eachRecordCarriesTheHashOfItsPredecessorAndTheChainVerifies() {
        auditLog.record(TestAction.SAMPLE_STATE_CHANGE, "sample:1", AuditResult.SUCCESS, "");
        auditLog.record(TestAction.SAMPLE_STATE_CHANGE, "sample:2", AuditResult.SUCCESS, "");
        long last = auditTrail.lastSeq();
        String previousHash = jdbc.sql("SELECT entry_hash FROM audit_record WHERE seq = ?").param(last - 1)
                .query(String.class).single();
        String prevOfLast = jdbc.sql("SELECT prev_hash FROM audit_record WHERE seq = ?").param(last)
                .query(String.class).single();
        assertThat(prevOfLast).isEqualTo(previousHash).hasSize(64);

        ChainVerification verification = auditLog.verifyChain();
        assertThat(verification.isIntact()).isTrue();
        assertThat(verification.checked()).isGreaterThanOrEqualTo(last);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveARecord() {
        auditLog.recordIsolated(TestAction.SAMPLE_STATE_CHANGE, "sample:immutable", AuditResult.SUCCESS, "");
        long seq = auditTrail.lastSeq();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_record SET actor = 'intruder' WHERE seq = ?").param(seq)
                .update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_record WHERE seq = ?").param(seq).update())
                .isInstanceOf(DataAccessException.class);

        assertThat(jdbc.sql("SELECT object_ref FROM audit_record WHERE seq = ?").param(seq).query(String.class)
                .single()).isEqualTo("sample:immutable");
    }

    @Test
    @Transactional
    @WithMockUser(roles = "AUDITOR")
    void aRecordForgedBehindTheApplicationsBackIsNamedByTheCheck() {
        var head = jdbc.sql("SELECT last_seq, last_hash FROM ledger_head WHERE id = 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long forgedSeq = (long) head[0] + 1;
        jdbc.sql("INSERT INTO audit_record (seq, recorded_at, actor, organisation, client_address, action,"
                + " object_ref, result, detail, prev_hash, entry_hash) VALUES (?, CURRENT_TIMESTAMP, 'intruder', '-',"
                + " '-', 'LOGIN_SUCCESS', '-', 'SUCCESS', '', ?, ?)")
                .params(forgedSeq, head[1], "f".repeat(64)).update();
        jdbc.sql("UPDATE ledger_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(forgedSeq, "f".repeat(64))
                .update();

        ChainVerification verification = auditLog.verifyChain();

        assertThat(verification.firstBrokenSeq()).isEqualTo(forgedSeq);
        assertThat(verification.problem()).isEqualTo("audit.chain.contentMismatch");
    }

    @Test
    void aBusinessEventIsRecordedWithTheStateChangeAndRolledBackWithIt() {
        long before = auditTrail.lastSeq();
        transactions.executeWithoutResult(status -> events.publishEvent(new SampleChanged("sample:committed")));
        assertThat(auditTrail.after(before)).extracting(AuditTrail.Row::objectRef).containsExactly("sample:committed");

        long afterCommit = auditTrail.lastSeq();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new SampleChanged("sample:rolled-back"));
            status.setRollbackOnly();
        });
        assertThat(auditTrail.after(afterCommit)).isEmpty();
    }

    @Test
    void aRecordLongerThanItsColumnsIsCutNotLost() {
        long before = auditTrail.lastSeq();
        auditLog.recordIsolated(TestAction.SAMPLE_STATE_CHANGE, "sample:" + "x".repeat(300), AuditResult.SUCCESS,
                "理由".repeat(800));
        assertThat(auditTrail.after(before)).singleElement().satisfies(row -> {
            assertThat(row.detail()).hasSize(1000).endsWith("…");
            assertThat(row.objectRef()).hasSize(200);
        });
    }

    @Test
    void aPageNumberFarBeyondTheEndShowsAnEmptyPage() throws Exception {
        MockHttpSession auditor = signedIn(mvc, "auditor", TestAccounts.DEMO_PASSWORD);
        var result = mvc.perform(get("/audit").param("page", "50000000").session(auditor)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(result)).contains("没有符合条件的记录");
    }

    @Test
    void theAuditorSearchesTheLogAndRunsTheCheckFromItsPage() throws Exception {
        MockHttpSession auditor = signedIn(mvc, "auditor", TestAccounts.DEMO_PASSWORD);

        String page = body(mvc.perform(get("/audit").param("actor", "auditor").session(auditor)).andReturn());
        assertThat(page).contains("登录成功").contains("auditor");

        mvc.perform(post("/audit/verify").session(auditor).with(csrf()));
        String afterCheck = body(mvc.perform(get("/audit").session(auditor)).andReturn());
        assertThat(afterCheck).contains("哈希链完整");
        assertThat(auditTrail.actionsOf("auditor")).contains("CHAIN_VERIFIED");
    }
}
