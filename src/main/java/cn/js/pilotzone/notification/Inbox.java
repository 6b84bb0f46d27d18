package cn.js.pilotzone.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.identity.AccountPrincipal;

/** Each person's in-app messages, newest first; the page header shows how many are unread. */
@Service("inbox")
public class Inbox {

    private static final int PAGE = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Message(long id, String subject, String body, String link, OffsetDateTime createdAt, boolean read) {
    }

    @Transactional(readOnly = true)
    public List<Message> latest(AccountPrincipal me) {
        return jdbc.sql("SELECT id, subject, body, link, created_at, read_at FROM message WHERE account_id = ?"
                + " ORDER BY id DESC FETCH FIRST " + PAGE + " ROWS ONLY").param(me.accountId())
                .query((rs, n) -> new Message(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        TimeConfig.inJiangsu(rs.getTimestamp(5).toInstant()), rs.getTimestamp(6) != null))
                .list();
    }

    /** For the page header: the current person's unread messages; 0 when nobody is logged in. */
    @Transactional(readOnly = true)
    public long unread() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal me)) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM message WHERE account_id = ? AND read_at IS NULL").param(me.accountId())
                .query(Long.class).single();
    }

    @Transactional
    public void markAllRead(AccountPrincipal me) {
        jdbc.sql("UPDATE message SET read_at = ? WHERE account_id = ? AND read_at IS NULL")
                .params(Timestamp.from(clock.instant()), me.accountId()).update();
    }
}
