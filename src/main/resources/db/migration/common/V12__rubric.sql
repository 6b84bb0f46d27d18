-- The indicators the experts rate (Table 1 for evaluation; Table 4 for re-evaluation comes with the
-- supervision work). Kept as versioned data, never as code: a revised standard adds a version, and
-- every rating keeps the version it was made against.
CREATE TABLE rubric_version (
    id              BIGINT        PRIMARY KEY,
    purpose         VARCHAR(20)   NOT NULL,
    label           VARCHAR(100)  NOT NULL,
    effective_from  DATE          NOT NULL,
    CONSTRAINT rubric_version_unique UNIQUE (purpose, effective_from)
);

CREATE TABLE indicator (
    id                  BIGINT        PRIMARY KEY,
    rubric_version_id   BIGINT        NOT NULL REFERENCES rubric_version (id),
    sort_order          INTEGER       NOT NULL,
    category_zh         VARCHAR(40)   NOT NULL,
    category_en         VARCHAR(80)   NOT NULL,
    name_zh             VARCHAR(40)   NOT NULL,
    name_en             VARCHAR(80)   NOT NULL,
    content_zh          VARCHAR(500)  NOT NULL,
    section_key         VARCHAR(20)   NOT NULL,
    CONSTRAINT indicator_order UNIQUE (rubric_version_id, sort_order)
);

INSERT INTO rubric_version (id, purpose, label, effective_from) VALUES
    (1, 'EVALUATION', '表1 评估指标', DATE '2022-06-01');

INSERT INTO indicator (id, rubric_version_id, sort_order, category_zh, category_en, name_zh, name_en, content_zh, section_key) VALUES
 (1, 1, 1, '保障机制（基础环境）', 'Safeguards (basic environment)', '政策保障', 'Policy support',
  '园区或所在地区已出台支持区块链发展相关政策、发展规划；园区有相应的工作推进机制，并有专人负责组织实施。', 'safeguard'),
 (2, 1, 2, '保障机制（基础环境）', 'Safeguards (basic environment)', '发展定位', 'Development positioning',
  '园区区块链发展目标明确、定位清晰，有稳定常态化的领导机制和工作机构，可操作的资金配套方案与企业引进、培育计划等。', 'safeguard'),
 (3, 1, 3, '保障机制（基础环境）', 'Safeguards (basic environment)', '基础设施', 'Infrastructure',
  '园区能够提供区块链企业办公场地、活动场地，保障企业发展所需的网络基础设施和硬件基础设施。', 'safeguard'),
 (4, 1, 4, '产业基础', 'Industrial base', '企业集聚', 'Enterprise concentration',
  '园区区块链企业集聚度高，特色方向明确，企业发展质量效益较好。', 'industry'),
 (5, 1, 5, '产业基础', 'Industrial base', '底层与人才支撑', 'Base platform and talent',
  '园区内有自主可控的区块链底层应用平台支撑，具备人才引进和培养机制。', 'industry'),
 (6, 1, 6, '产业基础', 'Industrial base', '特色明显', 'Clear speciality',
  '园区内区块链企业业务方向主要集中在1-2个特定行业或特色场景，从事特色行业或场景的区块链企业数量占园区总体区块链企业数的40%以上。', 'industry'),
 (7, 1, 7, '创新与服务', 'Innovation and services', '平台与载体', 'Platforms and carriers',
  '园区内建有区块链公共服务平台及特色行业应用方向的重点实验室、工程技术中心、企业技术中心等机构。', 'innovation'),
 (8, 1, 8, '创新与服务', 'Innovation and services', '知识产权与标准', 'Intellectual property and standards',
  '近3年，园区企业或项目获得区块链相关软著、专利情况。园区企业主导或参与区块链相关标准制定情况。', 'innovation'),
 (9, 1, 9, '创新与服务', 'Innovation and services', '安全能力', 'Security capability',
  '园区具备区块链安全感知、预警处置能力，初步构建区块链安全风险防控体系。', 'innovation'),
 (10, 1, 10, '应用示范', 'Application demonstration', '示范项目', 'Demonstration projects',
  '园区积极开放应用场景，提供企业技术创新土壤。有项目入选省、市示范，或者列为本区域重点项目。', 'demonstration'),
 (11, 1, 11, '应用示范', 'Application demonstration', '应用成果', 'Application results',
  '特色行业通过应用区块链技术，在降本、增效、提质、业务模式创新、产业新增长点培育等方面成效显著。', 'demonstration'),
 (12, 1, 12, '应用示范', 'Application demonstration', '应用推广', 'Promotion',
  '园区定期开展区块链相关培训、论坛、峰会、展览、大赛等宣传推广活动。', 'demonstration'),
 (13, 1, 13, '应用示范', 'Application demonstration', '发展引导', 'Development guidance',
  '园区鼓励引导企业由专注特定行业用户的具体应用场景向提供行业用户整体解决方案转变。', 'demonstration');
