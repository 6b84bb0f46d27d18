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

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import cn.js.pilotzone.common.NotFoundException;
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

    private final FileArea area;
    private final TypeSniffer sniffer;
    private final EvidenceRecords records;
    private final Clock clock;

    EvidenceStore(EvidenceProperties properties, TypeSniffer sniffer, EvidenceRecords records, Clock clock) {
        this.area = new FileArea(properties.root());
        this.sniffer = sniffer;
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

    /** A file whose row cannot be written is removed again, so that no unreferenced evidence lingers. */
    private void insert(StoredFile file, String storedName) {
        try {
            records.insert(file, storedName);
        } catch (RuntimeException e) {
            discard(area.path(storedName), e);
            throw e;
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
