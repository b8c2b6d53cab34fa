package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same rule files compile to the same kjar bytes: two separate compilations of one overlay in one JVM,
 * each into its own empty cache, store byte-identical kjars. Without the fixes each one would differ: Drools
 * writes every rule's two attributes in an order hashed by object identity, numbers unbound patterns with a
 * JVM-wide counter the first compilation has already moved, and dates the zip entries.
 */
class ReproducibleKjarTest {

    @TempDir
    Path first;

    @TempDir
    Path second;

    /** Twelve rules (more than Drools' parallel-build threshold of ten), each with a salience and an agenda group. */
    private static List<RuleFile> overlay() {
        List<RuleFile> files = new ArrayList<>();
        String[] facts = {"CaseFact()", "Figures()", "Profile()"};
        for (int f = 0; f < 2; f++) {
            StringBuilder drl = new StringBuilder("package mine;\nimport io.roiassay.engine.facts.*;\nglobal Outcome outcome;\n");
            for (int r = 0; r < 6; r++) {
                drl.append("rule \"mine: rule ").append(f).append('-').append(r).append("\" agenda-group \"findings\" salience ")
                        .append(r + 1).append("\nwhen ").append(facts[r % 3]).append(' ').append(facts[(r + 1) % 3])
                        .append("\nthen\nend\n");
            }
            files.add(new RuleFile("mine/rules-" + f + ".drl", "overlay", drl.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return files;
    }

    @Test
    void sameOverlay_compiledTwiceIntoTwoCaches_givesIdenticalKjarBytes() throws Exception {
        new DroolsCompiler(new KjarCache(first)).compile(overlay());
        new DroolsCompiler(new KjarCache(second)).compile(overlay());
        Path a = onlyKjar(first);
        Path b = onlyKjar(second);
        assertThat(b.getFileName()).isEqualTo(a.getFileName());
        byte[] one = Files.readAllBytes(a);
        byte[] two = Files.readAllBytes(b);
        assertThat(entries(two)).as("entries that differ").containsExactlyEntriesOf(entries(one));
        assertThat(KjarCache.sha256(two)).as("kjar sha256").isEqualTo(KjarCache.sha256(one));
    }

    @Test
    void build_givesTheBytesTheCacheStores() throws Exception {
        byte[] built = new DroolsCompiler(new KjarCache(null)).build(overlay());
        new DroolsCompiler(new KjarCache(first)).compile(overlay());
        assertThat(KjarCache.sha256(Files.readAllBytes(onlyKjar(first)))).isEqualTo(KjarCache.sha256(built));
    }

    private static Path onlyKjar(Path dir) throws Exception {
        try (var list = Files.list(dir)) {
            List<Path> kjars = list.filter(p -> p.toString().endsWith(".kjar")).toList();
            assertThat(kjars).hasSize(1);
            return kjars.get(0);
        }
    }

    /** Each entry's name and a short digest of its content, to name what differs when the bytes do. */
    private static Map<String, String> entries(byte[] kjar) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                out.put(e.getName(), KjarCache.sha256(zip.readAllBytes()).substring(0, 16));
            }
        }
        return out;
    }
}
