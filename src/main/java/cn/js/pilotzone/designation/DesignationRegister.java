package cn.js.pilotzone.designation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.js.pilotzone.application.TitleRegister;

/** A park holds the title while one of its designations is in force, that is, not revoked. */
@Component
class DesignationRegister implements TitleRegister {

    private final JdbcClient jdbc;

    DesignationRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean holdsTitle(long parkOrganisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM designation WHERE park_organisation_id = ? AND status = 'IN_FORCE'")
                .param(parkOrganisationId).query(Long.class).single() > 0;
    }
}
