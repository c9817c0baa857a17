package org.resulta.exchange.iati;

import org.junit.jupiter.api.Assumptions;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real IATI files of the tests (src/test/resources/iati/README.md) and small hand-made ones. */
public final class IatiFiles {

    public static final String GDIHUB = "iati_gdihub_aidstream_v203_results.xml";
    public static final String WORLD_BANK = "iati_worldbank_jordan_P175662_v203_qualitative_results.xml";
    public static final String GLOBAL_FUND = "iati_globalfund_armenia_hiv_v1_2012.xml";
    public static final String LEGACY_DATASTORE = "iati_legacy_v1_datastore_api_response_2014.xml";
    private static final Path SHARED = Path.of("..", "shared", "data", "iati");

    private IatiFiles() {
    }

    /** One of the three small real files copied into the test resources. */
    public static InputStreamSource copied(String name) {
        ClassPathResource resource = new ClassPathResource("iati/" + name);
        if (!resource.exists()) {
            throw new IllegalStateException("Test file iati/" + name + " is missing");
        }
        return resource;
    }

    /** The 542 KB legacy Datastore response, read from ../shared/data/iati; the test is skipped when it is absent. */
    public static InputStreamSource legacyDatastoreResponse() {
        Path file = SHARED.resolve(LEGACY_DATASTORE);
        Assumptions.assumeTrue(Files.isReadable(file), "Skipped: " + file.toAbsolutePath()
                + " is absent (the project's shared data folder is not beside this work tree)");
        return new FileSystemResource(file);
    }

    public static InputStreamSource text(String xml) {
        return new ByteArrayResource(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Every activity of a file, read with the production reader. */
    static List<IatiActivity> activities(InputStreamSource source) {
        List<IatiActivity> all = new ArrayList<>();
        try (InputStream in = source.getInputStream()) {
            IatiReader.read(in, all::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** The IATI 2.03 schema's errors for a document (empty when valid), for tests outside this package. */
    public static List<String> schemaErrors(String xml) {
        return new IatiSchema().errors(xml);
    }

    /** The bytes of a test file. */
    public static byte[] bytes(InputStreamSource source) {
        try (InputStream in = source.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IatiReader.Header header(InputStreamSource source) {
        try (InputStream in = source.getInputStream()) {
            return IatiReader.read(in, a -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
