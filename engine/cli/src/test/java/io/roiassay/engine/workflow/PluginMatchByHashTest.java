package io.roiassay.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code verify} matches a plugin by id, version and hash; the folder it was loaded from does not count. */
class PluginMatchByHashTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode report(String origin, String version, String hash) throws Exception {
        return JSON.readTree("{\"provenance\":{\"plugins\":[{\"id\":\"acme\",\"version\":\"" + version
                + "\",\"origin\":\"" + origin + "\",\"jarHash\":\"" + hash + "\"}]}}");
    }

    @Test
    void match_sameIdVersionAndHashInAnotherFolder_relocatedAndOriginNoLongerDiffers() throws Exception {
        JsonNode saved = report("/old/acme.jar", "2.0.0", "sha256:aa");
        JsonNode fresh = report("/new/acme.jar", "2.0.0", "sha256:aa");

        assertThat(ReportVerification.matchPluginsByHash(saved, fresh)).containsExactly("acme: /old/acme.jar -> /new/acme.jar");
        assertThat(ReportChanges.between(saved, fresh).none()).isTrue();
    }

    @Test
    void match_sameHashButAnotherVersion_notRelocatedAndTheOriginStillDiffers() throws Exception {
        JsonNode saved = report("/old/acme.jar", "2.0.0", "sha256:aa");
        JsonNode fresh = report("/new/acme.jar", "2.0.1", "sha256:aa");

        assertThat(ReportVerification.matchPluginsByHash(saved, fresh)).isEmpty();
        assertThat(ReportChanges.between(saved, fresh).none()).isFalse();
    }

    @Test
    void match_anotherHashInTheSameFolder_notRelocated() throws Exception {
        JsonNode saved = report("/plugins/acme.jar", "2.0.0", "sha256:aa");
        JsonNode fresh = report("/plugins/acme.jar", "2.0.0", "sha256:bb");

        assertThat(ReportVerification.matchPluginsByHash(saved, fresh)).isEmpty();
        assertThat(ReportChanges.between(saved, fresh).none()).isFalse();
    }
}
