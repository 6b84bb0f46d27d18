package cn.js.pilotzone.application;

import static cn.js.pilotzone.WebClientSupport.body;
import static cn.js.pilotzone.WebClientSupport.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.js.pilotzone.AuditTrail;
import cn.js.pilotzone.IntegrationTest;
import cn.js.pilotzone.TestAccounts;
import cn.js.pilotzone.TestRounds;
import cn.js.pilotzone.application.domain.ApplicationRepository;
import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.application.form.AppendixA;
import cn.js.pilotzone.identity.Role;

@IntegrationTest
class ApplicationFormIT {

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

    private MockHttpSession user(String organisation, Role role) throws Exception {
        return signedIn(mvc, testAccounts.active(organisation, role).loginName(), TestAccounts.PASSWORD);
    }

    private long started(MockHttpSession park) throws Exception {
        EvaluationRound round = testRounds.open(TODAY.minusDays(1), TODAY.plusDays(30));
        String location = mvc.perform(post("/rounds/{id}/applications", round.id()).session(park).with(csrf())
                .param("speciality", "区块链+政务服务")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String page(MockHttpSession session, String url, Object... vars) throws Exception {
        return body(mvc.perform(get(url, vars).session(session)).andReturn());
    }

    private int status(MockHttpSession session, String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).session(session)).andReturn().getResponse().getStatus();
    }

    @Test
    void invalidValuesAreSavedAsTypedAndFlaggedWithAClearMessage() throws Exception {
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = started(park);

        mvc.perform(post("/applications/{id}/sections/basic", id).session(park).with(csrf())
                .param("basic.headMobile", "1381234").param("basic.headEmail", "not-an-address")
                .param("basic.leadingIndustry", "软件和信息服务"));

        String section = page(park, "/applications/{id}/sections/basic", id);
        assertThat(section).contains("value=\"1381234\"").contains("应为 11 位手机号码")
                .contains("value=\"not-an-address\"").contains("电子邮箱格式不正确")
                .contains("value=\"软件和信息服务\"");
        assertThat(page(park, "/applications/{id}", id)).contains("负责人手机").contains("应为 11 位手机号码");
    }

    @Test
    void autosaveKeepsWhatIsTypedAndAnswersWithTheSavedTime() throws Exception {
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = started(park);

        MvcResult saved = mvc.perform(post("/applications/{id}/sections/overview/autosave", id).session(park)
                .with(csrf()).header("HX-Request", "true").param("overview.location", "南京市江宁区")).andReturn();

        assertThat(body(saved)).contains("data-saved=\"true\"").contains("已自动保存");
        assertThat(applications.findById(id).orElseThrow().content().field("overview.location")).isEqualTo("南京市江宁区");
    }

