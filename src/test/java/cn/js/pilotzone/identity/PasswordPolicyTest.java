package cn.js.pilotzone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsEightCharactersFromThreeClasses() {
        assertThat(PasswordPolicy.violations("zhangsan", "Abcdef12")).isEmpty();
        assertThat(PasswordPolicy.violations("zhangsan", "abcdef1#")).isEmpty();
    }

    @Test
    void refusesSevenCharactersEvenFromFourClasses() {
        assertThat(PasswordPolicy.violations("zhangsan", "Abc12#x")).containsExactly("password.policy.tooShort");
    }

    @Test
    void refusesPasswordsFromOnlyTwoClasses() {
        assertThat(PasswordPolicy.violations("zhangsan", "abcdefgh12")).containsExactly("password.policy.classes");
        assertThat(PasswordPolicy.violations("zhangsan", "ABCDEFGH##")).containsExactly("password.policy.classes");
    }

    @Test
    void refusesPasswordContainingLoginNameInAnyCase() {
        assertThat(PasswordPolicy.violations("zhangsan", "Xx1ZhangSan!"))
                .containsExactly("password.policy.containsLoginName");
    }

    @Test
    void countsOtherCharactersIncludingChineseAsOneClass() {
        assertThat(PasswordPolicy.characterClasses("江苏abc12")).isEqualTo(3);
    }

    @Test
    void refusesEmptyPassword() {
        assertThat(PasswordPolicy.violations("zhangsan", null)).containsExactly("password.policy.tooShort");
    }
}
