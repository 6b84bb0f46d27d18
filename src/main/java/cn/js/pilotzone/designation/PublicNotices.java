package cn.js.pilotzone.designation;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.ForwardedCases.CaseFacts;
import cn.js.pilotzone.application.ProvincialOutcomes;
import cn.js.pilotzone.application.ProvincialOutcomes.Outcome;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.evidence.EvidenceStore;
import cn.js.pilotzone.evidence.FileType;
import cn.js.pilotzone.identity.AccountPrincipal;

/**
 * The public notice (公示) of approved parks. Anyone may object during the period, with name, contact
 * and grounds and optionally a file; the public page shows the period and the outcome but never the
 * objectors. The province records a finding for each objection: upheld rejects the application.
 */
@Service
public class PublicNotices {

    public static final long MAX_OBJECTION_FILE = 10L * 1024 * 1024;
    private static final Set<FileType> OBJECTION_FILES = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.OFD);

    private final JdbcClient jdbc;
    private final ProvincialOutcomes outcomes;
    private final DecisionLog log;
    private final EvidenceStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicNotices(JdbcClient jdbc, ProvincialOutcomes outcomes, DecisionLog log, EvidenceStore store,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.outcomes = outcomes;
        this.log = log;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    public record NoticeView(long id, long applicationId, String parkName, String cityName, int roundYear,
            LocalDate opensOn, LocalDate closesOn, String outcome, boolean open) {
    }

    public record ObjectionView(long id, String name, String contact, String grounds, String fileId,
            OffsetDateTime filedAt, String finding, String findingReasons) {
    }

    void publish(CaseFacts facts, LocalDate opens, LocalDate closes, AccountPrincipal me) {
        jdbc.sql("INSERT INTO public_notice (application_id, park_name, city_name, round_year, opens_on, closes_on,"
                + " outcome, published_by, published_at, version) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, 0)")
                .params(facts.applicationId(), facts.parkName(),
                        facts.cityAuthorities().isEmpty() ? facts.jurisdictionCode() : facts.cityAuthorities().get(0),
                        facts.roundYear(), opens, closes, me.loginName(), Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new DesignationChanged(DesignationAction.NOTICE_PUBLISHED,
                "application:" + facts.applicationId(), opens + ".." + closes));
    }

    void closeFailed(long applicationId) {
        jdbc.sql("UPDATE public_notice SET outcome = 'FAILED', version = version + 1 WHERE application_id = ?")
                .param(applicationId).update();
    }

    void closePassed(long applicationId) {
        jdbc.sql("UPDATE public_notice SET outcome = 'PASSED', version = version + 1 WHERE application_id = ?")
                .param(applicationId).update();
    }

    /** Every notice, newest first, as anyone may read it. */
    @Transactional(readOnly = true)
    public List<NoticeView> all() {
        return jdbc.sql(SELECT + " ORDER BY opens_on DESC, id DESC").query((rs, n) -> view(rs)).list();
    }

    @Transactional(readOnly = true)
    public NoticeView notice(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query((rs, n) -> view(rs)).optional()
                .orElseThrow(() -> new NotFoundException("notice " + id));
    }

    @Transactional(readOnly = true)
    public Optional<NoticeView> ofApplication(long applicationId) {
        return jdbc.sql(SELECT + " WHERE application_id = ?").param(applicationId).query((rs, n) -> view(rs)).optional();
    }

    /** An objection by anyone during the period; nothing about the objector is ever shown publicly. */
    @Transactional
    public void object(long noticeId, String name, String contact, String grounds, InputStream file, String fileName) {
        NoticeView notice = notice(noticeId);
        if (!notice.open()) {
            throw new DomainException("notice.closed", notice.opensOn(), notice.closesOn());
        }
        String n = trim(name);
        String c = trim(contact);
        String g = trim(grounds);
        if (n.isEmpty() || n.length() > 64 || c.isEmpty() || c.length() > 100 || g.isEmpty() || g.length() > 4000) {
            throw new DomainException("objection.incomplete");
        }
        String fileId = file == null ? null
                : store.store(file, fileName, OBJECTION_FILES, MAX_OBJECTION_FILE, "public").id();
        jdbc.sql("INSERT INTO objection (notice_id, objector_name, objector_contact, grounds, file_id, filed_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, 0)").params(noticeId, n, c, g, fileId, Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new DesignationChanged(DesignationAction.OBJECTION_FILED, "notice:" + noticeId,
                fileId == null ? "without file" : "file=" + fileId));
    }

    /** The file an objector attached, for the province only. */
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional(readOnly = true)
    public cn.js.pilotzone.evidence.StoredFile objectionFile(long objectionId) {
        String fileId = jdbc.sql("SELECT file_id FROM objection WHERE id = ?").param(objectionId).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException("objection " + objectionId));
        return store.find(fileId).orElseThrow(() -> new NotFoundException("file of objection " + objectionId));
    }

    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional(readOnly = true)
    public List<ObjectionView> objections(long noticeId) {
        return jdbc.sql("SELECT id, objector_name, objector_contact, grounds, file_id, filed_at, finding, finding_reasons"
                + " FROM objection WHERE notice_id = ? ORDER BY id").param(noticeId)
                .query((rs, i) -> new ObjectionView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), TimeConfig.inJiangsu(rs.getTimestamp(6).toInstant()), rs.getString(7),
                        rs.getString(8))).list();
    }

    /** The province's finding: an upheld objection rejects the application and ends the notice. */
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public void find(long objectionId, boolean upheld, String reasons, AccountPrincipal me) {
        String text = trim(reasons);
        if (text.isEmpty() || text.length() > 2000) {
            throw new DomainException("objection.reasonsRequired");
        }
        var row = jdbc.sql("SELECT o.notice_id, n.application_id, o.finding FROM objection o JOIN public_notice n"
                + " ON n.id = o.notice_id WHERE o.id = ?").param(objectionId)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getString(3) == null ? 0 : 1})
                .optional().orElseThrow(() -> new NotFoundException("objection " + objectionId));
        if (row[2] == 1) {
            throw new DomainException("objection.alreadyFound");
        }
        // Only a row without a finding is updated, so two findings at once cannot overwrite each other.
        int found = jdbc.sql("UPDATE objection SET finding = ?, finding_reasons = ?, found_by = ?, found_at = ?,"
                + " version = version + 1 WHERE id = ? AND finding IS NULL").params(upheld ? "UPHELD" : "DISMISSED", text,
                        me.loginName(), Timestamp.from(clock.instant()), objectionId).update();
        if (found == 0) {
            throw new DomainException("objection.alreadyFound");
        }
        events.publishEvent(new DesignationChanged(DesignationAction.OBJECTION_FOUND, "objection:" + objectionId,
                (upheld ? "UPHELD: " : "DISMISSED: ") + text));
        if (upheld && outcomes.inNotice(row[1])) {
            outcomes.apply(row[1], Outcome.REJECT);
            closeFailed(row[1]);
            log.record(row[1], DecisionKind.UPHOLD_OBJECTION, text, me);
        }
    }

    /** True when no objection of the notice waits for a finding and none was upheld. */
    boolean clear(long noticeId) {
        return jdbc.sql("SELECT COUNT(*) FROM objection WHERE notice_id = ? AND (finding IS NULL OR finding = 'UPHELD')")
                .param(noticeId).query(Long.class).single() == 0;
    }

    private static final String SELECT = "SELECT id, application_id, park_name, city_name, round_year, opens_on,"
            + " closes_on, outcome FROM public_notice";

    private NoticeView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        LocalDate opens = rs.getObject(6, LocalDate.class);
        LocalDate closes = rs.getObject(7, LocalDate.class);
        LocalDate today = LocalDate.now(clock);
        String outcome = rs.getString(8);
        boolean open = "OPEN".equals(outcome) && !today.isBefore(opens) && !today.isAfter(closes);
        return new NoticeView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), opens, closes,
                outcome, open);
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
