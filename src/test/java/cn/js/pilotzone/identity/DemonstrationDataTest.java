package cn.js.pilotzone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.mock.env.MockEnvironment;

class DemonstrationDataTest {

    private static boolean loads(MockEnvironment environment) {
        ConditionContext context = mock(ConditionContext.class);
        when(context.getEnvironment()).thenReturn(environment);
        return new DemonstrationData.Enabled().matches(context, null);
    }

    @Test
    void loadsOnTheEmbeddedDefaultDatabase() {
        assertThat(loads(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/pilotzone")))
                .isTrue();
    }

    @Test
    void neverLoadsOnAProductionDatabaseWithoutTheDemoProfile() {
        assertThat(loads(new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:postgresql://db.example:5432/pilotzone"))).isFalse();
        MockEnvironment production = new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:h2:file:./data/pilotzone");
        production.setActiveProfiles("prod");
        assertThat(loads(production)).isFalse();
    }

    @Test
    void loadsAnywhereUnderAnExplicitDemoProfile() {
        MockEnvironment demo = new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:postgresql://localhost:5432/demo");
        demo.setActiveProfiles("demo");
        assertThat(loads(demo)).isTrue();
    }
}
