package org.resulta.measurement.domain;

import org.resulta.identity.Mailbox;
import org.resulta.identity.UserSessions;
import org.resulta.measurement.ReportView;
import org.resulta.measurement.ReportingCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Sends each user with an e-mail address the reports waiting for them (to enter, verify or approve), on the
 * schedule {@code resulta.reminders.mail.cron}. Off unless {@code resulta.reminders.mail.enabled=true}; the SMTP
 * server is Spring Boot's {@code spring.mail.*}. A user with nothing waiting gets no mail.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "resulta.reminders.mail.enabled", havingValue = "true")
class ReminderMail {

    private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);

    private final ReportingCycle reporting;
    private final UserSessions sessions;
    private final JavaMailSender mail;
    private final String from;
    private final String baseUrl;

    ReminderMail(ReportingCycle reporting, UserSessions sessions, JavaMailSender mail,
                 @Value("${resulta.reminders.mail.from}") String from, @Value("${resulta.base-url}") String baseUrl) {
        this.reporting = reporting;
        this.sessions = sessions;
        this.mail = mail;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Sends the reminders now; returns how many mails went out. */
    @Scheduled(cron = "${resulta.reminders.mail.cron}")
    int sendReminders() {
        int sent = 0;
        for (Mailbox box : sessions.mailboxes()) {
            List<ReportView> waiting = sessions.runAs(box.username(), reporting::reminders);
            if (waiting.isEmpty()) {
                continue;
            }
            try {
                mail.send(message(box, waiting));
                sent++;
            } catch (MailException e) {
                log.warn("Could not send the reminder to {}: {}", box.username(), e.getMessage());
            }
        }
        log.info("Sent {} reminder mails", sent);
        return sent;
    }

    SimpleMailMessage message(Mailbox box, List<ReportView> waiting) {
        StringBuilder text = new StringBuilder("Dear ").append(box.displayName()).append(",\n\n")
                .append(waiting.size() == 1 ? "One report waits" : waiting.size() + " reports wait").append(" for you in Resulta:\n\n");
        for (ReportView r : waiting) {
            text.append("- ").append(r.dataSetName()).append(", ").append(r.unitName()).append(", ").append(r.periodLabel())
                    .append(": ").append(r.status().label().toLowerCase()).append(" (due ").append(r.dueDate()).append(")\n  ")
                    .append(baseUrl).append("/reports?unit=").append(r.unitCode()).append("&period=").append(r.period()).append('\n');
        }
        text.append("\nThis reminder is sent on working days while reports wait for you.\n");
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(box.email());
        message.setSubject("Resulta: " + waiting.size() + (waiting.size() == 1 ? " report waits" : " reports wait") + " for you");
        message.setText(text.toString());
        return message;
    }
}
