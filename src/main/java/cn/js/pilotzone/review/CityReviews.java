package cn.js.pilotzone.review;

import java.io.InputStream;
import cn.js.pilotzone.application.ApplicationStatus;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import cn.js.pilotzone.application.CityCases;
import cn.js.pilotzone.application.CityCases.CityCase;
import cn.js.pilotzone.application.DocumentRegister;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.common.QrCode;
import cn.js.pilotzone.common.RandomCodes;
import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.documents.DocxWriter;
import cn.js.pilotzone.documents.PdfRenderer;
import cn.js.pilotzone.evidence.EvidenceStore;
import cn.js.pilotzone.evidence.FileType;
import cn.js.pilotzone.evidence.StoredFile;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.Role;
import cn.js.pilotzone.review.domain.CityReview;
import cn.js.pilotzone.review.domain.CityReviewRepository;
import cn.js.pilotzone.review.domain.Quotas;
import cn.js.pilotzone.workspace.TodoItem;
import cn.js.pilotzone.workspace.TodoProvider;

/**
 * The city's preliminary review (初审). Each decision carries a written opinion and is kept; a
 * recommendation produces the letter of Appendix B, and the application reaches the province only
 * when the city has uploaded that letter signed and sealed. The province may limit how many parks
 * each city recommends in a round.
 */
@Service
public class CityReviews implements DocumentRegister, TodoProvider {

    static final Locale DOCUMENT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final Set<FileType> SEALED_TYPES = Set.of(FileType.PDF, FileType.OFD, FileType.JPEG, FileType.PNG);
    private static final long MAX_SEALED_BYTES = 50L * 1024 * 1024;

    private final CityCases cases;
    private final CityReviewRepository reviews;
    private final Quotas quotas;
    private final EvidenceStore store;
    private final PdfRenderer pdf;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String publicBaseUrl;

