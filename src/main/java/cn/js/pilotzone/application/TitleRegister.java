package cn.js.pilotzone.application;

/**
 * Who holds the title 江苏省区块链技术创新应用试验区 now. The designation module keeps the titles
 * and answers; this module only asks, so that designation may depend on applications and not the
 * other way round.
 */
public interface TitleRegister {

    boolean holdsTitle(long parkOrganisationId);
}
