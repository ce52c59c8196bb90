-- The two-level technical field taxonomy (技术领域) that needs and results are filed under. First-level fields follow
-- Hengyang's industries; a posting always names a second-level field. Codes are stable identifiers: names may be
-- reworded, codes never change meaning.

create table technical_field (
    code        varchar(64) primary key,        -- e.g. MAT or MAT.NONFERROUS
    parent_code varchar(64) references technical_field (code),
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    sort_order  integer not null
);

create index technical_field_parent on technical_field (parent_code);

insert into technical_field (code, parent_code, name_zh, name_en, sort_order) values
    ('MAT', null, '新材料', 'New materials', 10),
    ('MFG', null, '先进制造', 'Advanced manufacturing', 20),
    ('ICT', null, '电子信息', 'Electronic information', 30),
    ('BIO', null, '生物医药', 'Biomedicine', 40),
    ('CHE', null, '化工', 'Chemical engineering', 50),
    ('ENE', null, '能源与电力', 'Energy and electric power', 60),
    ('AUT', null, '汽车与交通', 'Automobiles and transport', 70),
    ('ENV', null, '资源与环境', 'Resources and environment', 80),
    ('AGR', null, '现代农业与食品', 'Modern agriculture and food', 90),
    ('CON', null, '建筑与土木', 'Construction and civil engineering', 100),
    ('TEX', null, '纺织与轻工', 'Textiles and light industry', 110),
    ('SCI', null, '基础与交叉科学', 'Basic and interdisciplinary sciences', 120),
    ('SVC', null, '现代服务与人文社科', 'Modern services, humanities and social sciences', 130);