    CityReviews(CityCases cases, CityReviewRepository reviews, Quotas quotas, EvidenceStore store, PdfRenderer pdf,
            ITemplateEngine templates, MessageSource messages, ApplicationEventPublisher events, Clock clock,
            @Value("${pilotzone.public-base-url}") String publicBaseUrl) {
        this.cases = cases;
        this.reviews = reviews;
        this.quotas = quotas;
        this.store = store;
        this.pdf = pdf;
        this.templates = templates;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    @PreAuthorize("hasRole('CITY_REVIEWER')")
    @Transactional(readOnly = true)
    public Page<CityCase> cases(AccountPrincipal me, ApplicationStatus status, String search, Pageable pageable) {
        return cases.ofMyJurisdiction(me, status, search, pageable);
    }

    /** One case with every decision the city has taken on it, newest first. */
    public record CaseView(CityCase application, List<ReviewView> history, Optional<Integer> quota,
            long recommended) {
    }

    public record ReviewView(int version, Decision decision, String opinion, String reviewer,
            OffsetDateTime decidedAt, String letterCode, boolean sealed) {
    }

    @PreAuthorize("hasRole('CITY_REVIEWER')")
    @Transactional(readOnly = true)
    public CaseView caseOf(long id, AccountPrincipal me) {
        CityCase application = cases.get(id, me);
        if (application.kind().isReport()) {
            return new CaseView(application, history(id), Optional.empty(), 0);
        }
        return new CaseView(application, history(id), quotas.of(application.roundId(), me.jurisdictionCode()),
                cases.recommendedIn(application.roundId(), me.jurisdictionCode()));
    }

    /** The city's decisions and opinions, for whoever may read the application. */
    @Transactional(readOnly = true)
    public List<ReviewView> history(long applicationId) {
        return reviews.findByApplicationIdOrderByDecidedAtDesc(applicationId).stream()
                .map(r -> new ReviewView(r.versionNumber(), r.decision(), r.opinion(), r.reviewer(),
                        TimeConfig.inJiangsu(r.decidedAt()), r.letterCode(), r.sealedFileId() != null))
                .toList();
    }

    /**
     * Records the decision with its opinion and moves the application. A recommendation beyond the
     * city's quota for the round is refused; one within it produces the recommendation letter.
     */
    @PreAuthorize("hasRole('CITY_REVIEWER')")
    @Transactional
    public void decide(long id, Decision decision, String opinion, AccountPrincipal me) {
        String text = opinion == null ? "" : opinion.strip();
        if (text.isEmpty() || text.length() > CityReview.MAX_OPINION) {
            throw new DomainException("review.opinionRequired", CityReview.MAX_OPINION);
        }
        CityCase application = cases.get(id, me);
        if (!Decision.forReport(application.kind().isReport()).contains(decision)) {
            throw new DomainException("application.wrongState");
        }
        switch (decision) {
            case RETURN -> cases.returnForRevision(id, me);
            case APPROVE -> cases.approveReport(id, me);
            case NOT_RECOMMEND -> cases.notRecommend(id, me);
            case RECOMMEND -> {
                Optional<Integer> quota = quotas.lockedOf(application.roundId(), me.jurisdictionCode());
                if (quota.isPresent() && cases.recommendedIn(application.roundId(), me.jurisdictionCode()) >= quota.get()) {
                    throw new DomainException("review.quotaReached", quota.get());
                }
                cases.recommend(id, me);
            }
        }
        CityReview review = reviews.save(CityReview.decide(id, application.version(), decision, text, me.loginName(),
                me.organisationId(), clock.instant()));
        events.publishEvent(new CityOpinion(id, decision, text));
        if (decision == Decision.RECOMMEND) {
            String code = letterCode(application);
            StoredFile letter = store.storeGenerated(letterPdf(application, review, code, me.organisationName()),
                    code + ".pdf", FileType.PDF, me.loginName());
            review.attachLetter(code, letter.id(), letter.sha256());
        }
    }

    /** The generated letter, for the city to print, sign and seal, and for the province later. */
    @Transactional(readOnly = true)
    public StoredFile letter(long id, AccountPrincipal me) {
        return store.find(recommendation(id, me).letterFileId()).orElseThrow();
    }

    /** The sealed scan the city uploaded. */
    @Transactional(readOnly = true)
    public StoredFile sealedLetter(long id, AccountPrincipal me) {
        CityReview review = recommendation(id, me);
        if (review.sealedFileId() == null) {
            throw new NotFoundException("sealed letter of " + id);
        }
        return store.find(review.sealedFileId()).orElseThrow();
    }

    /** Uploading the sealed letter completes the recommendation: the province receives the application. */
    @PreAuthorize("hasRole('CITY_REVIEWER')")
    @Transactional
    public void uploadSealed(long id, InputStream content, String name, AccountPrincipal me) {
        CityCase application = cases.get(id, me);
        if (application.status() != ApplicationStatus.RECOMMENDED) {
            throw new DomainException("review.notAwaitingSeal");
        }
        CityReview review = recommendation(id, me);
        StoredFile sealed = store.store(content, name, SEALED_TYPES, MAX_SEALED_BYTES, me.loginName());
        review.seal(sealed.id(), clock.instant());
        cases.forward(id, me);
    }

    /** The .docx of the letter, for offices that add their own letterhead in Word. */
    @Transactional(readOnly = true)
    public byte[] letterDocx(long id, AccountPrincipal me) {
        CityReview review = recommendation(id, me);
        CityCase application = casesForReader(id, me);
        return DocxWriter.a4()
                .title(text("letter.title"))
                .paragraph(text("letter.addressee"))
                .paragraph(messages.getMessage("letter.body", new Object[] {application.parkName()}, DOCUMENT_LOCALE))
                .labelled(text("letter.opinion"), review.opinion())
                .paragraph(text("letter.signature"))
                .paragraph(TimeConfig.inJiangsu(review.decidedAt()).toLocalDate().toString())
                .footer(text("print.documentCode") + " " + review.letterCode() + "  " + verifyUrl(review.letterCode()))
                .toBytes();
    }

    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public void setQuota(long roundId, String jurisdictionCode, Integer quota, AccountPrincipal me) {
        if (quota != null && (quota < 0 || quota > 1000)) {
            throw new DomainException("review.quotaInvalid");
        }
        quotas.set(roundId, jurisdictionCode, quota, me.loginName(), clock.instant());
        events.publishEvent(new QuotaSet(roundId, jurisdictionCode, quota));
    }

    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Integer> quota(long roundId, String jurisdictionCode) {
        return quotas.of(roundId, jurisdictionCode);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VerifiedDocument> find(String code) {
        return reviews.findByLetterCode(code).map(r -> new VerifiedDocument(r.letterCode(), "verify.letterKind",
                List.of(code.substring(2, 6), r.versionNumber()), cases.parkNameOf(r.applicationId()),
                TimeConfig.inJiangsu(r.decidedAt()), r.letterSha256(), "verify.letterState.IN_FORCE"));
    }

    @Override
    public List<TodoItem> todosForCurrentUser() {
        Object principal = SecurityContextHolder.getContext().getAuthentication() == null ? null
                : SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        if (!(principal instanceof AccountPrincipal me) || !me.hasRole(Role.CITY_REVIEWER)) {
            return List.of();
        }
        return cases.awaitingCity(me).stream()
                .map(c -> new TodoItem(c.kind().isReport() ? "todo.reviewReport." + c.kind().name()
                        : c.status() == ApplicationStatus.SUBMITTED ? "todo.reviewCase" : "todo.sealLetter",
                        List.of(c.parkName(), String.valueOf(c.roundYear())), "/review/cases/" + c.id(), c.reviewDeadline()))
                .toList();
    }

    private CityCase casesForReader(long id, AccountPrincipal me) {
        return me.hasRole(Role.CITY_REVIEWER) ? cases.get(id, me) : cases.forwarded(id, me);
    }

    /** The recommendation of an application, readable by its city and, once forwarded, the province. */
    private CityReview recommendation(long id, AccountPrincipal me) {
        casesForReader(id, me);
        return reviews.findFirstByApplicationIdAndDecisionOrderByDecidedAtDesc(id, Decision.RECOMMEND)
                .orElseThrow(() -> new NotFoundException("recommendation of " + id));
    }

    private byte[] letterPdf(CityCase application, CityReview review, String code, String cityName) {
        Context context = new Context(DOCUMENT_LOCALE);
        context.setVariable("application", application);
        context.setVariable("review", review);
        context.setVariable("code", code);
        context.setVariable("cityName", cityName);
        context.setVariable("decidedOn", TimeConfig.inJiangsu(review.decidedAt()).toLocalDate());
        context.setVariable("verifyUrl", verifyUrl(code));
        context.setVariable("qr", QrCode.pngDataUri(verifyUrl(code), 160));
        context.setVariable("cjkFont", PdfRenderer.CJK_FAMILY);
        return pdf.render(templates.process("print/letter", context));
    }

    private String letterCode(CityCase application) {
        return String.format(Locale.ROOT, "TJ%d-%06d-V%d-%s", application.roundYear(), application.id(),
                application.version(), RandomCodes.of(8));
    }

    private String verifyUrl(String code) {
        return publicBaseUrl + "/verify/" + code;
    }

    private String text(String key) {
        return messages.getMessage(key, null, DOCUMENT_LOCALE);
    }
}
