-- Reference data of the standard (§1.1, §1.2) and of the jurisdictions that review applications.

CREATE TABLE jurisdiction (
    code        VARCHAR(6)   PRIMARY KEY,   -- administrative division code (GB/T 2260)
    name_zh     VARCHAR(32)  NOT NULL UNIQUE,
    name_en     VARCHAR(64)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,      -- CITY: prefecture-level city; COUNTY: province-managed county (省管县)
    sort_order  INT          NOT NULL
);

INSERT INTO jurisdiction (code, name_zh, name_en, kind, sort_order) VALUES
    ('320100', '南京市', 'Nanjing', 'CITY', 1),
    ('320200', '无锡市', 'Wuxi', 'CITY', 2),
    ('320300', '徐州市', 'Xuzhou', 'CITY', 3),
    ('320400', '常州市', 'Changzhou', 'CITY', 4),
    ('320500', '苏州市', 'Suzhou', 'CITY', 5),
    ('320600', '南通市', 'Nantong', 'CITY', 6),
    ('320700', '连云港市', 'Lianyungang', 'CITY', 7),
    ('320800', '淮安市', 'Huai''an', 'CITY', 8),
    ('320900', '盐城市', 'Yancheng', 'CITY', 9),
    ('321000', '扬州市', 'Yangzhou', 'CITY', 10),
    ('321100', '镇江市', 'Zhenjiang', 'CITY', 11),
    ('321200', '泰州市', 'Taizhou', 'CITY', 12),
    ('321300', '宿迁市', 'Suqian', 'CITY', 13),
    ('320583', '昆山市', 'Kunshan', 'COUNTY', 14),
    ('321283', '泰兴市', 'Taixing', 'COUNTY', 15),
    ('321322', '沭阳县', 'Shuyang County', 'COUNTY', 16);

-- §1.1: software, internet and big-data parks must be provincial or higher; the other kinds must be
-- approved by a people's government at county level or above.
CREATE TABLE park_kind (
    code                    VARCHAR(32)  PRIMARY KEY,
    name_zh                 VARCHAR(32)  NOT NULL UNIQUE,
    name_en                 VARCHAR(64)  NOT NULL,
    minimum_approval_level  VARCHAR(16)  NOT NULL,
    sort_order              INT          NOT NULL
);

INSERT INTO park_kind (code, name_zh, name_en, minimum_approval_level, sort_order) VALUES
    ('SOFTWARE_PARK', '软件产业园', 'Software industry park', 'PROVINCIAL', 1),
    ('INTERNET_PARK', '互联网产业园', 'Internet industry park', 'PROVINCIAL', 2),
    ('BIG_DATA_PARK', '大数据产业园', 'Big-data industry park', 'PROVINCIAL', 3),
    ('HIGH_TECH_ZONE', '高新技术产业开发区', 'High-tech industrial development zone', 'COUNTY', 4),
    ('ECONOMIC_DEVELOPMENT_ZONE', '经济技术开发区', 'Economic and technological development zone', 'COUNTY', 5),
    ('INDUSTRIAL_PARK', '工业园区', 'Industrial park', 'COUNTY', 6),
    ('OTHER_CLUSTER', '其他产业集聚区', 'Other industrial cluster', 'COUNTY', 7);

-- §1.2: the applying unit is the park's management committee or its construction/operating company.
CREATE TABLE applicant_unit_kind (
    code        VARCHAR(32)  PRIMARY KEY,
    name_zh     VARCHAR(32)  NOT NULL UNIQUE,
    name_en     VARCHAR(64)  NOT NULL,
    sort_order  INT          NOT NULL
);

INSERT INTO applicant_unit_kind (code, name_zh, name_en, sort_order) VALUES
    ('MANAGEMENT_COMMITTEE', '园区管委会', 'Park management committee', 1),
    ('OPERATING_COMPANY', '建设运营公司', 'Construction and operating company', 2);
