package cn.js.pilotzone.designation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import cn.js.pilotzone.application.ApplicationStatus;
import cn.js.pilotzone.application.DocumentRegister;
import cn.js.pilotzone.application.ForwardedCases;
import cn.js.pilotzone.application.ForwardedCases.CaseFacts;
import cn.js.pilotzone.application.ProvincialOutcomes;
import cn.js.pilotzone.application.ProvincialOutcomes.Outcome;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.common.QrCode;
import cn.js.pilotzone.common.RandomCodes;
import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.documents.PdfRenderer;
import cn.js.pilotzone.evidence.EvidenceStore;
import cn.js.pilotzone.evidence.FileType;
import cn.js.pilotzone.evidence.StoredFile;
import cn.js.pilotzone.identity.AccountPrincipal;

/**
 * 发文公布: after a notice period with no objection upheld or pending, the province records its
 * official document and the park is designated 江苏省区块链技术创新应用试验区. Each designation has a
 * number, a certificate with a QR code that anyone can verify, and a line in the public list.
 */
@Service
public class Designations implements DocumentRegister {

    private final ForwardedCases cases;
    private final ProvincialOutcomes outcomes;
    private final PublicNotices notices;
    private final DecisionLog log;
    private final EvidenceStore store;
    private final PdfRenderer pdf;
    private final ITemplateEngine templates;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String publicBaseUrl;

