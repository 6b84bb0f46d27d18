package cn.js.pilotzone.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import cn.js.pilotzone.application.ApplicationStatus;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.identity.AccountStatus;
import cn.js.pilotzone.identity.ApprovalLevel;
import cn.js.pilotzone.identity.OrganisationKind;
import cn.js.pilotzone.identity.Role;
import cn.js.pilotzone.identity.domain.Organisation;
import cn.js.pilotzone.ledger.AuditAction;
import cn.js.pilotzone.ledger.AuditResult;

/** Every text the system shows exists in Chinese and in English. */
class MessageBundlesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"\\{?((?:login|password|account|organisation|registration|error|audit|secondFactor|todo|validation"
                    + "|form|home|register|round|application|eligibility|evidence|documents|figures|screening|veto|completeness|version|scan|print|verify|unit|review|letter|expert|conflict|panel|rating|conclusion|decision|notice|objection|designation|revocation|report|supervision|rectification|history)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])}?\"");

    private final Properties chinese = load("messages.properties");
    private final Properties english = load("messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .isEqualTo(new TreeSet<>(chinese.stringPropertyNames()));
    }

    @Test
    void everyKeyInTheTemplatesExistsInBothLanguages() throws IOException {
        assertKnown(keysIn(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY));
    }

    @Test
    void everyKeyInTheJavaCodeExistsInBothLanguages() throws IOException {
        Set<String> keys = keysIn(Path.of("src/main/java"), ".java", JAVA_KEY);
        assertThat(keys).contains("login.error.badCredentials", "validation.required");
        assertKnown(keys);
    }

    @Test
    void everyEnumShownToUsersHasALabel() {
        Set<String> keys = new TreeSet<>();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Role.class, OrganisationKind.class,
                AccountStatus.class, ApprovalLevel.class, AuditResult.class, cn.js.pilotzone.review.Decision.class,
                cn.js.pilotzone.panel.Expertise.class, cn.js.pilotzone.panel.Verdict.class,
                cn.js.pilotzone.designation.DecisionKind.class, cn.js.pilotzone.designation.RevocationCategory.class,
                cn.js.pilotzone.application.DossierKind.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                keys.add(type.getSimpleName() + "." + constant.name());
            }
        }
        for (cn.js.pilotzone.panel.domain.PanelMember.State state : cn.js.pilotzone.panel.domain.PanelMember.State.values()) {
            keys.add("PanelMemberState." + state.name());
        }
        for (ApplicationStatus status : ApplicationStatus.values()) {
            keys.add("ApplicationStatus." + status.name());
        }
        for (EvaluationRound.Phase phase : EvaluationRound.Phase.values()) {
            keys.add("RoundPhase." + phase.name());
        }
        for (Organisation.Status status : Organisation.Status.values()) {
            keys.add("OrganisationStatus." + status.name());
        }
        assertKnown(keys);
    }

    @Test
    void everyAuditedActionHasALabel() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AuditAction.class));
        Set<String> keys = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("cn.js.pilotzone")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (isTestCode(type)) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                keys.add("audit.action." + ((AuditAction) constant).code());
            }
        }
        assertThat(keys).contains("audit.action.LOGIN_FAILURE", "audit.action.CHAIN_VERIFIED");
        assertKnown(keys);
    }

    @Test
    void everyFormFieldHasANameForTheErrorSummary() throws ClassNotFoundException {
        Set<String> keys = new TreeSet<>();
        for (String form : List.of("identity.web.RegistrationForm", "identity.web.AccountForm",
                "identity.web.OrganisationForm", "identity.web.PasswordController$PasswordForm",
                "application.web.RoundForm")) {
            for (Field field : Class.forName("cn.js.pilotzone." + form).getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    keys.add("field." + field.getName());
                }
            }
        }
        assertThat(keys).contains("field.parkName", "field.newPassword");
        assertKnown(keys);
    }

    @Test
    void everyErrorStatusHasATitleAndAMessage() {
        Set<String> keys = new TreeSet<>();
        for (String status : List.of("400", "403", "404", "405", "409", "413", "429", "500", "other")) {
            keys.add("error.title." + status);
            keys.add("error.message." + status);
        }
        assertKnown(keys);
    }

    /** Actions that tests invent to exercise the ledger are not shown to anyone. */
    private static boolean isTestCode(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
    }

    private void assertKnown(Set<String> keys) {
        assertThat(keys).isNotEmpty();
        assertThat(keys).allSatisfy(key -> {
            assertThat(chinese).as("Chinese bundle").containsKey(key);
            assertThat(english).as("English bundle").containsKey(key);
        });
    }

    private static Set<String> keysIn(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessageBundlesTest.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
