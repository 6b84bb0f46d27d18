package cn.js.pilotzone.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.evidence.domain.Digests;
import cn.js.pilotzone.evidence.domain.EvidenceRecords;
import cn.js.pilotzone.evidence.domain.FileArea;

/**
 * Keeps evidence files. An upload is streamed to a temporary file with bounded memory, checked on
 * its bytes, made durable and moved to a random name; only then is its row inserted, so that no row
 * ever names a file that is not complete on disk. Callers decide who may store or read a file.
 */
@Service
@EnableConfigurationProperties(EvidenceProperties.class)
public class EvidenceStore {

    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024 * 1024);

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceStore.class);

    /** What a workbook read into memory may inflate to: rosters of a few thousand rows need far less. */
    private static final long WORKBOOK_MAX_UNPACKED = 32L * 1024 * 1024;

    private final FileArea area;
    private final TypeSniffer sniffer;
    private final OoxmlInspector inspector;
    private final EvidenceRecords records;
    private final Clock clock;

    EvidenceStore(EvidenceProperties properties, TypeSniffer sniffer, OoxmlInspector inspector,
            EvidenceRecords records, Clock clock) {
        this.area = new FileArea(properties.root());
        this.sniffer = sniffer;
        this.inspector = inspector;
        this.records = records;
        this.clock = clock;
    }

    /**
     * Stores an uploaded file if its content is of an accepted type, at most maxBytes long and, for
     * a package, safe to open.
     *
     * @param originalName the name the uploader gave; kept as metadata only
     * @throws EvidenceRejected with the reason, in which case nothing is kept
     */
    public StoredFile store(InputStream content, String originalName, Set<FileType> accepted, long maxBytes,
            String uploadedBy) {
        if (accepted.isEmpty() || maxBytes <= 0) {
            throw new IllegalArgumentException("an upload needs accepted types and a positive size limit");
        }
        return keep(content, maxBytes, originalName, uploadedBy, file -> sniffer.detect(file, accepted));
    }

    /** Stores a document the system itself produced (the PDF of a form), which needs no inspection. */
    public StoredFile storeGenerated(byte[] bytes, String name, FileType type, String createdBy) {
        Objects.requireNonNull(type, "type");
        return keep(new ByteArrayInputStream(bytes), bytes.length, name, createdBy, file -> type);
    }

    /** Reads an uploaded workbook that is not kept. */
    @FunctionalInterface
    public interface WorkbookReader<T> {

        T read(InputStream workbook) throws IOException;
    }

    /**
     * Lets the reader see an uploaded .xlsx once it has been checked like evidence and found small
     * enough to open in memory, then forgets it: a roster import keeps rows, not the file.
     *
     * @throws EvidenceRejected when the upload is too large, not a workbook, or an unsafe package
     */
    public <T> T readWorkbook(InputStream content, long maxBytes, WorkbookReader<T> reader) {
        try {
            Path temporary = area.newTemporary();
            try {
                FileArea.Copy copy = area.copy(content, temporary, maxBytes)
                        .orElseThrow(() -> new EvidenceRejected("evidence.tooLarge", megabytes(maxBytes)));
                if (copy.size() == 0) {
                    throw new EvidenceRejected("evidence.empty");
                }
                sniffer.detect(temporary, Set.of(FileType.XLSX));
                inspector.inspect(temporary, WORKBOOK_MAX_UNPACKED);
                try (InputStream workbook = Files.newInputStream(temporary)) {
                    return reader.read(workbook);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be received or read", e);
        }
    }

    /** The SHA-256 of bytes someone holds, to compare with a recorded one; nothing is kept. */
    public static String sha256(InputStream content) {
        Digests digests = new Digests();
        byte[] buffer = new byte[16 * 1024];
        try {
            int n;
            while ((n = content.read(buffer)) != -1) {
                digests.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the file to compare could not be read", e);
        }
        return digests.finish().sha256();
    }

    public Optional<StoredFile> find(String id) {
        return records.find(id).map(EvidenceRecords.Row::file);
    }

    /** The file's bytes; the caller closes the stream. */
    public InputStream open(String id) {
        EvidenceRecords.Row row = records.find(id).orElseThrow(() -> new NotFoundException("evidence " + id));
        try {
            return Files.newInputStream(area.path(row.storedName()));
        } catch (IOException e) {
            throw new UncheckedIOException("the file of evidence " + id + " cannot be read", e);
        }
    }

    private StoredFile keep(InputStream content, long maxBytes, String name, String uploadedBy, TypeCheck check) {
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        try {
            Path temporary = area.newTemporary();
            try {
                FileArea.Copy copy = area.copy(content, temporary, maxBytes)
                        .orElseThrow(() -> new EvidenceRejected("evidence.tooLarge", megabytes(maxBytes)));
                if (copy.size() == 0) {
                    throw new EvidenceRejected("evidence.empty");
                }
                FileType type = check.typeOf(temporary);
                String id = UUID.randomUUID().toString();
                String storedName = area.keep(temporary, id);
                StoredFile file = new StoredFile(id, OriginalNames.tidy(name, type), type, copy.size(),
                        copy.sha256(), copy.sm3(), uploadedBy, clock.instant());
                insert(file, storedName);
                return file;
            } catch (IOException | RuntimeException e) {
                discard(temporary, e);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the evidence file could not be received or written", e);
        }
    }

    /**
     * A file whose row cannot be written is removed again, and so is one whose row is rolled back
     * with the caller's transaction, so that no unreferenced evidence lingers.
     */
    private void insert(StoredFile file, String storedName) {
        Path path = area.path(storedName);
        try {
            records.insert(file, storedName);
        } catch (RuntimeException e) {
            discard(path, e);
            throw e;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        try {
                            Files.deleteIfExists(path);
                        } catch (IOException e) {
                            LOG.warn("An evidence file whose row was rolled back stays unreferenced: {}", path, e);
                        }
                    }
                }
            });
        }
    }

    private static void discard(Path file, Exception cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(MEGABYTE, 1, RoundingMode.DOWN).stripTrailingZeros();
    }

    @FunctionalInterface
    private interface TypeCheck {

        FileType typeOf(Path file) throws IOException;
    }
}