    Designations(ForwardedCases cases, ProvincialOutcomes outcomes, PublicNotices notices, DecisionLog log,
            EvidenceStore store, PdfRenderer pdf, ITemplateEngine templates, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock, @Value("${pilotzone.public-base-url}") String publicBaseUrl) {
        this.cases = cases;
        this.outcomes = outcomes;
        this.notices = notices;
        this.log = log;
        this.store = store;
        this.pdf = pdf;
        this.templates = templates;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** A line of the public list of designated zones; a revoked title shows its date and category. */
    public record Zone(long id, String number, String parkName, String cityName, LocalDate designatedOn,
            String documentNumber, String status, String certificateCode, LocalDate revokedOn,
            String revocationCategory) {
    }

    /**
     * Revokes a title in force, with its category and reasons, on the day given (not in the future).
     * The public list, the certificate's verification and the park's eligibility follow at once.
     */
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public void revoke(long designationId, RevocationCategory category, String reasons, LocalDate on,
            AccountPrincipal me) {
        String text = reasons == null ? "" : reasons.strip();
        if (category == null || text.isEmpty() || text.length() > 1000) {
            throw new DomainException("revocation.reasonsRequired");
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new DomainException("revocation.dateInvalid");
        }
        long applicationId = jdbc.sql("SELECT application_id FROM designation WHERE id = ?").param(designationId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("designation " + designationId));
        int changed = jdbc.sql("UPDATE designation SET status = 'REVOKED', revoked_on = ?, revocation_reason = ?,"
                + " revocation_category = ?, revoked_by = ? WHERE id = ? AND status = 'IN_FORCE'")
                .params(on, text, category.name(), me.loginName(), designationId).update();
        if (changed == 0) {
            throw new DomainException("revocation.notInForce");
        }
        log.record(applicationId, DecisionKind.REVOKE, category.name() + ": " + text, me);
        events.publishEvent(new DesignationChanged(DesignationAction.TITLE_REVOKED, "designation:" + designationId,
                category.name() + " " + on + ": " + text));
        Title title = title(designationId).orElseThrow();
        events.publishEvent(new TitleRevoked(designationId, title.parkOrganisationId(), title.parkName(), category, on));
    }

    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public Zone designate(long applicationId, String documentNumber, LocalDate documentDate, AccountPrincipal me) {
        String document = documentNumber == null ? "" : documentNumber.strip();
        LocalDate today = LocalDate.now(clock);
        if (document.isEmpty() || document.length() > 80 || documentDate == null || documentDate.isAfter(today)) {
            throw new DomainException("designation.documentRequired");
        }
        CaseFacts facts = cases.of(applicationId);
        if (facts.status() != ApplicationStatus.IN_NOTICE) {
            throw new DomainException("application.wrongState");
        }
        var notice = notices.ofApplication(applicationId).orElseThrow(() -> new DomainException("application.wrongState"));
        if (!today.isAfter(notice.closesOn())) {
            throw new DomainException("designation.noticeRunning", notice.closesOn());
        }
        if (!notices.clear(notice.id())) {
            throw new DomainException("designation.objectionsOpen");
        }
        int year = documentDate.getYear();
        long seq = jdbc.sql("SELECT COUNT(*) FROM designation WHERE designation_number LIKE ?").param("SYQ" + year + "-%")
                .query(Long.class).single() + 1;
        String number = String.format(Locale.ROOT, "SYQ%d-%03d", year, seq);
        String code = certificateCode(number);
        String city = notice.cityName();
        byte[] certificate = certificatePdf(number, code, facts.parkName(), city, document, documentDate);
        StoredFile file = store.storeGenerated(certificate, code + ".pdf", FileType.PDF, me.loginName());
        jdbc.sql("INSERT INTO designation (park_organisation_id, application_id, designation_number, document_number,"
                + " designated_on, status, created_at, certificate_code, certificate_file_id, certificate_sha256,"
                + " city_name, park_name) VALUES (?, ?, ?, ?, ?, 'IN_FORCE', ?, ?, ?, ?, ?, ?)")
                .params(facts.parkOrganisationId(), applicationId, number, document, documentDate,
                        Timestamp.from(clock.instant()), code, file.id(), file.sha256(), city, facts.parkName())
                .update();
        outcomes.apply(applicationId, Outcome.DESIGNATE);
        notices.closePassed(applicationId);
        log.record(applicationId, DecisionKind.DESIGNATE, document + "（" + documentDate + "）", me);
        events.publishEvent(new DesignationChanged(DesignationAction.ZONE_DESIGNATED, "application:" + applicationId,
                number + " " + document + " certificate.sha256=" + file.sha256()));
        return zone(applicationId).orElseThrow();
    }

    /** A title as the supervision of designated parks sees it, reasons of a revocation included. */
    public record Title(long id, long parkOrganisationId, long applicationId, String number, String parkName,
            LocalDate designatedOn, boolean inForce, LocalDate revokedOn, String revocationCategory,
            String revocationReason, String certificateCode) {
    }

    private static final String TITLE = "SELECT id, park_organisation_id, application_id, designation_number,"
            + " park_name, designated_on, status, revoked_on, revocation_category, revocation_reason,"
            + " certificate_code FROM designation";

    /** Every title in force, oldest first: the calendar opens their reports. */
    @Transactional(readOnly = true)
    public List<Title> titlesInForce() {
        return jdbc.sql(TITLE + " WHERE status = 'IN_FORCE' ORDER BY designated_on, id").query((rs, n) -> title(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Title> title(long designationId) {
        return jdbc.sql(TITLE + " WHERE id = ?").param(designationId).query((rs, n) -> title(rs)).optional();
    }

    private static Title title(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Title(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), "IN_FORCE".equals(rs.getString(7)), rs.getObject(8, LocalDate.class),
                rs.getString(9), rs.getString(10), rs.getString(11));
    }

    /** The public list: every designation, in force or not, newest first. */
    @Transactional(readOnly = true)
    public List<Zone> all() {
        return jdbc.sql(SELECT + " ORDER BY designated_on DESC, id DESC").query((rs, n) -> zone(rs)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Zone> zone(long applicationId) {
        return jdbc.sql(SELECT + " WHERE application_id = ?").param(applicationId).query((rs, n) -> zone(rs)).optional();
    }

    /** The certificate of a designation; the public list links to it, as it is a public document. */
    @Transactional(readOnly = true)
    public StoredFile certificate(long designationId) {
        String fileId = jdbc.sql("SELECT certificate_file_id FROM designation WHERE id = ?").param(designationId)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("designation " + designationId));
        return store.find(fileId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VerifiedDocument> find(String code) {
        return jdbc.sql("SELECT designation_number, park_name, created_at, certificate_sha256, status FROM designation"
                + " WHERE certificate_code = ?").param(code)
                .query((rs, n) -> new VerifiedDocument(code, "verify.certificateKind", List.of(rs.getString(1)),
                        rs.getString(2), TimeConfig.inJiangsu(rs.getTimestamp(3).toInstant()), rs.getString(4),
                        "verify.designation." + rs.getString(5)))
                .optional();
    }

    private static final String SELECT = "SELECT id, designation_number, park_name, city_name, designated_on,"
            + " document_number, status, certificate_code, revoked_on, revocation_category FROM designation";

    private static Zone zone(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Zone(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getObject(9, LocalDate.class), rs.getString(10));
    }

    private byte[] certificatePdf(String number, String code, String park, String city, String document,
            LocalDate documentDate) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("number", number);
        context.setVariable("code", code);
        context.setVariable("park", park);
        context.setVariable("city", city);
        context.setVariable("document", document);
        context.setVariable("documentDate", documentDate);
        context.setVariable("verifyUrl", publicBaseUrl + "/verify/" + code);
        context.setVariable("qr", QrCode.pngDataUri(publicBaseUrl + "/verify/" + code, 200));
        context.setVariable("cjkFont", PdfRenderer.CJK_FAMILY);
        return pdf.render(templates.process("print/certificate", context));
    }

    private static String certificateCode(String number) {
        return "ZS" + number.substring(3) + "-" + RandomCodes.of(8);
    }
}
