-- Regions and municipalities as registry entities (A5). A region is a subject of the Russian
-- Federation under its two-digit code: the codes of subjects in the order of art. 65 of the
-- Constitution, as the tax service and state registries number them (01-79, 83, 86, 87, 89, 91, 92,
-- and 90, 93, 94, 95 for the subjects admitted in 2022). Vehicle-plate (GIBDD) codes agree for most
-- subjects but not all (on plates Chechnya is 95, Crimea 82, the 2022 subjects 80, 81, 84, 85) and
-- add more (90 is also the Moscow oblast, 93 Krasnodar), so a code means the subject listed here.
-- Each region has the IANA time zone of its capital: a school registered without one takes it.
CREATE TABLE region
(
  code      TEXT PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
  name      TEXT NOT NULL UNIQUE,
  time_zone TEXT NOT NULL
);

INSERT INTO region (code, name, time_zone)
VALUES ('01', 'Республика Адыгея (Адыгея)', 'Europe/Moscow'),
       ('02', 'Республика Башкортостан', 'Asia/Yekaterinburg'),
       ('03', 'Республика Бурятия', 'Asia/Irkutsk'),
       ('04', 'Республика Алтай', 'Asia/Barnaul'),
       ('05', 'Республика Дагестан', 'Europe/Moscow'),
       ('06', 'Республика Ингушетия', 'Europe/Moscow'),
       ('07', 'Кабардино-Балкарская Республика', 'Europe/Moscow'),
       ('08', 'Республика Калмыкия', 'Europe/Moscow'),
       ('09', 'Карачаево-Черкесская Республика', 'Europe/Moscow'),
       ('10', 'Республика Карелия', 'Europe/Moscow'),
       ('11', 'Республика Коми', 'Europe/Moscow'),
       ('12', 'Республика Марий Эл', 'Europe/Moscow'),
       ('13', 'Республика Мордовия', 'Europe/Moscow'),
       ('14', 'Республика Саха (Якутия)', 'Asia/Yakutsk'),
       ('15', 'Республика Северная Осетия — Алания', 'Europe/Moscow'),
       ('16', 'Республика Татарстан (Татарстан)', 'Europe/Moscow'),
       ('17', 'Республика Тыва', 'Asia/Krasnoyarsk'),
       ('18', 'Удмуртская Республика', 'Europe/Samara'),
       ('19', 'Республика Хакасия', 'Asia/Krasnoyarsk'),
       ('20', 'Чеченская Республика', 'Europe/Moscow'),
       ('21', 'Чувашская Республика — Чувашия', 'Europe/Moscow'),
       ('22', 'Алтайский край', 'Asia/Barnaul'),
       ('23', 'Краснодарский край', 'Europe/Moscow'),
       ('24', 'Красноярский край', 'Asia/Krasnoyarsk'),
       ('25', 'Приморский край', 'Asia/Vladivostok'),
       ('26', 'Ставропольский край', 'Europe/Moscow'),
       ('27', 'Хабаровский край', 'Asia/Vladivostok'),
       ('28', 'Амурская область', 'Asia/Yakutsk'),
       ('29', 'Архангельская область', 'Europe/Moscow'),
       ('30', 'Астраханская область', 'Europe/Astrakhan'),
       ('31', 'Белгородская область', 'Europe/Moscow'),
       ('32', 'Брянская область', 'Europe/Moscow'),
       ('33', 'Владимирская область', 'Europe/Moscow'),
       ('34', 'Волгоградская область', 'Europe/Volgograd'),
       ('35', 'Вологодская область', 'Europe/Moscow'),
       ('36', 'Воронежская область', 'Europe/Moscow'),
       ('37', 'Ивановская область', 'Europe/Moscow'),
       ('38', 'Иркутская область', 'Asia/Irkutsk'),
       ('39', 'Калининградская область', 'Europe/Kaliningrad'),
       ('40', 'Калужская область', 'Europe/Moscow'),
       ('41', 'Камчатский край', 'Asia/Kamchatka'),
       ('42', 'Кемеровская область — Кузбасс', 'Asia/Novokuznetsk'),
       ('43', 'Кировская область', 'Europe/Kirov'),
       ('44', 'Костромская область', 'Europe/Moscow'),
       ('45', 'Курганская область', 'Asia/Yekaterinburg'),
       ('46', 'Курская область', 'Europe/Moscow'),
       ('47', 'Ленинградская область', 'Europe/Moscow'),
       ('48', 'Липецкая область', 'Europe/Moscow'),
       ('49', 'Магаданская область', 'Asia/Magadan'),
       ('50', 'Московская область', 'Europe/Moscow'),
       ('51', 'Мурманская область', 'Europe/Moscow'),
       ('52', 'Нижегородская область', 'Europe/Moscow'),
       ('53', 'Новгородская область', 'Europe/Moscow'),
       ('54', 'Новосибирская область', 'Asia/Novosibirsk'),
       ('55', 'Омская область', 'Asia/Omsk'),
       ('56', 'Оренбургская область', 'Asia/Yekaterinburg'),
       ('57', 'Орловская область', 'Europe/Moscow'),
       ('58', 'Пензенская область', 'Europe/Moscow'),
       ('59', 'Пермский край', 'Asia/Yekaterinburg'),
       ('60', 'Псковская область', 'Europe/Moscow'),
       ('61', 'Ростовская область', 'Europe/Moscow'),
       ('62', 'Рязанская область', 'Europe/Moscow'),
       ('63', 'Самарская область', 'Europe/Samara'),
       ('64', 'Саратовская область', 'Europe/Saratov'),
       ('65', 'Сахалинская область', 'Asia/Sakhalin'),
       ('66', 'Свердловская область', 'Asia/Yekaterinburg'),
       ('67', 'Смоленская область', 'Europe/Moscow'),
       ('68', 'Тамбовская область', 'Europe/Moscow'),
       ('69', 'Тверская область', 'Europe/Moscow'),
       ('70', 'Томская область', 'Asia/Tomsk'),
       ('71', 'Тульская область', 'Europe/Moscow'),
       ('72', 'Тюменская область', 'Asia/Yekaterinburg'),
       ('73', 'Ульяновская область', 'Europe/Ulyanovsk'),
       ('74', 'Челябинская область', 'Asia/Yekaterinburg'),
       ('75', 'Забайкальский край', 'Asia/Chita'),
       ('76', 'Ярославская область', 'Europe/Moscow'),
       ('77', 'Москва', 'Europe/Moscow'),
       ('78', 'Санкт-Петербург', 'Europe/Moscow'),
       ('79', 'Еврейская автономная область', 'Asia/Vladivostok'),
       ('83', 'Ненецкий автономный округ', 'Europe/Moscow'),
       ('86', 'Ханты-Мансийский автономный округ — Югра', 'Asia/Yekaterinburg'),
       ('87', 'Чукотский автономный округ', 'Asia/Anadyr'),
       ('89', 'Ямало-Ненецкий автономный округ', 'Asia/Yekaterinburg'),
       ('90', 'Запорожская область', 'Europe/Moscow'),
       ('91', 'Республика Крым', 'Europe/Simferopol'),
       ('92', 'Севастополь', 'Europe/Simferopol'),
       ('93', 'Донецкая Народная Республика', 'Europe/Moscow'),
       ('94', 'Луганская Народная Республика', 'Europe/Moscow'),
       ('95', 'Херсонская область', 'Europe/Moscow');

