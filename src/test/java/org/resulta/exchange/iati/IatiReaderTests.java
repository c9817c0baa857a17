package org.resulta.exchange.iati;

import org.junit.jupiter.api.Test;
import org.resulta.shared.InvalidValueException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IatiReaderTests {

    @Test
    void readsTheVersion203ActivitiesWithNarratives() {
        List<IatiActivity> activities = IatiFiles.activities(IatiFiles.copied(IatiFiles.GDIHUB));

        assertThat(activities).extracting(IatiActivity::identifier).containsExactly("GB-COH-11126312-Cluster1",
                "GB-COH-11126312-Cluster2", "GB-COH-11126312-Cluster3", "GB-COH-11126312-Cluster4");
        IatiActivity first = activities.get(0);
        assertThat(first.title()).isEqualTo("AT2030 - Cluster 1: Data and Evidence");
        assertThat(first.start()).hasToString("2018-10-01");
        assertThat(first.end()).hasToString("2024-08-31");
        assertThat(activities.stream().mapToLong(a -> a.results().size()).sum()).isEqualTo(4);
        assertThat(activities.stream().flatMap(a -> a.results().stream()).mapToLong(r -> r.indicators().size()).sum()).isEqualTo(12);
        IatiActivity.Indicator indicator = first.results().get(0).indicators().get(0);
        assertThat(indicator.title()).isEqualTo("Number of influencing papers, answering critical research questions published");
        assertThat(indicator.baselines()).singleElement().satisfies(b -> assertThat(b.value()).isEqualTo("0"));
        assertThat(indicator.periods()).hasSize(3);
        assertThat(indicator.periods().get(2).targets()).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("50"));
    }

    @Test
    void readsLegacyTextsAndCodesWithoutAVersion() {
        IatiReader.Header header = IatiFiles.header(IatiFiles.copied(IatiFiles.GLOBAL_FUND));
        List<IatiActivity> activities = IatiFiles.activities(IatiFiles.copied(IatiFiles.GLOBAL_FUND));

        assertThat(header.legacy()).isTrue();
        assertThat(header.description()).contains("no version attribute");
        IatiActivity activity = activities.get(0);
        assertThat(activity.identifier()).isEqualTo("47045-ARM-202-G05-H-00");
        assertThat(activity.title()).startsWith("Support to the National Program");
        assertThat(activity.results()).hasSize(10).allSatisfy(r -> assertThat(r.type()).isEqualTo("Output"));
        IatiActivity.Indicator indicator = activity.results().get(1).indicators().get(0);
        assertThat(indicator.measure()).isEqualTo("text");
        assertThat(indicator.title()).isEqualTo("Number of Government Personnel Trained on HIV prevention and treatment");
    }

    @Test
    void readsTheActivitiesInsideADatastoreResponse() {
        IatiReader.Header header = IatiFiles.header(IatiFiles.legacyDatastoreResponse());
        List<IatiActivity> activities = IatiFiles.activities(IatiFiles.legacyDatastoreResponse());

        assertThat(header.datastoreResponse()).isTrue();
        assertThat(header.legacy()).isTrue();
        assertThat(activities).hasSize(50).allSatisfy(a -> assertThat(a.results()).isEmpty());
    }

    @Test
    void refusesADocumentTypeWithAnExternalEntity() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE iati-activities [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <iati-activities version="2.03"><iati-activity><iati-identifier>&secret;</iati-identifier></iati-activity></iati-activities>
                """;

        assertThatThrownBy(() -> IatiFiles.activities(IatiFiles.text(xxe)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("document type").hasMessageContaining("XXE")
                .satisfies(e -> assertThat(((InvalidValueException) e).rule()).isEqualTo("xml-dtd-refused"));
    }

    @Test
    void refusesAnInternalEntityExpansion() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
                <iati-activities version="2.03"><iati-activity><iati-identifier>&lol2;</iati-identifier></iati-activity></iati-activities>
                """;

        assertThatThrownBy(() -> IatiFiles.activities(IatiFiles.text(bomb)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("XXE");
    }

    @Test
    void namesTheLineOfMalformedXml() {
        String broken = "<iati-activities version=\"2.03\">\n<iati-activity>\n<title></iati-activity>\n</iati-activities>";

        assertThatThrownBy(() -> IatiFiles.activities(IatiFiles.text(broken)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("not well-formed").hasMessageContaining("line 3");
    }

    @Test
    void refusesAFileThatIsNotIati() {
        assertThatThrownBy(() -> IatiFiles.activities(IatiFiles.text("<catalog><book/></catalog>")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("<catalog>");
    }
}
