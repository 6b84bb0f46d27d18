package cn.js.pilotzone.identity;

import static cn.js.pilotzone.WebClientSupport.login;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import cn.js.pilotzone.AuditTrail;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.MutableClock;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.identity.domain.Account;

/** Logins sent at the same moment are decided one after another, as if they had come in a row. */
@IntegrationTest
class ConcurrentLoginIT {

    private static final int PARALLEL = 12;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    MutableClock clock;

    private List<String> inParallel(Callable<String> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(pool.submit(attempt));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void parallelWrongPasswordsAreEachCountedAuditedAndLockTheAccountOnce() throws Exception {
        Account account = testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT);
        int[] address = {0};
        List<String> outcomes = inParallel(() -> {
            String from = "10.77." + Thread.currentThread().getId() % 250 + "." + (address[0]++ % 250);
            return login(mvc, new MockHttpSession(), from, account.loginName(), "Wrong#Pass1", null).getResponse()
                    .getRedirectedUrl();
        });

        assertThat(outcomes).containsOnly("/login?error");
        List<String> actions = auditTrail.actionsOf(account.loginName());
        assertThat(actions).filteredOn("LOGIN_FAILURE"::equals).hasSize(PARALLEL);
        assertThat(actions).filteredOn("LOGIN_LOCKED"::equals).hasSize(1);
        assertThat(testAccounts.reload(account).loginState().isLocked(clock.instant())).isTrue();
    }

    @Test
    void oneCodeSentManyTimesAtOnceOpensExactlyOneSession() throws Exception {
        String secret = Totp.newSecret();
        Account account = testAccounts.withSecondFactor(TestAccounts.NANJING_PARK, Role.APPLICANT, secret);
        String code = Totp.codeAt(secret, Totp.stepAt(clock.instant()));

        List<String> outcomes = inParallel(() -> login(mvc, new MockHttpSession(), "10.78.0.1",
                account.loginName(), TestAccounts.PASSWORD, code).getResponse().getRedirectedUrl());

        assertThat(outcomes).filteredOn("/"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("/login?error"::equals).hasSize(PARALLEL - 1);
    }
}
