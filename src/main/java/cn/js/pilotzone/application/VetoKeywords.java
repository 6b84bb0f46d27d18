package cn.js.pilotzone.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.domain.VetoKeyword;
import cn.js.pilotzone.application.domain.VetoKeywordRepository;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.identity.AccountPrincipal;

/** The province's list of words that the veto screening looks for in enterprise names and scopes. */
@Service
public class VetoKeywords {

    private final VetoKeywordRepository keywords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VetoKeywords(VetoKeywordRepository keywords, ApplicationEventPublisher events, Clock clock) {
        this.keywords = keywords;
        this.events = events;
        this.clock = clock;
    }

    public record KeywordView(String word, String addedBy, OffsetDateTime addedAt) {
    }

    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional(readOnly = true)
    public List<KeywordView> list() {
        return keywords.findAllByOrderByWord().stream()
                .map(k -> new KeywordView(k.word(), k.addedBy(), TimeConfig.inJiangsu(k.addedAt()))).toList();
    }

    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public void add(String word, AccountPrincipal me) {
        String w = word == null ? "" : word.strip();
        if (w.isEmpty() || w.length() > VetoKeyword.MAX_LENGTH) {
            throw new DomainException("veto.keyword.invalid", VetoKeyword.MAX_LENGTH);
        }
        boolean known = keywords.findAllByOrderByWord().stream()
                .anyMatch(k -> k.word().toLowerCase(Locale.ROOT).equals(w.toLowerCase(Locale.ROOT)));
        if (known) {
            throw new DomainException("veto.keyword.exists", w);
        }
        keywords.save(new VetoKeyword(w, me.loginName(), clock.instant()));
        events.publishEvent(new ApplicationChanged(ApplicationAction.VETO_KEYWORD_ADDED, "veto-keyword", w));
    }

    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public void remove(String word, AccountPrincipal me) {
        VetoKeyword keyword = keywords.findById(word).orElseThrow(() -> new NotFoundException("keyword " + word));
        keywords.delete(keyword);
        events.publishEvent(new ApplicationChanged(ApplicationAction.VETO_KEYWORD_REMOVED, "veto-keyword", word));
    }
}
