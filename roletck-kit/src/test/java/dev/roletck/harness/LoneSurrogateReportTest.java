package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.harness.report.Reports;
import dev.roletck.protocol.Wire;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An implementation's message with a lone surrogate cannot stop the reports being written. */
class LoneSurrogateReportTest {
    @TempDir Path dir;

    @Test
    void reportsAreWrittenWhateverTheImplementationSays() throws Exception {
        HarnessOptions options = HarnessOptions.of(new Implementation.InProcess(new Fixtures.Delegating() {
            @Override public AccessDecision decide(AccessRequest r) {
                throw new IllegalStateException("broken \ud800 here \udfff and \u0007");
            }
        })).withReportDir(dir);
        HarnessResult result = Harness.run(options, Fixtures.cases().subList(0, 3));
        assertTrue(result.summary().errors() > 0);
        for (String name : new String[] {Reports.JSON, Reports.XML, Reports.HTML}) {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            assertTrue(text.contains("broken \uFFFD here \uFFFD"), name);
        }
        JsonNode json = Wire.JSON.readTree(dir.resolve(Reports.JSON).toFile());
        assertTrue(json.get("cases").size() == 3);
    }
}
