package cn.js.pilotzone.evidence.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The directory tree that holds the files. Uploads are written under {@code tmp/} of the same root,
 * so that the final move is a rename within one file system and therefore atomic: a file appears
 * under its final name complete or not at all.
 */
public final class FileArea {

    /** Fixed, so that memory per upload stays the same whatever the file's size. */
    private static final int BUFFER_SIZE = 16 * 1024;

    private final Path root;
    private final Path temporaries;

    public FileArea(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.temporaries = this.root.resolve("tmp");
        try {
            Files.createDirectories(temporaries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the evidence store " + this.root, e);
        }
    }

    public Path newTemporary() throws IOException {
        return Files.createTempFile(temporaries, "upload-", ".part");
    }

    /**
     * Copies the content into the temporary file, digesting it on the way; stops as soon as more
     * than maxBytes have arrived, so an endless stream costs at most one buffer beyond the limit.
     *
     * @return the size and digests, or empty when the content exceeds maxBytes
     */
    public Optional<Copy> copy(InputStream content, Path temporary, long maxBytes) throws IOException {
        Digests digests = new Digests();
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            int read;
            while ((read = content.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    return Optional.empty();
                }
                digests.update(buffer, 0, read);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
        }
        Digests.Result result = digests.finish();
        return Optional.of(new Copy(size, result.sha256(), result.sm3()));
    }

    /**
     * Makes the temporary file durable and moves it to its final name, in one of 256 subdirectories
     * so that no directory grows huge. The directory is synced too, as on Linux a rename survives a
     * power cut only once its directory has been written.
     *
     * @param name a fresh random name (a UUID): nothing the uploader chose ever becomes part of a path
     * @return the stored name, relative to the root
     */
    public String keep(Path temporary, String name) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        String storedName = name.substring(0, 2) + "/" + name;
        Path target = root.resolve(storedName);
        Files.createDirectories(target.getParent());
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(target.getParent());
        return storedName;
    }

    public Path path(String storedName) {
        return root.resolve(storedName);
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel; NTFS journals the rename by itself.
        }
    }

    public record Copy(long size, String sha256, String sm3) {
    }
}
