package cn.js.pilotzone.panel;

/** The fields an expert of the pool is known for; a random draw can ask for some of them. */
public enum Expertise {
    BLOCKCHAIN_TECHNOLOGY,
    CRYPTOGRAPHY_AND_SECURITY,
    FINANCIAL_TECHNOLOGY,
    SUPPLY_CHAIN_AND_MANUFACTURING,
    GOVERNMENT_SERVICES,
    INDUSTRIAL_ECONOMICS,
    STANDARDS_AND_INTELLECTUAL_PROPERTY,
    PARK_DEVELOPMENT
}
