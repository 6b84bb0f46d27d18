package cn.js.pilotzone.application;

import static cn.js.pilotzone.WebClientSupport.body;
import static cn.js.pilotzone.WebClientSupport.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.js.pilotzone.AuditTrail;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.MutableClock;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.TestRounds;
import cn.js.pilotzone.application.domain.ApplicationRepository;
import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.identity.Role;

@IntegrationTest
class SubmissionIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRounds testRounds;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private MockHttpSession park() throws Exception {
        return signedIn(mvc, testAccounts.active(TestAccounts.NANJING_PARK, Role.APPLICANT).loginName(),
                TestAccounts.PASSWORD);
    }

    private long started(MockHttpSession park) throws Exception {
        EvaluationRound round = testRounds.open(TODAY.minusDays(1), TODAY.plusDays(30));
        MvcResult result = mvc.perform(post("/rounds/{id}/applications", round.id()).session(park).with(csrf())
                .param("speciality", "区块链+供应链金融")).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MvcResult submit(MockHttpSession park, long id) throws Exception {
        return mvc.perform(post("/applications/{id}/submit", id).session(park).with(csrf())).andReturn();
    }

    @Test
    void aCompleteApplicationIsSubmittedAsAFrozenVersionWithItsPdfDigestRecorded() throws Exception {
        MockHttpSession park = park();
        long id = started(park);
        SampleApplication.fill(mvc, park, id);
        assertThat(body(mvc.perform(get("/applications/{id}", id).session(park)).andReturn()))
                .contains("已填写完整，可以提交。");

        MvcResult submitted = submit(park, id);

        assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo("/applications/" + id + "/versions/1");
        byte[] pdf = mvc.perform(get("/applications/{id}/versions/1.pdf", id).session(park)).andReturn()
                .getResponse().getContentAsByteArray();
        String recorded = jdbc.sql("select pdf_sha256 from application_version where application_id = ?")
                .param(id).query(String.class).single();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf))).isEqualTo(recorded);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Narrow table cells wrap their text, so words are compared without line breaks.
            String text = new PDFTextStripper().getText(document).replaceAll("(?U)\\s+", "");
            assertThat(text).contains("江苏省区块链技术创新应用试验区评估申报书").contains(SampleApplication.UNIT)
                    .contains("南京链信科技有限公司0").contains("省专家小组评估意见").contains("发现1处关键词命中")
                    .containsPattern("文档编号SQ\\d{4}-\\d{6}-V1-[0-9A-Z]{8}");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s", font.getName()).isTrue();
                }
            }
        }
        byte[] docx = mvc.perform(get("/applications/{id}/versions/1.docx", id).session(park)).andReturn()
                .getResponse().getContentAsByteArray();
        try (XWPFWordExtractor words = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(words.getText()).contains("江苏省区块链技术创新应用试验区评估申报书").contains(SampleApplication.UNIT)
                    .contains("南京链信科技有限公司1");
        }
        assertThat(auditTrail.after(0)).anySatisfy(row -> {
            assertThat(row.action()).isEqualTo("APPLICATION_SUBMITTED");
            assertThat(row.detail()).contains(recorded);
        });
    }

    @Test
    void theVerificationPageTellsTheSubmittedPdfFromAnAlteredCopy() throws Exception {
        MockHttpSession park = park();
        long id = started(park);
        SampleApplication.fill(mvc, park, id);
        submit(park, id);
        byte[] pdf = mvc.perform(get("/applications/{id}/versions/1.pdf", id).session(park)).andReturn()
                .getResponse().getContentAsByteArray();
        String code = jdbc.sql("select document_code from application_version where application_id = ?").param(id)
                .query(String.class).single();
        MockHttpSession anonymous = new MockHttpSession();

        String known = body(mvc.perform(get("/verify/{code}", code).session(anonymous)).andReturn());
        String same = body(mvc.perform(multipart("/verify/{code}", code).file(new MockMultipartFile("file", "a.pdf",
                "application/pdf", pdf)).session(anonymous).with(csrf())).andReturn());
        byte[] altered = pdf.clone();
        altered[altered.length / 2] ^= 1;
        String different = body(mvc.perform(multipart("/verify/{code}", code).file(new MockMultipartFile("file",
                "a.pdf", "application/pdf", altered)).session(anonymous).with(csrf())).andReturn());
        String guessed = code.substring(0, code.lastIndexOf('-') + 1) + "00000000";
        String unknown = body(mvc.perform(get("/verify/{code}", guessed).session(anonymous)).andReturn());

        assertThat(known).contains("本系统签发的文档编号").contains(code).contains("当前有效的提交版本")
                .containsPattern("\\d{4} 年度评估申报书，第 1 版")
                .doesNotContain(SampleApplication.OVERVIEW);
        assertThat(code).matches("SQ\\d{4}-\\d{6}-V1-[0-9A-HJKMNP-TV-Z]{8}");
        assertThat(same).contains("一致：所选文件与提交时生成的 PDF 完全相同");
        assertThat(different).contains("不一致");
        assertThat(unknown).contains("系统中没有文档编号为");
    }

    @Test
    void anIncompleteApplicationIsNotSubmittedAndListsWhatIsMissing() throws Exception {
        MockHttpSession park = park();
        long id = started(park);

        MvcResult result = submit(park, id);

        assertThat(result.getFlashMap().get("flashError")).isEqualTo("application.incomplete");
        assertThat(jdbc.sql("select count(*) from application_version where application_id = ?").param(id)
                .query(Integer.class).single()).isZero();
        String page = body(mvc.perform(get("/applications/{id}", id).session(park)).andReturn());
        assertThat(page).contains("完整性检查").contains("申报单位名称").contains("未填写")
                .contains("尚未上传证明材料").contains("尚未逐项完成一票否决声明")
                .contains("/applications/" + id + "/sections/cover#cover-unitName");
    }

    @Test
    void aDoubleClickOnSubmitMakesOneVersion() throws Exception {
        MockHttpSession park = park();
        long id = started(park);
        SampleApplication.fill(mvc, park, id);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MvcResult>> clicks = new ArrayList<>();
            Callable<MvcResult> click = () -> submit(park, id);
            clicks.add(pool.submit(click));
            clicks.add(pool.submit(click));
            List<Object> outcomes = new ArrayList<>();
            for (Future<MvcResult> c : clicks) {
                MvcResult r = c.get();
                outcomes.add(r.getFlashMap().containsKey("flashError") ? r.getFlashMap().get("flashError") : "ok");
            }
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "application.alreadySubmitted");
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from application_version where application_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anEditAfterSubmissionIsRefusedAndChangesNothing() throws Exception {
        MockHttpSession park = park();
        long id = started(park);
        SampleApplication.fill(mvc, park, id);
        submit(park, id);

        MvcResult edit = mvc.perform(post("/applications/{id}/sections/cover", id).session(park).with(csrf())
                .param("cover.unitName", "改过的名称")).andReturn();
        MvcResult row = mvc.perform(post("/applications/{id}/rosters/enterprises/rows/0/delete", id).session(park)
                .with(csrf())).andReturn();

        assertThat(edit.getFlashMap().get("flashError")).isEqualTo("application.notEditable");
        assertThat(row.getFlashMap().get("flashError")).isEqualTo("application.notEditable");
        assertThat(applications.findById(id).orElseThrow().content().field("cover.unitName"))
                .isEqualTo(SampleApplication.UNIT);
        assertThat(applications.findById(id).orElseThrow().content().rows("enterprises")).hasSize(3);
    }

    @Test
    void aWithdrawnApplicationIsResubmittedAsVersionTwoAndVersionOneStaysReadable() throws Exception {
        MockHttpSession park = park();
        long id = started(park);
        SampleApplication.fill(mvc, park, id);
        submit(park, id);

        mvc.perform(post("/applications/{id}/withdraw", id).session(park).with(csrf()));
        mvc.perform(post("/applications/{id}/sections/cover", id).session(park).with(csrf())
                .param("cover.unitName", "南京示范软件园运营有限公司"));
        MvcResult second = submit(park, id);

        assertThat(second.getResponse().getRedirectedUrl()).endsWith("/versions/2");
        assertThat(body(mvc.perform(get("/applications/{id}/versions/1", id).session(park)).andReturn()))
                .contains(SampleApplication.UNIT).doesNotContain("南京示范软件园运营有限公司");
        assertThat(body(mvc.perform(get("/applications/{id}/versions/2", id).session(park)).andReturn()))
                .contains("南京示范软件园运营有限公司");
        String firstCode = jdbc.sql("select document_code from application_version where application_id = ? and number = 1")
                .param(id).query(String.class).single();
        assertThat(body(mvc.perform(get("/verify/{code}", firstCode)).andReturn())).contains("已被后续提交的新版本取代");
        assertThat(auditTrail.after(0)).anySatisfy(r -> assertThat(r.action()).isEqualTo("APPLICATION_WITHDRAWN"));
    }

    @Test
    void nothingCanBeSubmittedAfterTheRoundWindowCloses() throws Exception {
        MockHttpSession park = park();
        long id = started(park);
        SampleApplication.fill(mvc, park, id);
        clock.set(IntegrationTest.START.plus(java.time.Duration.ofDays(40)));
        try {
            MvcResult late = submit(park, id);
            assertThat(late.getFlashMap().get("flashError")).isEqualTo("round.error.notOpen");
        } finally {
            clock.set(IntegrationTest.START);
        }
        assertThat(jdbc.sql("select count(*) from application_version where application_id = ?").param(id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSubmissionCannotBeWithdrawnOnceTheRoundHasClosed() throws Exception {
        MockHttpSession park = park();
        long id = started(park);
        SampleApplication.fill(mvc, park, id);
        submit(park, id);
        clock.set(IntegrationTest.START.plus(java.time.Duration.ofDays(40)));
        try {
            MvcResult late = mvc.perform(post("/applications/{id}/withdraw", id).session(park).with(csrf())).andReturn();
            assertThat(late.getFlashMap().get("flashError")).isEqualTo("round.error.notOpen");
        } finally {
            clock.set(IntegrationTest.START);
        }
        assertThat(applications.findById(id).orElseThrow().status())
                .isEqualTo(cn.js.pilotzone.application.ApplicationStatus.SUBMITTED);
    }

    @Test
    void aSealedScanIsTakenOnlyForTheVersionUnderReview() throws Exception {
        MockHttpSession park = park();
        long id = started(park);
        SampleApplication.fill(mvc, park, id);
        submit(park, id);
        mvc.perform(post("/applications/{id}/withdraw", id).session(park).with(csrf()));

        MvcResult withdrawn = mvc.perform(multipart("/applications/{id}/versions/1/scans", id).file(
                new MockMultipartFile("file", "盖章扫描件.pdf", "application/pdf", SampleApplication.pdfBytes("late")))
                .session(park).with(csrf())).andReturn();

        assertThat(withdrawn.getFlashMap().get("flashError")).isEqualTo("scan.notCurrent");
        assertThat(jdbc.sql("select count(*) from application_scan s join application_version v on v.id = s.version_id"
                + " where v.application_id = ?").param(id).query(Integer.class).single()).isZero();
    }

    @Test
    void theDatabaseRefusesToChangeASubmittedVersion() throws Exception {
        MockHttpSession park = park();
        long id = started(park);
        SampleApplication.fill(mvc, park, id);
        submit(park, id);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "update application_version set content = '{}' where application_id = ?").param(id).update())
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
    }

    @Test
    void theParkUploadsItsSealedScanWhichReadersSeeBesideThePdf() throws Exception {
        MockHttpSession park = park();
        long id = started(park);
        SampleApplication.fill(mvc, park, id);
        submit(park, id);

        mvc.perform(multipart("/applications/{id}/versions/1/scans", id).file(new MockMultipartFile("file",
                "盖章扫描件.pdf", "application/pdf", SampleApplication.pdfBytes("sealed"))).session(park).with(csrf()));

        assertThat(body(mvc.perform(get("/applications/{id}/versions/1", id).session(park)).andReturn()))
                .contains("盖章扫描件.pdf");
    }
}
