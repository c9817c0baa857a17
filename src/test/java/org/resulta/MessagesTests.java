package org.resulta;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message bundle has the same keys as the English one, so no page falls back to a missing text. */
class MessagesTests {

    @Test
    void frenchBundleHasEveryEnglishKeyAndNoOther() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> french = keys("messages_fr.properties");
        assertThat(english).hasSizeGreaterThan(20);
        assertThat(french).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void namesEveryStatusOfTheTrafficLight() throws IOException {
        Set<String> english = keys("messages.properties");
        for (var status : org.resulta.measurement.calculation.Status.values()) {
            assertThat(english).contains("status." + status.name());
        }
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
