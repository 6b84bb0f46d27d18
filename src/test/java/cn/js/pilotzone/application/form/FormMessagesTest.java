package cn.js.pilotzone.application.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.js.pilotzone.application.DossierKind;

/** Every form of the standard (Appendix A, and Appendix C in its three uses) has its texts in both languages. */
class FormMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = FormMessagesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
        }
        return messages;
    }

    /** The sections of every form, each once: the three variants of Appendix C share most of theirs. */
    private static Stream<SectionSpec> sections() {
        return Arrays.stream(DossierKind.values()).flatMap(k -> k.schema().sections().stream()).distinct();
    }

    private static Stream<RosterSpec> rosters() {
        return sections().flatMap(s -> s.rosters().stream()).distinct();
    }

    private static Stream<FieldSpec> allFieldsAndColumns() {
        return Stream.concat(sections().flatMap(s -> s.fields().stream()), rosters().flatMap(r -> r.columns().stream()));
    }

    /** Every message key the form definition refers to. */
    private static Set<String> keysTheFormNeeds() {
        Set<String> keys = new LinkedHashSet<>();
        sections().forEach(s -> keys.add(s.titleKey()));
        rosters().forEach(r -> keys.add(r.titleKey()));
        allFieldsAndColumns().forEach(f -> {
            keys.add(f.labelKey());
            if (f.kind() == FieldKind.CHOICE) {
                f.options().forEach(o -> keys.add(f.optionKey(o)));
            }
            if (f.kind() == FieldKind.LONG_TEXT) {
                keys.add(f.hintKey());
            }
        });
        for (FieldKind kind : FieldKind.values()) {
            if (kind.unitKey() != null) {
                keys.add(kind.unitKey());
            }
            keys.add("form.invalid." + kind.name());
        }
        Arrays.stream(VetoActivity.values()).forEach(a -> keys.add("VetoActivity." + a.name()));
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyMessageTheFormNeedsExistsAndIsNotBlank(String file) throws IOException {
        Properties messages = load(file);
        List<String> missing = new ArrayList<>();
        for (String key : keysTheFormNeeds()) {
            String text = messages.getProperty(key);
            if (text == null || text.isBlank()) {
                missing.add(key);
            }
        }

        assertThat(keysTheFormNeeds()).hasSizeGreaterThan(100);
        assertThat(missing).as("keys missing or blank in %s", file).isEmpty();
    }

    @Test
    void theFormNeedsMessagesForTheKnownSectionsAndActivities() {
        assertThat(keysTheFormNeeds()).contains("form.section.cover", "form.roster.enterprises",
                "form.field.enterprises.creditCode", "form.option.ip.kind.SOFTWARE_COPYRIGHT",
                "form.hint.safeguard.policies", "unit.wanYuan", "form.invalid.CREDIT_CODE", "VetoActivity.MINING",
                "form.section.environment", "form.roster.newEnterprises", "form.option.environment.workPlan.YES",
                "form.hint.plan.funding", "form.section.development", "form.hint.remedy.measures");
    }

    @Test
    void fieldKeysAreUniqueAcrossTheForm() {
        List<String> keys = allFieldsAndColumns().map(FieldSpec::key).toList();

        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void rosterAndSectionKeysAreUnique() {
        assertThat(sections().map(SectionSpec::key).toList()).doesNotHaveDuplicates();
        assertThat(rosters().map(RosterSpec::key).toList()).doesNotHaveDuplicates();
    }

    @Test
    void everyColumnKeyStartsWithItsRosterKeyAndEveryFieldKeyWithItsSectionKey() {
        rosters().forEach(r -> assertThat(r.columns())
                .allSatisfy(c -> assertThat(c.key()).startsWith(r.key() + ".")));
        sections().forEach(s -> assertThat(s.fields())
                .allSatisfy(f -> assertThat(f.key()).startsWith(s.key() + ".")));
    }

    @Test
    void everyUniqueColumnNamesOneOfItsRostersColumns() {
        rosters().filter(r -> r.uniqueColumn() != null).forEach(r -> assertThat(
                r.columns().stream().map(FieldSpec::name).toList()).as(r.key()).contains(r.uniqueColumn()));
        assertThat(AppendixA.SCHEMA.rosters().filter(r -> r.uniqueColumn() != null).map(RosterSpec::key))
                .containsExactly("enterprises", "ip");
    }

    @Test
    void everyChoiceHasOptionsAndOnlyChoicesHaveThem() {
        assertThat(allFieldsAndColumns().toList()).allSatisfy(f -> {
            if (f.kind() == FieldKind.CHOICE) {
                assertThat(f.options()).as(f.key()).isNotEmpty().doesNotHaveDuplicates();
            } else {
                assertThat(f.options()).as(f.key()).isEmpty();
            }
        });
    }
}