    @Test
    void aRowWithAnInvalidCreditCodeIsRefusedAndComesBackWithWhatWasTyped() throws Exception {
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = started(park);
        Map<String, String> row = new java.util.LinkedHashMap<>(SampleApplication.row(AppendixA.ENTERPRISES, 0));
        String valid = row.get("enterprises.creditCode");
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        row.put("enterprises.creditCode", wrongCheck);
        var request = post("/applications/{id}/rosters/enterprises/rows", id).session(park).with(csrf());
        row.forEach(request::param);

        MvcResult result = mvc.perform(request).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(result)).contains("统一社会信用代码应为 18 位，且校验码正确").contains(wrongCheck)
                .contains(row.get("enterprises.name"));
        assertThat(applications.findById(id).orElseThrow().content().rows("enterprises")).isEmpty();
    }

    @Test
    void theEnterpriseTemplateRoundTripsThroughExcelAndExportsFormulasAsText() throws Exception {
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = started(park);
        Map<String, String> risky = new java.util.LinkedHashMap<>(SampleApplication.row(AppendixA.ENTERPRISES, 0));
        risky.put("enterprises.name", "=HYPERLINK(\"http://example.cn\",\"点击\")");
        SampleApplication.addRow(mvc, park, id, AppendixA.ENTERPRISES, risky);

        byte[] xlsx = mvc.perform(get("/applications/{id}/rosters/enterprises.xlsx", id).session(park)).andReturn()
                .getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("*统一社会信用代码");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("*产值（万元）");
            Cell name = sheet.getRow(1).getCell(0);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("是");
        }
        MvcResult reimport = importRoster(park, id, "enterprises", xlsx);
        assertThat(reimport.getFlashMap().get("flashSuccess")).isEqualTo("form.import.done");
        assertThat(applications.findById(id).orElseThrow().content().rows("enterprises").get(0))
                .containsEntry("name", risky.get("enterprises.name")).containsEntry("leading", "true");
    }

    @Test
    void anExcelRosterWithBadRowsImportsNothingAndNamesEveryBadRow() throws Exception {
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = started(park);
        SampleApplication.addRow(mvc, park, id, AppendixA.ENTERPRISES, SampleApplication.row(AppendixA.ENTERPRISES, 0));
        page(park, "/applications/{id}/sections/industry", id);
        byte[] upload = workbook(List.of(
                List.of("甲公司", TestAccounts.creditCode(), "供应链金融", "100", "80", "5", "20", "区块链技术服务", "是"),
                List.of("乙公司", "91320100ABCDEFGHIJ", "供应链金融", "-5", "80", "5", "20", "区块链技术服务", "否"),
                List.of(),
                List.of("", TestAccounts.creditCode(), "政务服务", "100", "80", "5", "20", "区块链技术服务", "否")));

        MvcResult result = importRoster(park, id, "enterprises", upload);

        assertThat(result.getFlashMap().get("flashError")).isEqualTo("form.import.refused");
        @SuppressWarnings("unchecked")
        List<ApplicationForms.RowError> errors = (List<ApplicationForms.RowError>) result.getFlashMap().get("importErrors");
        assertThat(errors).extracting(ApplicationForms.RowError::row).containsExactlyInAnyOrder(3, 3, 5);
        assertThat(errors).extracting(ApplicationForms.RowError::messageKey)
                .contains("form.invalid.CREDIT_CODE", "form.invalid.AMOUNT", "form.missing.value");
        assertThat(applications.findById(id).orElseThrow().content().rows("enterprises")).hasSize(1);
        String section = body(mvc.perform(get("/applications/{id}/sections/industry", id).session(park)
                .flashAttrs(result.getFlashMap())).andReturn());
        assertThat(section).contains("第 3 行，统一社会信用代码").contains("第 5 行，企业名称：未填写");
    }

    @Test
    void aZipBombDisguisedAsAWorkbookIsRefusedAndImportsNothing() throws Exception {
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = started(park);

        MvcResult result = importRoster(park, id, "enterprises", zipBomb());

        assertThat(result.getFlashMap().get("flashError")).isEqualTo("evidence.unsafeArchive");
        assertThat(applications.findById(id).orElseThrow().content().rows("enterprises")).isEmpty();
    }

    @Test
    void evidenceIsCheckedOnItsBytesAndBadFilesChangeNothing() throws Exception {
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = started(park);
        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';

        MvcResult renamed = attach(park, id, "报告.pdf", executable);
        MvcResult text = attach(park, id, "说明.txt", "纯文本说明".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        MvcResult bomb = attach(park, id, "统计表.xlsx", zipBomb());
        byte[] big = new byte[1024 * 1024 + 10];
        System.arraycopy(SampleApplication.pdfBytes("big"), 0, big, 0, 10);
        MvcResult oversized = attach(park, id, "大文件.pdf", big);
        MvcResult good = attach(park, id, "政策文件.pdf", SampleApplication.pdfBytes("policy"));

        assertThat(renamed.getFlashMap().get("flashError")).isEqualTo("evidence.typeNotAccepted");
        assertThat(text.getFlashMap().get("flashError")).isEqualTo("evidence.typeNotAccepted");
        assertThat(bomb.getFlashMap().get("flashError")).isEqualTo("evidence.unsafeArchive");
        assertThat(oversized.getFlashMap().get("flashError")).isEqualTo("evidence.tooLarge");
        assertThat(good.getFlashMap().get("flashSuccess")).isEqualTo("evidence.attached");
        assertThat(jdbc.sql("select count(*) from application_evidence where application_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        String section = body(mvc.perform(get("/applications/{id}/sections/safeguard", id).session(park)
                .flashAttrs(renamed.getFlashMap())).andReturn());
        assertThat(section).contains("文件类型不被接受").contains("政策文件.pdf");
    }

    @Test
    void allEvidenceStoredForOneApplicationStaysWithinItsTotalEvenAfterRemovals() throws Exception {
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = started(park);
        byte[] oneMegabyte = new byte[1024 * 1024];
        System.arraycopy(SampleApplication.pdfBytes("part"), 0, oneMegabyte, 0, 10);

        for (int i = 0; i < 3; i++) {
            assertThat(attach(park, id, "第" + i + "份.pdf", oneMegabyte).getFlashMap().get("flashSuccess"))
                    .isEqualTo("evidence.attached");
        }
        long first = jdbc.sql("select min(id) from application_evidence where application_id = ?").param(id)
                .query(Long.class).single();
        mvc.perform(post("/applications/{id}/evidence/{l}/delete", id, first).param("section", "safeguard")
                .session(park).with(csrf()));
        MvcResult fourth = attach(park, id, "第4份.pdf", SampleApplication.pdfBytes("small"));

        assertThat(fourth.getFlashMap().get("flashError")).isEqualTo("evidence.applicationFull");
        assertThat(status(park, "/applications/{id}/evidence/" + first, id)).as("a removed file").isEqualTo(404);
    }

    @Test
    void aRowThatMovedSinceThePageWasShownIsNeitherEditedNorDeleted() throws Exception {
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = started(park);
        for (int i = 0; i < 3; i++) {
            SampleApplication.addRow(mvc, park, id, AppendixA.ENTERPRISES, SampleApplication.row(AppendixA.ENTERPRISES, i));
        }
        String seen = applications.findById(id).orElseThrow().content().rosterFingerprint("enterprises");
        mvc.perform(post("/applications/{id}/rosters/enterprises/rows/0/delete", id).param("fingerprint", seen)
                .session(park).with(csrf()));

        MvcResult staleDelete = mvc.perform(post("/applications/{id}/rosters/enterprises/rows/1/delete", id)
                .param("fingerprint", seen).session(park).with(csrf())).andReturn();
        var edit = post("/applications/{id}/rosters/enterprises/rows/1", id).param("fingerprint", seen)
                .session(park).with(csrf());
        SampleApplication.row(AppendixA.ENTERPRISES, 9).forEach(edit::param);
        MvcResult staleEdit = mvc.perform(edit).andReturn();

        assertThat(staleDelete.getFlashMap().get("flashError")).isEqualTo("form.staleRow");
        assertThat(body(staleEdit)).contains("该名单已被修改");
        assertThat(applications.findById(id).orElseThrow().content().rows("enterprises"))
                .extracting(r -> r.get("name")).containsExactly("南京链信科技有限公司1", "南京链信科技有限公司2");
    }

    @Test
    void evidenceIsServedOnlyAsAnAttachmentWithItsDetectedType() throws Exception {
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = started(park);
        attach(park, id, "政策文件.html", SampleApplication.pdfBytes("policy"));
        long link = jdbc.sql("select id from application_evidence where application_id = ?").param(id)
                .query(Long.class).single();

        MvcResult download = mvc.perform(get("/applications/{id}/evidence/{l}", id, link).session(park)).andReturn();

        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
                .contains(".pdf").doesNotContain(".html");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(SampleApplication.pdfBytes("policy"));
        assertThat(auditTrail.after(0)).anySatisfy(r -> assertThat(r.action()).isEqualTo("EVIDENCE_ATTACHED"));
    }

    @Test
    void anotherParkGetsNotFoundForTheApplicationItsSectionsAndItsFiles() throws Exception {
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = started(park);
        SampleApplication.fill(mvc, park, id);
        mvc.perform(post("/applications/{id}/submit", id).session(park).with(csrf()));
        long link = jdbc.sql("select min(id) from application_evidence where application_id = ?").param(id)
                .query(Long.class).single();
        String fileId = jdbc.sql("select file_id from application_evidence where id = ?").param(link)
                .query(String.class).single();
        String otherParkName = testAccounts.park(TestAccounts.uniqueName("另一园区"), "SOFTWARE_PARK",
                cn.js.pilotzone.identity.ApprovalLevel.PROVINCIAL);
        MockHttpSession otherPark = user(otherParkName, Role.APPLICANT);

        for (String url : List.of("/applications/{id}", "/applications/{id}/sections/cover",
                "/applications/{id}/rosters/enterprises.xlsx", "/applications/{id}/evidence/" + link,
                "/applications/{id}/versions/1", "/applications/{id}/versions/1.pdf",
                "/applications/{id}/versions/1.docx", "/applications/{id}/versions/1/files/" + fileId)) {
            assertThat(status(otherPark, url, id)).as(url).isEqualTo(404);
        }
        MvcResult change = mvc.perform(post("/applications/{id}/sections/cover", id).session(otherPark).with(csrf())
                .param("cover.unitName", "冒名")).andReturn();
        assertThat(change.getResponse().getStatus()).isEqualTo(404);
        assertThat(applications.findById(id).orElseThrow().content().field("cover.unitName"))
                .isEqualTo(SampleApplication.UNIT);
    }

    @Test
    void anotherCitySeesNothingWhileTheParksOwnCitySeesOnlyWhatWasSubmittedAndTheProvinceWaitsForTheLetter() throws Exception {
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = started(park);
        SampleApplication.fill(mvc, park, id);
        MockHttpSession nanjing = user(TestAccounts.NANJING_CITY, Role.CITY_REVIEWER);
        MockHttpSession suzhou = user(TestAccounts.SUZHOU_CITY, Role.CITY_REVIEWER);
        MockHttpSession province = signedIn(mvc, "province", TestAccounts.DEMO_PASSWORD);

        assertThat(status(nanjing, "/applications/{id}", id)).as("draft, own city").isEqualTo(404);
        assertThat(status(province, "/applications/{id}", id)).as("draft, province").isEqualTo(404);
        mvc.perform(post("/applications/{id}/submit", id).session(park).with(csrf()));
        String fileId = jdbc.sql("select min(file_id) from application_evidence where application_id = ?").param(id)
                .query(String.class).single();

        assertThat(page(nanjing, "/applications/{id}/versions/1", id)).contains(SampleApplication.UNIT)
                .contains("发现 1 处关键词命中").contains("矿机");
        assertThat(status(nanjing, "/applications/{id}/versions/1/files/" + fileId, id)).isEqualTo(200);
        assertThat(status(nanjing, "/applications/{id}/sections/cover", id)).as("draft pages").isIn(403, 404);
        assertThat(status(province, "/applications/{id}/versions/1", id))
                .as("the province receives it only with the city's sealed letter").isEqualTo(404);
        for (String url : List.of("/applications/{id}", "/applications/{id}/versions/1",
                "/applications/{id}/versions/1.pdf", "/applications/{id}/versions/1/files/" + fileId)) {
            assertThat(status(suzhou, url, id)).as(url).isEqualTo(404);
        }
    }

    @Test
    void enterpriseNamesAndScopesAreScreenedForVetoWordsWithoutRejectingAnything() throws Exception {
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        long id = started(park);
        Map<String, String> row = new java.util.LinkedHashMap<>(SampleApplication.row(AppendixA.ENTERPRISES, 0));
        row.put("enterprises.businessScope", "区块链技术服务；矿机销售与维修；硅基芯片（silicon）研发。");
        SampleApplication.addRow(mvc, park, id, AppendixA.ENTERPRISES, row);

        String veto = page(park, "/applications/{id}/sections/veto", id);

        assertThat(veto).contains("发现 1 处关键词命中").contains("<mark>矿机</mark>").doesNotContain("<mark>ICO</mark>");
        assertThat(applications.findById(id).orElseThrow().content().rows("enterprises")).hasSize(1);
    }

    @Test
    void theProvinceEditsTheVetoKeywordsAndOthersAreRefused() throws Exception {
        MockHttpSession province = signedIn(mvc, "province", TestAccounts.DEMO_PASSWORD);
        MockHttpSession park = user(TestAccounts.NANJING_PARK, Role.APPLICANT);
        String word = TestAccounts.uniqueName("空气币");

        mvc.perform(post("/veto-keywords").session(province).with(csrf()).param("word", word));
        MvcResult again = mvc.perform(post("/veto-keywords").session(province).with(csrf()).param("word", word))
                .andReturn();
        MvcResult refused = mvc.perform(post("/veto-keywords").session(park).with(csrf()).param("word", "任意词"))
                .andReturn();

        assertThat(page(province, "/veto-keywords")).contains(word);
        assertThat(again.getFlashMap().get("flashError")).isEqualTo("veto.keyword.exists");
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(status(park, "/veto-keywords")).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from veto_keyword where word = '任意词'").query(Integer.class).single())
                .isZero();
        assertThat(auditTrail.after(0)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("VETO_KEYWORD_ADDED");
            assertThat(r.detail()).isEqualTo(word);
        });
    }

    private MvcResult attach(MockHttpSession park, long id, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/applications/{id}/evidence", id)
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("section", "safeguard").session(park).with(csrf())).andReturn();
    }

    private MvcResult importRoster(MockHttpSession park, long id, String roster, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/applications/{id}/rosters/{r}/import", id, roster)
                .file(new MockMultipartFile("file", "名单.xlsx", "application/octet-stream", bytes))
                .session(park).with(csrf())).andReturn();
    }

    private static byte[] workbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("enterprises");
            sheet.createRow(0).createCell(0).setCellValue("企业名称");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < rows.get(i).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(i).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A package that looks like a workbook and inflates one entry to 300 MB of zeros. */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<?xml version=\"1.0\"?><workbook/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
        }
        return bytes.toByteArray();
    }
}
