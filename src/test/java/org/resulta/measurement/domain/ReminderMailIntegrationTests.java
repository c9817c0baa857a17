package org.resulta.measurement.domain;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.resulta.api.GovernmentFixtures;
import org.resulta.identity.NewUserRequest;
import org.resulta.identity.Role;
import org.resulta.identity.UserAccounts;
import org.resulta.measurement.DataSetRequest;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.PerformanceData;
import org.resulta.measurement.ReportingCycle;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.results.ResultsFramework;
import org.resulta.shared.PeriodType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminder mails go to the people a report waits for, listing the reports with a link to each. */
@SpringBootTest(properties = {"resulta.reminders.mail.enabled=true", "resulta.base-url=https://resulta.example.gov/",
        "spring.datasource.url=jdbc:h2:mem:reminders-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderMailIntegrationTests {

    /** Keeps what would have been sent; the SMTP transport itself is Spring's and not ours to test. */
    @TestConfiguration
    static class Outbox {
        @Bean
        @Primary
        RecordingMailSender recordingMailSender() {
            return new RecordingMailSender();
        }
    }

    static class RecordingMailSender extends JavaMailSenderImpl {
        final List<SimpleMailMessage> sent = new ArrayList<>();

        @Override
        public void send(SimpleMailMessage... messages) {
            sent.addAll(List.of(messages));
        }
    }

    @Autowired
    RecordingMailSender outbox;
    @Autowired
    ReminderMail reminders;
    @Autowired
    OrganisationStructure organisation;
    @Autowired
    ResultsFramework results;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    PerformanceData data;
    @Autowired
    UserAccounts users;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    ReportingCycle reporting;

    @BeforeAll
    void governmentWithAReportingForm() {
        GovernmentFixtures government = new GovernmentFixtures(organisation, results, catalog, data, users, accounts);
        government.buildSmallGovernment();
        government.asAdministrator(() -> {
            users.create(new NewUserRequest("north-clerk", "Nora North", "nora@health.example", GovernmentFixtures.PASSWORD,
                    Set.of(Role.DATA_ENCODER), "HEALTH-N"));
            users.create(new NewUserRequest("school-clerk", "Sam School", "sam@schools.example", GovernmentFixtures.PASSWORD,
                    Set.of(Role.DATA_ENCODER), "SCHOOLS-N"));
            reporting.define(new DataSetRequest("HQ", "Quarterly health report", PeriodType.QUARTERLY, 15, null, 1, "HEALTH",
                    List.of(new DataSetRequest.Member("SATISFIED", false)), List.of("HEALTH-N")));
        });
    }

    @Test
    void mailsTheReportsWaitingForEachUserAndNobodyElse() {
        outbox.sent.clear();
        int sent = reminders.sendReminders();

        assertThat(sent).isEqualTo(1);
        assertThat(outbox.sent).hasSize(1);
        SimpleMailMessage mail = outbox.sent.get(0);
        assertThat(mail.getTo()).containsExactly("nora@health.example");
        assertThat(mail.getSubject()).contains("wait for you");
        assertThat(mail.getText()).contains("Quarterly health report, Health North")
                .contains("https://resulta.example.gov/reports?unit=HEALTH-N&period=");
    }
}
