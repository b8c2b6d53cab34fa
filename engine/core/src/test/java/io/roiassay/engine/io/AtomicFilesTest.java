package io.roiassay.engine.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Output files are replaced atomically when they are regular files, and only then. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aRegularFileIsReplacedWhole_andNoTemporaryFileStays() throws Exception {
        Path out = dir.resolve("report.json");
        Files.writeString(out, "old, longer content");

        AtomicFiles.write(out, utf8("new"));

        assertThat(Files.readString(out)).isEqualTo("new");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path out = dir.resolve("report.json");
        Files.writeString(out, "old");

        assertThatThrownBy(() -> AtomicFiles.write(out, w -> {
            w.write(utf8("half"));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(out)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void aSymbolicLinkIsFollowed_theLinkStays() throws Exception {
        Path real = dir.resolve("real.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());

        AtomicFiles.write(link, utf8("new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aLinkToAMissingFile_makesThatFile() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("made.json"));

        AtomicFiles.write(link, utf8("new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("made.json"))).isEqualTo("new");
    }

    @Test
    void aNamedPipeIsWrittenInPlace_notReplacedByAFile() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        AtomicFiles.write(fifo, utf8("through the pipe"));

        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(utf8("through the pipe"));
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    /** A file holding {@code text} with POSIX permissions {@code mode} (the test is skipped without POSIX). */
    private Path fileWithMode(String name, String text, String mode) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, utf8(text));
        assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString(mode));
        return file;
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        // a review: a report the user had made private (600) came back world-readable (644, the umask's) after --out
        Path out = fileWithMode("private.json", "old", "rw-------");

        AtomicFiles.write(out, utf8("new"));

        assertThat(Files.readString(out)).isEqualTo("new");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
    }

    @Test
    void aReadOnlyFileIsNotReplaced_forAUserWhoMayNotWriteIt() throws Exception {
        Path out = fileWithMode("locked.json", "kept", "r--r--r--");
        assumeTrue(!Files.isWritable(out), "root may write any file, as with a shell's >");

        assertThatThrownBy(() -> AtomicFiles.write(out, utf8("new"))).isInstanceOf(java.nio.file.AccessDeniedException.class)
                .hasMessageContaining("the file is read-only");
        assertThat(Files.readString(out)).isEqualTo("kept");
    }

    @Test
    void aFolderThatTakesNoNewFile_isNamedWithTheReason_notTheTemporaryFile() {
        Path version = Path.of("/proc/version"); // procfs: the file exists, the folder makes no new files, even for root
        assumeTrue(Files.isRegularFile(version));

        assertThatThrownBy(() -> AtomicFiles.write(version, utf8("x"))).isInstanceOf(java.nio.file.FileSystemException.class)
                .hasMessage("/proc/version: cannot create a file in the folder /proc (the output is written beside version"
                        + " and renamed into place): the file system does not take new files there")
                .hasMessageNotContaining(".tmp");
    }

    @Test
    void aDirectoryIsRefusedByName() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("reports"));

        assertThatThrownBy(() -> AtomicFiles.write(sub, utf8("x"))).isInstanceOf(IOException.class)
                .hasMessage(sub + " is a directory");
        assertThat(Files.isDirectory(sub)).isTrue();
    }
}
