package io.roiassay.engine.caseio;

import io.roiassay.engine.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Valid cases are shown valid by the compiled check; networknt is loaded only when a case fails. */
class CaseReaderFastPathTest {

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Examples.dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyShippedExample_takesTheFastPath(String example) throws Exception {
        String text = Files.readString(Examples.dir().resolve(example));
        ParsedDocument document = new DocumentParser().parse(CaseFiles.withoutBom(text), false, false);

        assertThat(SchemaCheck.shared().conforms(document.root())).isTrue();
        assertThat(new CaseReader().read(Examples.dir().resolve(example)).id()).isNotBlank();
    }

    @Test
    void everyBatchExampleLine_takesTheFastPath() throws Exception {
        for (String line : Files.readAllLines(Examples.dir().resolve("batch/examples.jsonl"))) {
            assertThat(SchemaCheck.shared().conforms(new DocumentParser().parse(line, true, false).root())).isTrue();
        }
    }

    @Test
    void readingAValidCase_loadsNoNetworkntClass() throws Exception {
        try (Isolated loader = new Isolated()) {
            loader.read(Files.readString(Examples.dir().resolve("acme-retail.yaml")));

            assertThat(loader.loaded("io.roiassay.engine.caseio.CaseReader")).isTrue();
            assertThat(loader.loaded("io.roiassay.engine.caseio.SchemaCheck")).isTrue();
            assertThat(loader.loaded("io.roiassay.engine.caseio.SchemaValidator$Holder")).isFalse();
            assertThat(loader.loaded("com.networknt.schema.Schema")).isFalse();
            assertThat(loader.loaded("com.networknt.schema.SchemaRegistry")).isFalse();
        }
    }

    @Test
    void readingAnInvalidCase_loadsNetworknt_forEveryErrorWithItsPath() throws Exception {
        String text = Files.readString(Examples.dir().resolve("acme-retail.yaml")).replace("currency: CNY", "currency: cny");
        try (Isolated loader = new Isolated()) {
            Throwable failure = loader.read(text);

            assertThat(failure).isNotNull();
            assertThat(failure.getClass().getName()).isEqualTo(CaseException.class.getName());
            assertThat(failure.getMessage()).contains("currency");
            assertThat(loader.loaded("io.roiassay.engine.caseio.SchemaValidator$Holder")).isTrue();
            assertThat(loader.loaded("com.networknt.schema.Schema")).isTrue();
        }
    }

    /** The test class path in a fresh loader whose parent knows only the JDK, so it loads every class itself. */
    private static final class Isolated extends URLClassLoader {

        Isolated() throws MalformedURLException {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        /** Reads {@code yaml} with a {@code CaseReader} of this loader; the failure it threw, or null. */
        Throwable read(String yaml) throws ReflectiveOperationException {
            Class<?> reader = loadClass("io.roiassay.engine.caseio.CaseReader");
            Method read = reader.getMethod("read", String.class, String.class, boolean.class);
            try {
                read.invoke(reader.getConstructor().newInstance(), yaml, "case.yaml", false);
                return null;
            } catch (InvocationTargetException e) {
                return e.getCause();
            }
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }

        private static URL[] classPath() throws MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(new File(entry).toURI().toURL());
            }
            return urls.toArray(new URL[0]);
        }
    }
}
