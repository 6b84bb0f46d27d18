package cn.js.pilotzone.panel;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.identity.AccountPrincipal;

/** The province's configuration of the {@link ConclusionSuggestion} rule. */
@Component
public class SuggestionRule {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SuggestionRule(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ConclusionSuggestion current() {
        return jdbc.sql("SELECT conform_at_least, not_conform_at_least FROM conclusion_rule WHERE id = 1")
                .query((rs, n) -> new ConclusionSuggestion(rs.getInt(1), rs.getInt(2))).single();
    }

    /** The rule in words, kept with each conclusion so that it can be read later as it was. */
    public String describe(ConclusionSuggestion rule) {
        return String.format(Locale.ROOT, "符合：多数评为“符合”的指标≥%d项且无“不符合”；不符合：多数评为“不符合”的指标≥%d项；其余：基本符合",
                rule.conformAtLeast(), rule.notConformAtLeast());
    }

    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public void set(int conformAtLeast, int notConformAtLeast, AccountPrincipal me) {
        if (conformAtLeast < 1 || conformAtLeast > 13 || notConformAtLeast < 1 || notConformAtLeast > 13) {
            throw new DomainException("conclusion.ruleInvalid");
        }
        jdbc.sql("UPDATE conclusion_rule SET conform_at_least = ?, not_conform_at_least = ?, set_by = ?, set_at = ?"
                + " WHERE id = 1").params(conformAtLeast, notConformAtLeast, me.loginName(),
                        java.sql.Timestamp.from(clock.instant())).update();
        events.publishEvent(new PanelChanged(PanelAction.SUGGESTION_RULE_SET, "conclusion-rule",
                conformAtLeast + "/" + notConformAtLeast));
    }
}