-- A municipality (municipal district, city or municipal okrug, closed town) of a region; the
-- unique (id, region_code) lets a school name both and the database keep them consistent.
CREATE TABLE municipality
(
  id          UUID PRIMARY KEY,
  region_code TEXT   NOT NULL REFERENCES region (code),
  name        TEXT   NOT NULL CHECK (name <> ''),
  oktmo       TEXT CHECK (oktmo ~ '^([0-9]{8}|[0-9]{11})$'),
  version     BIGINT NOT NULL,
  CONSTRAINT municipality_region_name_key UNIQUE (region_code, name),
  CONSTRAINT municipality_id_region_key UNIQUE (id, region_code)
);
CREATE UNIQUE INDEX municipality_oktmo_key ON municipality (oktmo) WHERE oktmo IS NOT NULL;

-- Schools registered before: each distinct (region, municipality text) becomes a municipality. A
-- code that is no subject of the list above stops the migration with the codes to correct, since
-- only a person can say which region such a school belongs to.
DO
$$
  DECLARE
    unknown TEXT;
  BEGIN
    SELECT string_agg(DISTINCT s.region_code, ', ' ORDER BY s.region_code)
    INTO unknown
    FROM school s
    WHERE NOT EXISTS (SELECT 1 FROM region r WHERE r.code = s.region_code);
    IF unknown IS NOT NULL THEN
      RAISE EXCEPTION 'school.region_code not in the list of regions: %; correct these schools, then migrate again', unknown;
    END IF;
  END
$$;

INSERT INTO municipality (id, region_code, name, version)
SELECT gen_random_uuid(), region_code, municipality, 1
FROM (SELECT DISTINCT region_code, btrim(municipality) AS municipality FROM school) existing;

ALTER TABLE school
  ADD COLUMN municipality_id UUID;
UPDATE school s
SET municipality_id = m.id
FROM municipality m
WHERE m.region_code = s.region_code
  AND m.name = btrim(s.municipality);
ALTER TABLE school
  ALTER COLUMN municipality_id SET NOT NULL,
  ADD CONSTRAINT school_municipality_fk FOREIGN KEY (municipality_id, region_code) REFERENCES municipality (id, region_code),
  DROP COLUMN municipality;
-- a region operator's look-ups and reports go by region
CREATE INDEX school_region_idx ON school (region_code);
CREATE INDEX school_municipality_idx ON school (municipality_id);
