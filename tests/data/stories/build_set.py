#!/usr/bin/env python3
"""Writes eval.jsonl: the labelled story-clustering set used by tests/stories_test.cc.

One JSON object a line: id, url, title, text, published (ISO 8601 UTC), language, site,
story (the gold label). The five seed articles (../shared/seeds) are one event; the other
events were written for this set as short news articles and one- or two-sentence
summaries in several languages, with syndicated near-copies of wire stories and
distractor events that share vocabulary (two earthquakes, two central banks, two floods).

Run from the repository root: python3 tests/data/stories/build_set.py
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(ROOT, "..", "..", "..", "..", "shared", "seeds")

WIRE_QUAKE = (
    "A magnitude 6.1 earthquake struck eastern Turkey early on Tuesday, killing at least 14 "
    "people and injuring more than 200, the Disaster and Emergency Management Authority (AFAD) "
    "said. The quake hit at 04:17 local time near the town of Pütürge in Malatya province at a "
    "depth of 9 kilometres. Dozens of buildings already weakened by the 2023 disaster collapsed "
    "in Malatya and neighbouring Adıyaman, and rescue teams were searching the rubble for "
    "survivors. Interior Minister Ali Yerlikaya said 1,120 rescuers had been sent to the region "
    "and that schools would stay closed for a week. More than 60 aftershocks were recorded, the "
    "strongest of magnitude 4.8."
)

WIRE_ECB = (
    "The European Central Bank cut its deposit rate by a quarter point to 2.0 percent on "
    "Thursday, its eighth reduction since June 2024, as inflation in the euro zone slowed to "
    "1.9 percent in February. ECB President Christine Lagarde told reporters in Frankfurt that "
    "the decision was unanimous and that the Governing Council was 'not pre-committing to a "
    "particular rate path'. Staff projections now see growth of 0.9 percent this year. Markets "
    "had fully priced in the cut; the euro was little changed at 1.08 dollars."
)

WIRE_SCROLL = (
    "Archaeologists from the Israel Antiquities Authority have recovered fragments of a "
    "2,000-year-old biblical scroll in a cave in the Judean Desert near the Dead Sea, the "
    "authority announced on Sunday. The 23 fragments, written in Greek, contain verses from "
    "the books of Zechariah and Nahum and were found in the so-called Cave of Horror in Nahal "
    "Hever. Researchers say the scroll was hidden by Jewish rebels during the Bar Kokhba revolt "
    "around 132 CE. The fragments will be displayed at the Israel Museum in Jerusalem."
)

# (story, id, url, title, text, published, language, site)
DOCS = [
    # --- Turkey earthquake, 2026-03-03 (wire + syndicated copies + other languages) ---
    ("quake-turkey", "https://apnews.example/article/turkey-earthquake-malatya",
     "Magnitude 6.1 earthquake kills 14 in eastern Turkey",
     WIRE_QUAKE, "2026-03-03T05:10:00Z", "en", "apnews.example"),
    ("quake-turkey", "https://dailyherald.example/news/world/quake-turkey-14-dead",
     "Quake kills 14 in Turkey's Malatya province",
     "ISTANBUL (AP) — " + WIRE_QUAKE + " Copyright 2026 The Associated Press. All rights "
     "reserved. This material may not be published, broadcast, rewritten or redistributed.",
     "2026-03-03T06:02:00Z", "en", "dailyherald.example"),
    ("quake-turkey", "https://localnews.example/world/2026/03/03/earthquake-turkey",
     "Earthquake in eastern Turkey leaves 14 dead",
     "Advertisement\nSubscribe to our newsletter\n" + WIRE_QUAKE.replace(
         "early on Tuesday", "on Tuesday morning") + "\nRelated: Read more world news",
     "2026-03-03T07:30:00Z", "en", "localnews.example"),
    ("quake-turkey", "https://spiegel.example/ausland/erdbeben-tuerkei-malatya",
     "Erdbeben der Stärke 6,1 erschüttert Osttürkei – mindestens 14 Tote",
     "Ein Erdbeben der Stärke 6,1 hat am Dienstagmorgen den Osten der Türkei erschüttert. "
     "Nach Angaben der Katastrophenschutzbehörde AFAD kamen mindestens 14 Menschen ums Leben, "
     "mehr als 200 wurden verletzt. Das Epizentrum lag nahe Pütürge in der Provinz Malatya. "
     "In Malatya und Adıyaman stürzten Dutzende Gebäude ein, die bereits beim Beben von 2023 "
     "beschädigt worden waren. Innenminister Ali Yerlikaya schickte 1.120 Helfer in die Region.",
     "2026-03-03T08:15:00Z", "de", "spiegel.example"),
    ("quake-turkey", "https://hurriyet.example/gundem/malatya-deprem-6-1",
     "Malatya'da 6,1 büyüklüğünde deprem: 14 kişi hayatını kaybetti",
     "Malatya'nın Pütürge ilçesinde saat 04.17'de 6,1 büyüklüğünde deprem meydana geldi. AFAD'ın "
     "açıklamasına göre depremde 14 kişi hayatını kaybetti, 200'den fazla kişi yaralandı. İçişleri "
     "Bakanı Ali Yerlikaya bölgeye 1.120 arama kurtarma personeli gönderildiğini söyledi.",
     "2026-03-03T04:55:00Z", "tr", "hurriyet.example"),
    ("quake-turkey", "https://elpais.example/internacional/terremoto-turquia",
     "Un terremoto de magnitud 6,1 deja al menos 14 muertos en Turquía",
     "Un sismo de magnitud 6,1 sacudió el martes la provincia turca de Malatya y causó al menos "
     "14 muertos y más de 200 heridos, según la agencia AFAD.",
     "2026-03-03T10:00:00Z", "es", "elpais.example"),
    ("quake-turkey", "https://xinhua.example/world/20260303/turkey-quake",
     "土耳其东部发生6.1级地震 至少14人死亡",
     "土耳其灾害和应急管理局(AFAD)说，3日凌晨马拉蒂亚省发生6.1级地震，已造成至少14人死亡、200多人受伤。",
     "2026-03-03T09:00:00Z", "zh", "xinhua.example"),

    # --- Japan earthquake, 2026-04-02: a different quake a month later (distractor) ---
    ("quake-japan", "https://reuters.example/world/asia/japan-quake-ishikawa",
     "Strong earthquake of magnitude 5.8 hits Japan's Ishikawa, two dead",
     "A magnitude 5.8 earthquake struck the Noto peninsula in Ishikawa prefecture on Thursday, "
     "killing two people and injuring 37, the Japan Meteorological Agency (JMA) and local "
     "officials said. The quake caused landslides that cut roads to the town of Wajima, and "
     "about 3,400 homes lost power. No tsunami warning was issued. Prime Minister's office "
     "set up a task force; the Hokuriku Electric Power Company said its Shika nuclear plant "
     "reported no abnormalities.",
     "2026-04-02T03:20:00Z", "en", "reuters.example"),
    ("quake-japan", "https://nhk.example/news/html/20260402/k1001",
     "石川県能登地方で震度6弱 2人死亡",
     "2日午前、石川県能登地方を震源とするマグニチュード5.8の地震があり、輪島市で2人が死亡、37人がけがをしました。"
     "気象庁によりますと、津波の心配はありません。約3400戸が停電しました。",
     "2026-04-02T02:50:00Z", "ja", "nhk.example"),
    ("quake-japan", "https://lemonde.example/international/seisme-japon-noto",
     "Japon : un séisme de magnitude 5,8 fait deux morts dans la péninsule de Noto",
     "Un séisme de magnitude 5,8 a frappé jeudi la péninsule de Noto, dans le département "
     "d'Ishikawa, faisant deux morts et 37 blessés. Des glissements de terrain ont coupé les "
     "routes vers Wajima ; aucune alerte au tsunami n'a été émise.",
     "2026-04-02T08:40:00Z", "fr", "lemonde.example"),
    ("quake-japan", "https://tagesschau.example/ausland/asien/japan-erdbeben-noto",
     "Erdbeben auf der Noto-Halbinsel: zwei Tote in Japan",
     "Ein Beben der Stärke 5,8 hat die japanische Noto-Halbinsel in der Präfektur Ishikawa "
     "erschüttert. Zwei Menschen starben in Wajima, 37 wurden verletzt. Eine Tsunami-Warnung "
     "gab es nicht.",
     "2026-04-02T09:10:00Z", "de", "tagesschau.example"),

    # --- ECB rate cut, 2026-03-12 ---
    ("ecb-cut", "https://reuters.example/markets/europe/ecb-cuts-rates-2-percent",
     "ECB cuts deposit rate to 2.0%, Lagarde keeps options open", WIRE_ECB,
     "2026-03-12T13:30:00Z", "en", "reuters.example"),
    ("ecb-cut", "https://marketwatch.example/story/ecb-rate-decision-march",
     "ECB lowers rates again as euro-zone inflation cools",
     "By Reuters staff\n" + WIRE_ECB + " (Reporting by Francesco Canepa; Editing by Toby "
     "Chopra) Our Standards: The Thomson Reuters Trust Principles.",
     "2026-03-12T14:05:00Z", "en", "marketwatch.example"),
    ("ecb-cut", "https://faz.example/wirtschaft/ezb-senkt-leitzins",
     "EZB senkt den Einlagenzins auf 2,0 Prozent",
     "Die Europäische Zentralbank (EZB) hat den Einlagenzins am Donnerstag um einen "
     "Viertelprozentpunkt auf 2,0 Prozent gesenkt. Es ist die achte Senkung seit Juni 2024. "
     "Die Inflation im Euroraum war im Februar auf 1,9 Prozent gefallen. EZB-Präsidentin "
     "Christine Lagarde sagte in Frankfurt, der Beschluss sei einstimmig gefallen.",
     "2026-03-12T14:20:00Z", "de", "faz.example"),
    ("ecb-cut", "https://lesechos.example/finance-marches/bce-baisse-taux",
     "La BCE abaisse son taux de dépôt à 2 %",
     "La Banque centrale européenne a réduit jeudi son taux de dépôt d'un quart de point, à "
     "2 %, sa huitième baisse depuis juin 2024. Christine Lagarde a indiqué à Francfort que "
     "la décision avait été prise à l'unanimité, alors que l'inflation est tombée à 1,9 % en "
     "février dans la zone euro.",
     "2026-03-12T15:00:00Z", "fr", "lesechos.example"),
    ("ecb-cut", "https://ilsole24ore.example/art/bce-taglia-tassi",
     "La Bce taglia i tassi di un quarto di punto: deposito al 2%",
     "La Banca centrale europea ha tagliato giovedì il tasso sui depositi al 2%, l'ottavo "
     "taglio da giugno 2024. Lagarde: decisione unanime.",
     "2026-03-12T15:30:00Z", "it", "ilsole24ore.example"),

    # --- US Fed holds rates, 2026-03-18 (distractor within the ECB window) ---
    ("fed-hold", "https://cnbc.example/2026/03/18/fed-holds-rates",
     "Fed holds rates steady at 3.75%-4% as Powell cites tariff uncertainty",
     "The Federal Reserve left its benchmark interest rate unchanged in a range of 3.75% to "
     "4% on Wednesday, as Chair Jerome Powell said officials needed more clarity on how "
     "tariffs would affect inflation. Two members of the Federal Open Market Committee, "
     "Christopher Waller and Michelle Bowman, dissented in favour of a cut. The central "
     "bank's dot plot still shows two reductions this year. Stocks rose after the decision.",
     "2026-03-18T18:30:00Z", "en", "cnbc.example"),
    ("fed-hold", "https://wsj.example/economy/central-banking/fed-meeting-march",
     "Fed Keeps Rates on Hold, Two Officials Dissent",
     "Federal Reserve officials held interest rates steady Wednesday in a 3.75%-to-4% range, "
     "but Governors Christopher Waller and Michelle Bowman dissented, favoring a quarter-point "
     "cut. Powell said the committee was 'well positioned to wait' for data on tariffs and "
     "inflation.",
     "2026-03-18T19:00:00Z", "en", "wsj.example"),
    ("fed-hold", "https://elfinanciero.example/mercados/fed-mantiene-tasas",
     "La Fed mantiene las tasas entre 3,75% y 4%",
     "La Reserva Federal de Estados Unidos mantuvo sin cambios su tasa de interés de referencia "
     "en un rango de 3,75% a 4%. Jerome Powell dijo que los aranceles generan incertidumbre; "
     "Waller y Bowman votaron a favor de un recorte.",
     "2026-03-18T19:30:00Z", "es", "elfinanciero.example"),
    ("fed-hold", "https://globes.example/news/article-fed-rates",
     "הפד הותיר את הריבית ללא שינוי",
     "הבנק המרכזי של ארצות הברית, הפדרל ריזרב, הותיר את הריבית בטווח של 3.75%-4%. היו\"ר "
     "ג'רום פאוול אמר כי המכסים יוצרים אי ודאות; שניים מחברי הוועדה, וולר ובאומן, תמכו "
     "בהורדה.",
     "2026-03-18T20:00:00Z", "he", "globes.example"),

    # --- Chile wildfires, 2026-02-20 ---
    ("fire-chile", "https://latercera.example/nacional/incendio-valparaiso-vina",
     "Incendio forestal en Valparaíso deja 23 muertos y más de 1.500 viviendas destruidas",
     "Un megaincendio forestal que avanzó el viernes por los cerros de Viña del Mar y Quilpué, "
     "en la Región de Valparaíso, dejó al menos 23 muertos y más de 1.500 viviendas destruidas, "
     "según el Servicio Nacional de Prevención y Respuesta ante Desastres (Senapred). El "
     "presidente decretó estado de catástrofe. Los vientos de hasta 60 kilómetros por hora y "
     "temperaturas sobre 35 grados dificultaron el trabajo de Conaf y de los bomberos.",
     "2026-02-20T23:00:00Z", "es", "latercera.example"),
    ("fire-chile", "https://bbc.example/news/world-latin-america-chile-fires",
     "Chile wildfires: 23 killed as blazes sweep through Viña del Mar hills",
     "At least 23 people have died and more than 1,500 homes have been destroyed by forest "
     "fires around the Chilean city of Viña del Mar, officials say. A state of catastrophe has "
     "been declared in the Valparaíso region, where strong winds and temperatures above 35C "
     "fanned the flames overnight. The disaster agency Senapred ordered evacuations in Quilpué "
     "and Villa Alemana.",
     "2026-02-21T06:00:00Z", "en", "bbc.example"),
    ("fire-chile", "https://folha.example/mundo/incendios-chile-valparaiso",
     "Incêndios florestais no Chile deixam 23 mortos em Valparaíso",
     "Os incêndios florestais na região de Valparaíso, no Chile, deixaram ao menos 23 mortos e "
     "destruíram mais de 1.500 casas em Viña del Mar e Quilpué. O governo decretou estado de "
     "catástrofe.",
     "2026-02-21T09:00:00Z", "pt", "folha.example"),
    ("fire-chile", "https://zeit.example/gesellschaft/waldbraende-chile",
     "Waldbrände in Chile: Mindestens 23 Tote bei Viña del Mar",
     "Bei verheerenden Waldbränden in der chilenischen Region Valparaíso sind mindestens 23 "
     "Menschen ums Leben gekommen. Mehr als 1.500 Häuser in Viña del Mar und Quilpué wurden "
     "zerstört, die Regierung rief den Katastrophenzustand aus.",
     "2026-02-21T10:30:00Z", "de", "zeit.example"),

    # --- Ariane 6 / Galileo launch, 2026-03-25 ---
    ("ariane-galileo", "https://esa.example/newsroom/ariane6-galileo-l14",
     "Ariane 6 launches two Galileo navigation satellites from Kourou",
     "An Ariane 6 rocket lifted off from Europe's Spaceport in Kourou, French Guiana, at "
     "22:30 local time on Wednesday and placed two Galileo satellites into medium Earth orbit "
     "at an altitude of 23,222 km, Arianespace said. It was the fifth flight of the new "
     "European launcher and its first carrying Galileo, the EU's satellite navigation system, "
     "which now counts 30 satellites.",
     "2026-03-26T02:00:00Z", "en", "esa.example"),
    ("ariane-galileo", "https://lefigaro.example/sciences/ariane-6-galileo",
     "Ariane 6 a placé en orbite deux satellites Galileo",
     "La fusée Ariane 6 a décollé mercredi soir de Kourou, en Guyane, et a placé deux satellites "
     "du système de navigation européen Galileo sur leur orbite à 23.222 km d'altitude, a "
     "annoncé Arianespace. C'est le cinquième vol du lanceur européen.",
     "2026-03-26T06:00:00Z", "fr", "lefigaro.example"),
    ("ariane-galileo", "https://heise.example/news/ariane-6-galileo-start",
     "Ariane 6 bringt zwei Galileo-Satelliten ins All",
     "Eine Ariane-6-Rakete ist vom europäischen Weltraumbahnhof Kourou in Französisch-Guayana "
     "gestartet und hat zwei Navigationssatelliten des Galileo-Systems ausgesetzt. Das System "
     "umfasst damit 30 Satelliten.",
     "2026-03-26T07:00:00Z", "de", "heise.example"),
    ("ariane-galileo", "https://aljazeera.example/ar/news/ariane6-galileo",
     "الصاروخ الأوروبي أريان 6 يطلق قمرين من نظام غاليليو",
     "أطلق صاروخ أريان 6 الأوروبي من قاعدة كورو في غويانا الفرنسية قمرين صناعيين لنظام الملاحة "
     "غاليليو إلى مدار على ارتفاع 23222 كيلومترا.",
     "2026-03-26T08:00:00Z", "ar", "aljazeera.example"),

    # --- Valencia floods, 2026-04-10 ---
    ("floods-valencia", "https://elmundo.example/espana/dana-valencia-muertos",
     "La DANA deja 12 muertos en la provincia de Valencia",
     "Las lluvias torrenciales provocadas por una DANA dejaron al menos 12 muertos en la "
     "provincia de Valencia, donde en Chiva se registraron 340 litros por metro cuadrado en "
     "ocho horas. La Aemet activó el aviso rojo y la Generalitat pidió no circular por "
     "carretera. El barranco del Poyo se desbordó a su paso por Paiporta.",
     "2026-04-10T12:00:00Z", "es", "elmundo.example"),
    ("floods-valencia", "https://guardian.example/world/2026/apr/10/spain-floods-valencia",
     "Flash floods in Valencia kill 12 as Spain issues red alert",
     "At least 12 people have died in flash floods in the Spanish region of Valencia after a "
     "storm system known as a Dana dumped 340 litres of rain per square metre on the town of "
     "Chiva in eight hours. The state weather agency Aemet issued a red warning; the Poyo "
     "ravine burst its banks in Paiporta.",
     "2026-04-10T14:00:00Z", "en", "guardian.example"),
    ("floods-valencia", "https://vilaweb.example/noticies/dana-valencia-12-morts",
     "La DANA deixa 12 morts al País Valencià",
     "Almenys 12 persones han mort per les inundacions causades per la DANA a la província de "
     "València. A Chiva van caure 340 litres per metre quadrat en vuit hores i el barranc del "
     "Poyo es va desbordar a Paiporta.",
     "2026-04-10T15:00:00Z", "ca", "vilaweb.example"),
    ("floods-valencia", "https://lefigaro.example/international/espagne-inondations-valence",
     "Espagne : 12 morts dans des inondations près de Valence",
     "Au moins 12 personnes sont mortes dans des crues soudaines dans la région de Valence, "
     "frappée par un épisode de DANA. À Chiva, il est tombé 340 litres par mètre carré en huit "
     "heures.",
     "2026-04-10T16:00:00Z", "fr", "lefigaro.example"),

    # --- Pakistan floods, 2026-04-14 (distractor within the Valencia window) ---
    ("floods-pakistan", "https://dawn.example/news/kp-floods-swat",
     "Flash floods kill 31 in Khyber Pakhtunkhwa as rivers swell",
     "At least 31 people were killed and 48 injured as flash floods triggered by heavy rain "
     "swept through Swat and Shangla districts of Khyber Pakhtunkhwa, the Provincial Disaster "
     "Management Authority (PDMA) said on Tuesday. The Swat River burst its banks near Mingora, "
     "washing away 95 houses and a bridge on the Karakoram Highway.",
     "2026-04-14T09:00:00Z", "en", "dawn.example"),
    ("floods-pakistan", "https://aljazeera.example/news/2026/4/14/pakistan-floods",
     "Pakistan: deadly flash floods hit Swat valley",
     "Floods caused by torrential monsoon-like rain killed 31 people in Pakistan's northwest "
     "Khyber Pakhtunkhwa province, officials said, as the Swat River overflowed near Mingora.",
     "2026-04-14T11:00:00Z", "en", "aljazeera.example"),
    ("floods-pakistan", "https://bbc.example/urdu/pakistan-swat-floods",
     "سوات میں سیلاب سے 31 افراد ہلاک",
     "خیبر پختونخوا کے اضلاع سوات اور شانگلہ میں شدید بارشوں کے بعد آنے والے سیلاب سے کم از کم 31 افراد ہلاک "
     "اور 48 زخمی ہو گئے۔ پی ڈی ایم اے کے مطابق دریائے سوات مینگورہ کے قریب بپھر گیا۔",
     "2026-04-14T10:00:00Z", "ur", "bbc.example"),
    ("floods-pakistan", "https://alarabiya.example/ar/asia/pakistan-floods",
     "مقتل 31 شخصا في فيضانات بشمال غرب باكستان",
     "لقي 31 شخصا على الأقل مصرعهم وأصيب 48 آخرون جراء فيضانات مفاجئة في منطقة سوات بإقليم خيبر "
     "بختونخوا شمال غرب باكستان.",
     "2026-04-14T12:00:00Z", "ar", "alarabiya.example"),

    # --- Dead Sea scroll, 2026-03-08 ---
    ("dead-sea-scroll", "https://timesofisrael.example/biblical-scroll-fragments-found",
     "2,000-year-old biblical scroll fragments found in Judean Desert cave", WIRE_SCROLL,
     "2026-03-08T10:00:00Z", "en", "timesofisrael.example"),
    ("dead-sea-scroll", "https://jpost.example/archaeology/article-scroll",
     "Israel Antiquities Authority unveils new Dead Sea Scroll fragments",
     "JERUSALEM — " + WIRE_SCROLL + " Follow us on Facebook and X for more archaeology news.",
     "2026-03-08T11:00:00Z", "en", "jpost.example"),
    ("dead-sea-scroll", "https://haaretz.example/archaeology/scroll-nahal-hever",
     "נחשפו שברי מגילה מקראית בת 2,000 שנה במדבר יהודה",
     "רשות העתיקות הודיעה ביום ראשון על גילוי 23 שברי מגילה מקראית בת 2,000 שנה במערת האימה "
     "בנחל חבר שבמדבר יהודה. השברים, הכתובים ביוונית, כוללים פסוקים מספרי זכריה ונחום, "
     "ומתוארכים למרד בר כוכבא. הם יוצגו במוזיאון ישראל בירושלים.",
     "2026-03-08T09:00:00Z", "he", "haaretz.example"),
    ("dead-sea-scroll", "https://ria.example/20260308/svitok",
     "В Израиле нашли фрагменты библейского свитка возрастом 2000 лет",
     "Управление древностей Израиля сообщило о находке 23 фрагментов библейского свитка "
     "возрастом 2000 лет в пещере в Иудейской пустыне у Мертвого моря. Тексты на греческом "
     "языке содержат стихи из книг Захарии и Наума.",
     "2026-03-08T12:00:00Z", "ru", "ria.example"),
    ("dead-sea-scroll", "https://aawsat.example/ar/archaeology/scroll",
     "العثور على أجزاء من مخطوطة توراتية عمرها 2000 عام قرب البحر الميت",
     "أعلنت سلطة الآثار الإسرائيلية العثور على 23 جزءا من مخطوطة عمرها 2000 عام في كهف بصحراء "
     "يهودا قرب البحر الميت.",
     "2026-03-08T13:00:00Z", "ar", "aawsat.example"),

    # --- Lufthansa pilots strike, 2026-02-26 ---
    ("lufthansa-strike", "https://tagesschau.example/wirtschaft/lufthansa-streik-piloten",
     "Pilotenstreik bei Lufthansa: Hunderte Flüge gestrichen",
     "Die Vereinigung Cockpit hat die Piloten der Lufthansa für Donnerstag zu einem 24-stündigen "
     "Streik aufgerufen. Die Airline strich rund 800 Flüge in Frankfurt und München, etwa "
     "100.000 Passagiere sind betroffen. Im Streit geht es um die betriebliche Altersversorgung "
     "von rund 5.000 Piloten.",
     "2026-02-26T05:00:00Z", "de", "tagesschau.example"),
    ("lufthansa-strike", "https://reuters.example/business/aerospace/lufthansa-pilots-strike",
     "Lufthansa pilots strike, grounding 800 flights",
     "Lufthansa cancelled about 800 flights at its Frankfurt and Munich hubs on Thursday as "
     "pilots represented by the Vereinigung Cockpit union staged a 24-hour strike over company "
     "pensions, affecting around 100,000 passengers.",
     "2026-02-26T07:00:00Z", "en", "reuters.example"),
    ("lufthansa-strike", "https://lefigaro.example/conso/greve-pilotes-lufthansa",
     "Grève des pilotes chez Lufthansa : 800 vols annulés",
     "Une grève de 24 heures des pilotes de Lufthansa, à l'appel du syndicat Vereinigung "
     "Cockpit, a entraîné jeudi l'annulation d'environ 800 vols à Francfort et Munich, "
     "touchant 100.000 passagers.",
     "2026-02-26T09:00:00Z", "fr", "lefigaro.example"),
]

# Extra summaries of the seed event in other languages and scripts.
SEED_EXTRA = [
    ("https://dw.example/de/irak-is-haeftlinge-syrien",
     "Irak übernimmt Tausende IS-Häftlinge aus Syrien",
     "Der Irak hat nach eigenen Angaben rund 4500 Häftlinge der Terrormiliz IS aus Lagern in "
     "Nordostsyrien übernommen; die Überstellung erfolgte in Abstimmung mit der US-geführten "
     "Koalition.", "2026-02-13T10:00:00Z", "de", "dw.example"),
    ("https://alsumaria.example/ar/news/iraq-isis-detainees",
     "العراق يتسلم 4500 من معتقلي داعش من سوريا",
     "أعلن العراق تسلم أكثر من 4500 معتقل من عناصر تنظيم داعش كانوا محتجزين في سجون شمال شرق سوريا، "
     "بالتنسيق مع التحالف الدولي بقيادة الولايات المتحدة.", "2026-02-12T18:00:00Z", "ar",
     "alsumaria.example"),
    ("https://kan.example/article/iraq-isis",
     "עיראק קיבלה לידיה אלפי עצירי דאעש מסוריה",
     "עיראק השלימה את העברתם של יותר מ-4,500 עצירי דאעש ממתקני כליאה בצפון-מזרח סוריה, "
     "בתיאום עם הקואליציה בהובלת ארצות הברית.", "2026-02-13T08:00:00Z", "he", "kan.example"),
]

SEED_META = [
    # file prefix, url, title rule, published, language, site
    ("000", "https://gulfnews.example/iraq-takes-daesh-militants", "line", "2026-02-13T12:00:00Z",
     "en", "gulfnews.example"),
    ("001", "https://shafaq.example/en/iraq-transfers-4500-isis", "none", "2026-02-12T16:00:00Z",
     "en", "shafaq.example"),
    ("002", "https://yiddishnews.example/amerike-transferirt", "yiddish", "2026-02-14T09:00:00Z",
     "yi", "yiddishnews.example"),
    ("003", "https://defensepost.example/is-detainees-syria-iraq", "none", "2026-02-13T07:00:00Z",
     "en", "defensepost.example"),
    ("004", "https://rudaw.example/english/iraq-secures-transfer", "line", "2026-02-12T20:00:00Z",
     "en", "rudaw.example"),
]


def seed_docs():
    files = sorted(os.listdir(SEEDS))
    out = []
    for prefix, url, rule, published, lang, site in SEED_META:
        name = next(f for f in files if f.startswith(prefix))
        with open(os.path.join(SEEDS, name), encoding="utf-8") as fh:
            raw = fh.read()
        lines = [l for l in raw.split("\n")]
        title, text = "", raw.strip()
        nonempty = [i for i, l in enumerate(lines) if l.strip()]
        if rule == "line":
            first = nonempty[0]
            title = lines[first].strip()
            text = "\n".join(lines[first + 1:]).strip()
        elif rule == "yiddish":
            # "Loading" is page junk; the headline is the next non-empty line.
            first = nonempty[1]
            title = lines[first].strip()
            text = "\n".join(lines[first + 1:]).strip()
        out.append(dict(url=url, title=title, text=text, published=published, language=lang,
                        site=site, story="iraq-isis-transfer"))
    for url, title, text, published, lang, site in SEED_EXTRA:
        out.append(dict(url=url, title=title, text=text, published=published, language=lang,
                        site=site, story="iraq-isis-transfer"))
    return out


def main():
    docs = seed_docs()
    for story, url, title, text, published, lang, site in DOCS:
        docs.append(dict(url=url, title=title, text=text, published=published, language=lang,
                         site=site, story=story))
    # Interleave events in publication order, as a crawler would see them.
    docs.sort(key=lambda d: (d["published"], d["url"]))
    path = os.path.join(ROOT, "eval.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for i, d in enumerate(docs, 1):
            d = dict(id=i, **d)
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    stories = sorted({d["story"] for d in docs})
    print(f"{len(docs)} documents, {len(stories)} stories -> {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