insert into technical_field (code, parent_code, name_zh, name_en, sort_order) values
    ('MAT.NONFERROUS', 'MAT', '有色金属冶炼与加工', 'Non-ferrous metal smelting and processing', 1),
    ('MAT.STEEL', 'MAT', '钢铁与金属结构材料', 'Steel and structural metals', 2),
    ('MAT.POLYMER', 'MAT', '高分子与复合材料', 'Polymers and composites', 3),
    ('MAT.CERAMIC', 'MAT', '无机非金属材料', 'Inorganic non-metallic materials', 4),
    ('MAT.ENERGY', 'MAT', '电池与新能源材料', 'Battery and energy materials', 5),
    ('MAT.FUNCTIONAL', 'MAT', '先进功能与纳米材料', 'Advanced functional and nano materials', 6),

    ('MFG.POWER_EQUIPMENT', 'MFG', '输变电装备', 'Power transmission and transformation equipment', 1),
    ('MFG.MACHINERY', 'MFG', '通用与专用机械', 'General and special machinery', 2),
    ('MFG.INTELLIGENT', 'MFG', '智能制造与工业机器人', 'Intelligent manufacturing and industrial robots', 3),
    ('MFG.PRECISION', 'MFG', '精密加工与模具', 'Precision machining and moulds', 4),
    ('MFG.RAIL', 'MFG', '轨道交通装备', 'Rail transit equipment', 5),
    ('MFG.MARINE_AERO', 'MFG', '船舶、航空与海洋装备', 'Ships, aerospace and marine equipment', 6),
    ('MFG.DEFENCE', 'MFG', '军工与特种装备', 'Defence and special equipment', 7),

    ('ICT.SOFTWARE', 'ICT', '软件与工业软件', 'Software and industrial software', 1),
    ('ICT.AI', 'ICT', '人工智能与大数据', 'Artificial intelligence and big data', 2),
    ('ICT.COMMUNICATION', 'ICT', '通信与网络', 'Communication and networks', 3),
    ('ICT.COMPONENTS', 'ICT', '电子元器件与集成电路', 'Electronic components and integrated circuits', 4),
    ('ICT.OPTOELECTRONICS', 'ICT', '光电与激光', 'Optoelectronics and lasers', 5),
    ('ICT.CONTROL', 'ICT', '自动化与控制', 'Automation and control', 6),
    ('ICT.GEOINFO', 'ICT', '测绘与地理信息', 'Surveying and geographic information', 7),

    ('BIO.TCM', 'BIO', '中药现代化', 'Modernisation of traditional Chinese medicine', 1),
    ('BIO.PHARMA', 'BIO', '化学药与生物药', 'Chemical and biological drugs', 2),
    ('BIO.DEVICES', 'BIO', '医疗器械', 'Medical devices', 3),
    ('BIO.CLINICAL', 'BIO', '临床诊疗技术', 'Clinical diagnosis and treatment', 4),
    ('BIO.PUBLIC_HEALTH', 'BIO', '公共卫生与健康服务', 'Public health and health services', 5),
    ('BIO.BIOTECH', 'BIO', '生物技术', 'Biotechnology', 6),

    ('CHE.SALT', 'CHE', '盐化工', 'Salt chemistry', 1),
    ('CHE.FINE', 'CHE', '精细化工', 'Fine chemicals', 2),
    ('CHE.PETRO', 'CHE', '石油与天然气', 'Oil and gas', 3),
    ('CHE.PROCESS', 'CHE', '化工工艺与装备', 'Chemical processes and equipment', 4),

    ('ENE.GRID', 'ENE', '电力系统与智能电网', 'Power systems and smart grids', 1),
    ('ENE.NUCLEAR', 'ENE', '核能与核技术应用', 'Nuclear energy and nuclear technology', 2),
    ('ENE.RENEWABLE', 'ENE', '太阳能、风能与储能', 'Solar, wind and energy storage', 3),
    ('ENE.THERMAL', 'ENE', '热能与动力工程', 'Thermal and power engineering', 4),
    ('ENE.SAVING', 'ENE', '工业节能', 'Industrial energy saving', 5),

    ('AUT.PARTS', 'AUT', '汽车零部件', 'Automotive parts', 1),
    ('AUT.NEV', 'AUT', '新能源汽车', 'New-energy vehicles', 2),
    ('AUT.TRANSPORT', 'AUT', '交通运输工程', 'Transport engineering', 3),
    ('AUT.LOGISTICS', 'AUT', '智慧物流', 'Smart logistics', 4),

    ('ENV.MINING', 'ENV', '矿产资源开发', 'Mineral resource development', 1),
    ('ENV.WATER', 'ENV', '水处理与水利', 'Water treatment and hydraulic engineering', 2),
    ('ENV.SOLID_WASTE', 'ENV', '固废处置与资源循环', 'Solid waste and resource recycling', 3),
    ('ENV.POLLUTION', 'ENV', '大气与土壤污染治理', 'Air and soil pollution control', 4),
    ('ENV.GEOLOGY', 'ENV', '地质勘查与地质工程', 'Geological exploration and engineering', 5),
    ('ENV.ECOLOGY', 'ENV', '生态保护与修复', 'Ecological protection and restoration', 6),

    ('AGR.CROPS', 'AGR', '作物与园艺', 'Crops and horticulture', 1),
    ('AGR.LIVESTOCK', 'AGR', '畜牧与水产', 'Livestock and aquaculture', 2),
    ('AGR.FOOD', 'AGR', '食品加工', 'Food processing', 3),
    ('AGR.FORESTRY', 'AGR', '林业与林产品', 'Forestry and forest products', 4),
    ('AGR.MACHINERY', 'AGR', '农业机械与农业工程', 'Agricultural machinery and engineering', 5),
    ('AGR.PROTECTION', 'AGR', '植物保护与农业资源', 'Plant protection and agricultural resources', 6),

    ('CON.CIVIL', 'CON', '土木与结构工程', 'Civil and structural engineering', 1),
    ('CON.ARCHITECTURE', 'CON', '建筑设计与城乡规划', 'Architecture and urban planning', 2),
    ('CON.MATERIALS', 'CON', '绿色建材', 'Green building materials', 3),
    ('CON.INFRASTRUCTURE', 'CON', '市政与交通基础设施', 'Municipal and transport infrastructure', 4),

    ('TEX.TEXTILE', 'TEX', '纺织材料与工艺', 'Textile materials and processes', 1),
    ('TEX.APPAREL', 'TEX', '服装与家纺', 'Apparel and home textiles', 2),
    ('TEX.LIGHT', 'TEX', '轻工与日用化学品', 'Light industry and household chemicals', 3),
    ('TEX.PACKAGING', 'TEX', '印刷与包装', 'Printing and packaging', 4),

    ('SCI.MATH', 'SCI', '数学与计算科学', 'Mathematics and computational science', 1),
    ('SCI.PHYSICS', 'SCI', '物理学与力学', 'Physics and mechanics', 2),
    ('SCI.CHEMISTRY', 'SCI', '化学', 'Chemistry', 3),
    ('SCI.LIFE', 'SCI', '生命科学', 'Life sciences', 4),
    ('SCI.EARTH', 'SCI', '地球与空间科学', 'Earth and space sciences', 5),

    ('SVC.MANAGEMENT', 'SVC', '企业管理与咨询', 'Business management and consulting', 1),
    ('SVC.ECONOMICS', 'SVC', '经济与金融', 'Economics and finance', 2),
    ('SVC.CULTURE', 'SVC', '文化创意与旅游', 'Culture, creative industries and tourism', 3),
    ('SVC.EDUCATION', 'SVC', '教育与体育', 'Education and sport', 4),
    ('SVC.PUBLIC', 'SVC', '公共管理与法律', 'Public administration and law', 5),
    ('SVC.MEDIA', 'SVC', '新闻传播与信息服务', 'Media and information services', 6);
