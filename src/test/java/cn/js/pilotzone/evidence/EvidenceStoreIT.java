package cn.js.pilotzone.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.common.NotFoundException;

@IntegrationTest
class EvidenceStoreIT {

    private static final Set<FileType> ALL = EnumSet.allOf(FileType.class);
    private static final long LIMIT = 64 * 1024;

    @Autowired
    EvidenceStore store;
    @Autowired
    EvidenceProperties properties;
    @Autowired
    JdbcClient jdbc;

    @Test
    void storedFileReopensWithTheSameBytesAndItsDigests() throws IOException {
        StoredFile stored = store.store(new ByteArrayInputStream(TypeSnifferTest.PNG), "营业执照.png", ALL, LIMIT,
                "park.wuxi");

        try (InputStream in = store.open(stored.id())) {
            assertThat(in.readAllBytes()).isEqualTo(TypeSnifferTest.PNG);
        }
        assertThat(store.find(stored.id())).contains(stored);
        assertThat(stored.type()).isEqualTo(FileType.PNG);
        assertThat(stored.size()).isEqualTo(TypeSnifferTest.PNG.length);
        assertThat(stored.sha256()).hasSize(64).isLowerCase();
        assertThat(stored.sm3()).hasSize(64).isLowerCase().isNotEqualTo(stored.sha256());
        assertThat(stored.uploadedAt()).isEqualTo(IntegrationTest.START);
    }

    @Test
    void fileIsKeptUnderARandomNameNotTheOriginalOne() throws IOException {
        StoredFile stored = store.store(new ByteArrayInputStream(Packages.docx()), "情况说明.docx", ALL, LIMIT,
                "park.wuxi");

        String storedName = jdbc.sql("SELECT stored_name FROM evidence_file WHERE id = ?").param(stored.id())
                .query(String.class).single();
        assertThat(storedName).doesNotContain("情况说明").endsWith(stored.id());
        assertThat(properties.root().resolve(storedName)).isRegularFile();
        assertThat(stored.originalName()).isEqualTo("情况说明.docx");
        assertThat(files()).noneMatch(file -> file.getFileName().toString().contains("情况说明"));
    }

    @Test
    void oversizedUploadIsRefusedSoonAfterTheLimitAndLeavesNoFile() throws IOException {
        List<Path> before = files();
        EndlessPdf endless = new EndlessPdf();

        assertRejected(() -> store.store(endless, "big.pdf", ALL, LIMIT, "park.wuxi"), "evidence.tooLarge");
        assertThat(endless.served).isGreaterThan(LIMIT).isLessThan(LIMIT + 64 * 1024);
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void renamedExecutableIsRefusedAndLeavesNoFile() throws IOException {
        List<Path> before = files();

        assertRejected(() -> store.store(new ByteArrayInputStream(TypeSnifferTest.EXECUTABLE), "report.pdf", ALL,
                LIMIT, "park.wuxi"), "evidence.typeNotAccepted");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void emptyUploadIsRefused() {
        assertRejected(() -> store.store(InputStream.nullInputStream(), "empty.pdf", ALL, LIMIT, "park.wuxi"),
                "evidence.empty");
    }

    @Test
    void originalNameLosesItsPathAndInvisibleCharacters() {
        StoredFile stored = store.store(new ByteArrayInputStream(TypeSnifferTest.PDF),
                "C:\\fakepath\\..\\证明\u202Efdp.exe\u0000\n", ALL, LIMIT, "park.wuxi");

        assertThat(stored.originalName()).isEqualTo("证明fdp.exe");
    }

    @Test
    void overlongOriginalNameIsCut() {
        StoredFile stored = store.store(new ByteArrayInputStream(TypeSnifferTest.PDF), "材".repeat(300) + ".pdf",
                ALL, LIMIT, "park.wuxi");

        assertThat(stored.originalName()).hasSize(200);
    }

    @Test
    void generatedDocumentIsStoredAsGiven() throws IOException {
        byte[] form = "%PDF-1.7 form".getBytes();
        StoredFile stored = store.storeGenerated(form, "申报书.pdf", FileType.PDF, "system");

        try (InputStream in = store.open(stored.id())) {
            assertThat(in.readAllBytes()).isEqualTo(form);
        }
        assertThat(stored.type()).isEqualTo(FileType.PDF);
    }

    @Test
    void unknownIdIsNotFound() {
        assertThat(store.find("00000000-0000-0000-0000-000000000000")).isEmpty();
        assertThatThrownBy(() -> store.open("00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(NotFoundException.class);
    }

    private static void assertRejected(Runnable upload, String messageKey) {
        assertThatThrownBy(upload::run).isInstanceOf(EvidenceRejected.class)
                .extracting(e -> ((EvidenceRejected) e).messageKey()).isEqualTo(messageKey);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(properties.root())) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** A PDF that never ends, counting what it has served. */
    private static final class EndlessPdf extends InputStream {

        private long served;

        @Override
        public int read() {
            return read(new byte[1], 0, 1) == 1 ? 0 : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = served + i < 5 ? (byte) "%PDF-".charAt((int) (served + i)) : 0;
            }
            served += length;
            return length;
        }
    }
}
