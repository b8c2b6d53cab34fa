package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a kjar's classes are read and defined: the kjar's own first, and within a bound. */
class ModelLoaderClassesTest {

    /** A class the test's own class path holds too: the kjar below carries a copy of it. */
    public static final class Carried {
    }

    private static byte[] classBytes(Class<?> type) throws Exception {
        try (InputStream in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }

    private static byte[] kjar(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
        }
        return KjarArchive.canonical(bytes.toByteArray());
    }

    private static Map<String, KjarEntries.Entry> classes(byte[] kjar) {
        Map<String, KjarEntries.Entry> classes = new HashMap<>();
        ModelLoader.read(kjar, classes, new ArrayList<>());
        return classes;
    }

    @Test
    void theKjarsOwnClass_isDefinedFromTheKjar_evenWhenTheParentHasOneOfTheSameName() throws Exception {
        String name = Carried.class.getName();
        byte[] kjar = kjar(Map.of(name.replace('.', '/') + ".class", classBytes(Carried.class)));
        var loader = new ModelLoader.MemoryClassLoader(kjar, classes(kjar), getClass().getClassLoader());

        Class<?> carried = loader.loadClass(name);
        assertThat(carried).isNotSameAs(Carried.class);
        assertThat(carried.getClassLoader()).isSameAs(loader);
        assertThat(loader.loadClass(name)).as("defined once").isSameAs(carried);
        assertThat(loader.loadClass("java.lang.String")).as("anything else: the parent's").isSameAs(String.class);
        assertThat(loader.loadClass(ModelLoaderClassesTest.class.getName())).isSameAs(ModelLoaderClassesTest.class);
        assertThatThrownBy(() -> loader.loadClass("io.roiassay.rules.Missing")).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void classesThatTakeMoreThanTheLimit_areRefused_beforeTheRestIsRead() throws Exception {
        byte[] zeros = new byte[100_000];
        Map<String, byte[]> entries = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            entries.put("io/roiassay/rules/C" + i + ".class", zeros);
        }
        byte[] kjar = kjar(entries);
        assertThat(ModelLoader.bytes(kjar, classes(kjar), 500_000)).hasSize(5);
        assertThatThrownBy(() -> ModelLoader.bytes(kjar, classes(kjar), 499_999))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("more than 499999 bytes");
    }
}
