-- Table 4: the thirteen indicators of the re-evaluation, each judged "since the last evaluation"
-- (通过评估以来). section_key points at the part of the development report (Appendix C) that answers it.
INSERT INTO rubric_version (id, purpose, label, effective_from) VALUES
    (2, 'RE_EVALUATION', '表4 复核评估指标', DATE '2022-06-01');

INSERT INTO indicator (id, rubric_version_id, sort_order, category_zh, category_en, name_zh, name_en, content_zh, section_key) VALUES
 (101, 2, 1, '保障机制（基础环境）', 'Safeguards (basic environment)', '政策保障', 'Policy support',
  '通过评估以来，园区或所在地区新出台支持区块链发展相关政策、发展规划情况。', 'environment'),
 (102, 2, 2, '保障机制（基础环境）', 'Safeguards (basic environment)', '发展定位', 'Development positioning',
  '通过评估以来，园区区块链资金配套方案与企业引进、培育计划等执行情况。', 'plan'),
 (103, 2, 3, '保障机制（基础环境）', 'Safeguards (basic environment)', '基础设施', 'Infrastructure',
  '通过评估以来，园区新增基础设施提供情况。', 'environment'),
 (104, 2, 4, '产业基础', 'Industrial base', '企业集聚', 'Enterprise concentration',
  '通过评估以来，园区新增区块链企业情况，企业发展情况。', 'growth'),
 (105, 2, 5, '产业基础', 'Industrial base', '底层与人才支撑', 'Base platform and talent',
  '通过评估以来，园区自主可控的底层区块链应用平台发展情况，人才引进和培养情况。', 'development'),
 (106, 2, 6, '产业基础', 'Industrial base', '特色明显', 'Clear speciality',
  '通过评估以来，园区内区块链企业业务方向集中情况。', 'growth'),
 (107, 2, 7, '创新与服务', 'Innovation and services', '平台与载体', 'Platforms and carriers',
  '通过评估以来，园区内新建区块链公共服务平台及特色行业应用方向的重点实验室、工程技术中心、企业技术中心等机构情况。', 'service'),
 (108, 2, 8, '创新与服务', 'Innovation and services', '知识产权与标准', 'Intellectual property and standards',
  '通过评估以来，园区企业或项目新获得区块链相关软著、专利。园区企业主导或参与区块链相关标准制定。', 'service'),
 (109, 2, 9, '创新与服务', 'Innovation and services', '安全能力', 'Security capability',
  '通过评估以来，园区区块链安全感知、预警处置能力，构建区块链安全风险防控体系提升情况。', 'service'),
 (110, 2, 10, '应用示范', 'Application demonstration', '示范项目', 'Demonstration projects',
  '通过评估以来，园区新开放应用场景情况。新的项目入选省、市示范，或者列为本区域重点项目情况。', 'showcase'),
 (111, 2, 11, '应用示范', 'Application demonstration', '应用成果', 'Application results',
  '通过评估以来，特色行业通过应用区块链技术，在降本、增效、提质、业务模式创新、产业新增长点培育等方面成效显著。', 'showcase'),
 (112, 2, 12, '应用示范', 'Application demonstration', '应用推广', 'Promotion',
  '通过评估以来，园区新开展区块链相关培训、论坛、峰会等宣传推广活动。', 'showcase'),
 (113, 2, 13, '应用示范', 'Application demonstration', '发展引导', 'Development guidance',
  '通过评估以来，园区鼓励引导企业由专注特定行业的具体应用场景向行业整体解决方案转变情况。', 'showcase');
