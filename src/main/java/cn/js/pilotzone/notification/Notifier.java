package cn.js.pilotzone.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.js.pilotzone.identity.AccountDirectory.Contact;

/**
 * Writes in-app messages in the caller's transaction and sends the e-mails after it commits, so that
 * nobody is told of a change that was rolled back. A mail that cannot be sent is logged; the message
 * in the system stays, and the change stands.
 */
@Component
class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;

    Notifier(JdbcClient jdbc, MessageSource messages, ObjectProvider<JavaMailSender> mail, Clock clock,
            @Value("${pilotzone.mail.from}") String from) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
    }

    /** Tells each contact once, however many roles brought it into the list. */
    void tell(List<Contact> contacts, String key, Object[] args, String link) {
        String subject = messages.getMessage("notify." + key + ".subject", args, LANGUAGE);
        String body = messages.getMessage("notify." + key + ".body", args, LANGUAGE);
        Map<Long, Contact> unique = new LinkedHashMap<>();
        contacts.forEach(c -> unique.putIfAbsent(c.accountId(), c));
        JavaMailSender sender = mail.getIfAvailable();
        List<SimpleMailMessage> outgoing = new ArrayList<>();
        for (Contact contact : unique.values()) {
            boolean email = sender != null && contact.email() != null && !contact.email().isBlank();
            jdbc.sql("INSERT INTO message (account_id, subject, body, link, created_at, emailed) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(contact.accountId(), subject, body, link, Timestamp.from(clock.instant()), email).update();
            if (email) {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(contact.email());
                message.setSubject(subject);
                message.setText(body + (link == null ? "" : "\n\n" + messages.getMessage("notify.linkLine", null, LANGUAGE)
                        + link));
                outgoing.add(message);
            }
        }
        if (!outgoing.isEmpty()) {
            afterCommit(() -> outgoing.forEach(m -> send(sender, m)));
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static void send(JavaMailSender sender, SimpleMailMessage message) {
        try {
            sender.send(message);
        } catch (MailException e) {
            LOG.warn("Mail to {} could not be sent; the in-app message stays: {}", message.getTo(), e.getMessage());
        }
    }
}
