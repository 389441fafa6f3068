#!/usr/bin/env python3
"""Writes summaries.jsonl: one- or two-sentence summaries of six events in many languages
and scripts (same fields as eval.jsonl). Written after the similarity was tuned on
eval.jsonl and not used for tuning: it checks that the cross-lingual signals generalize.

Run from the repository root: python3 tests/data/stories/build_summaries.py
"""
import json
import os

ROOT = os.path.dirname(os.path.abspath(__file__))

# (story, language, site, published, title, text)
DOCS = [
    # Etna eruption closes Catania airport, 2026-05-04.
    ("etna", "en", "ansa.example", "2026-05-04T08:00:00Z",
     "Etna eruption closes Catania airport",
     "Mount Etna erupted overnight, sending an ash column 8 km high and forcing Catania airport "
     "to cancel 120 flights."),
    ("etna", "it", "corriere.example", "2026-05-04T07:30:00Z",
     "Etna, nuova eruzione: chiuso l'aeroporto di Catania",
     "Una colonna di cenere alta 8 chilometri ha costretto l'aeroporto di Catania a cancellare 120 voli."),
    ("etna", "ru", "tass.example", "2026-05-04T09:10:00Z",
     "Извержение Этны закрыло аэропорт Катании",
     "Вулкан Этна на Сицилии выбросил столб пепла высотой 8 км, аэропорт Катании отменил 120 рейсов."),
    ("etna", "el", "kathimerini.example", "2026-05-04T10:00:00Z",
     "Έκρηξη της Αίτνας έκλεισε το αεροδρόμιο της Κατάνης",
     "Στήλη τέφρας 8 χιλιομέτρων οδήγησε στην ακύρωση 120 πτήσεων στην Κατάνη της Σικελίας."),
    ("etna", "hi", "bhaskar.example", "2026-05-04T11:00:00Z",
     "एटना ज्वालामुखी फटा, कैटेनिया हवाई अड्डा बंद",
     "सिसिली के एटना ज्वालामुखी से 8 किलोमीटर ऊंचा राख का गुबार उठा और 120 उड़ानें रद्द हुईं।"),
    ("etna", "pl", "onet.example", "2026-05-04T09:40:00Z",
     "Erupcja Etny. Lotnisko w Katanii zamknięte",
     "Słup popiołu o wysokości 8 km zmusił lotnisko w Katanii do odwołania 120 lotów."),

    # Everest avalanche, 2026-05-06.
    ("everest", "en", "kathmandupost.example", "2026-05-06T06:00:00Z",
     "Avalanche on Everest kills six Sherpa guides",
     "An avalanche in the Khumbu Icefall on Mount Everest killed six Sherpa guides at about "
     "5,800 metres, Nepal's tourism department said."),
    ("everest", "ne", "onlinekhabar.example", "2026-05-06T05:30:00Z",
     "सगरमाथामा हिमपहिरो, ६ शेर्पा गाइडको मृत्यु",
     "खुम्बु आइसफलमा ५,८०० मिटरमा गएको हिमपहिरोमा ६ शेर्पा गाइडको मृत्यु भएको पर्यटन विभागले जनाएको छ।"),
    ("everest", "de", "sz.example", "2026-05-06T09:00:00Z",
     "Lawine am Everest: sechs Sherpas tot",
     "Im Khumbu-Eisbruch am Mount Everest sind sechs Sherpa-Bergführer auf rund 5800 Metern "
     "von einer Lawine verschüttet worden."),
    ("everest", "zh", "chinanews.example", "2026-05-06T08:00:00Z",
     "珠穆朗玛峰发生雪崩 6名夏尔巴向导遇难",
     "尼泊尔旅游局说，珠峰昆布冰川海拔约5800米处发生雪崩，6名夏尔巴向导遇难。"),
    ("everest", "ko", "yonhap.example", "2026-05-06T08:30:00Z",
     "에베레스트 눈사태로 셰르파 6명 사망",
     "네팔 관광청은 에베레스트 쿰부 빙폭 해발 5,800m 지점에서 눈사태가 발생해 셰르파 가이드 6명이 숨졌다고 밝혔다."),
    ("everest", "fr", "rfi.example", "2026-05-06T10:00:00Z",
     "Everest : six guides sherpas tués par une avalanche",
     "Une avalanche dans la cascade de glace du Khumbu, vers 5 800 mètres, a tué six guides sherpas."),

    # Tesla recall in China, 2026-05-05.
    ("tesla-recall", "en", "cnbc.example", "2026-05-05T03:00:00Z",
     "Tesla recalls 240,000 Model Y cars in China",
     "Tesla will recall 240,000 Model Y vehicles made in Shanghai over a faulty seatbelt sensor, "
     "China's market regulator SAMR said."),
    ("tesla-recall", "zh", "xinhua.example", "2026-05-05T02:00:00Z",
     "特斯拉召回24万辆Model Y",
     "国家市场监督管理总局称，特斯拉将召回240,000辆上海生产的Model Y汽车，原因是安全带传感器故障。"),
    ("tesla-recall", "ja", "nikkei.example", "2026-05-05T04:00:00Z",
     "テスラ、中国でモデルY24万台をリコール",
     "テスラは上海工場製のモデルY約240,000台をシートベルトセンサーの不具合でリコールする。"),
    ("tesla-recall", "vi", "vnexpress.example", "2026-05-05T06:00:00Z",
     "Tesla triệu hồi 240.000 xe Model Y tại Trung Quốc",
     "Tesla sẽ triệu hồi 240.000 xe Model Y sản xuất tại Thượng Hải do lỗi cảm biến dây an toàn."),
    ("tesla-recall", "de", "handelsblatt.example", "2026-05-05T07:00:00Z",
     "Tesla ruft in China 240.000 Model Y zurück",
     "Wegen eines defekten Gurtsensors ruft Tesla 240.000 in Shanghai gebaute Model Y zurück."),

    # Lula meets Xi in Beijing, 2026-05-07.
    ("lula-xi", "pt", "globo.example", "2026-05-07T12:00:00Z",
     "Lula se reúne com Xi Jinping em Pequim e assina 20 acordos",
     "O presidente Luiz Inácio Lula da Silva e Xi Jinping assinaram 20 acordos de cooperação em Pequim."),
    ("lula-xi", "en", "reuters.example", "2026-05-07T13:00:00Z",
     "Brazil's Lula and China's Xi sign 20 deals in Beijing",
     "Brazilian President Luiz Inacio Lula da Silva and Chinese leader Xi Jinping signed 20 "
     "agreements on trade and technology in Beijing."),
    ("lula-xi", "zh", "people.example", "2026-05-07T11:00:00Z",
     "习近平同巴西总统卢拉会谈 签署20项合作文件",
     "国家主席习近平在北京同巴西总统卢拉会谈，双方签署20项合作文件。"),
    ("lula-xi", "es", "clarin.example", "2026-05-07T14:00:00Z",
     "Lula y Xi Jinping firman 20 acuerdos en Pekín",
     "El presidente de Brasil, Lula da Silva, y Xi Jinping firmaron 20 acuerdos comerciales."),
    ("lula-xi", "ar", "alarabiya.example", "2026-05-07T15:00:00Z",
     "لولا وشي جين بينغ يوقعان 20 اتفاقية في بكين",
     "وقع الرئيس البرازيلي لولا دا سيلفا والرئيس الصيني شي جين بينغ 20 اتفاقية تعاون في بكين."),
    ("lula-xi", "ru", "ria.example", "2026-05-07T13:30:00Z",
     "Лула и Си Цзиньпин подписали 20 соглашений",
     "Президент Бразилии Лула да Силва и председатель КНР Си Цзиньпин подписали в Пекине 20 соглашений."),

    # Cyclone Asna in Bangladesh, 2026-05-05.
    ("cyclone-bd", "en", "dhakatribune.example", "2026-05-05T10:00:00Z",
     "Cyclone Asna kills 17 in Bangladesh, 1.2 million evacuated",
     "Cyclone Asna made landfall near Khulna with winds of 130 km/h, killing 17 people; 1.2 "
     "million were evacuated to shelters."),
    ("cyclone-bd", "bn", "prothomalo.example", "2026-05-05T09:00:00Z",
     "ঘূর্ণিঝড় আসনায় ১৭ জনের মৃত্যু",
     "খুলনার কাছে আঘাত হানা ঘূর্ণিঝড় আসনায় ১৭ জনের মৃত্যু হয়েছে, ১২ লাখ মানুষকে আশ্রয়কেন্দ্রে নেওয়া হয়েছে।"),
    ("cyclone-bd", "hi", "ndtv.example", "2026-05-05T11:00:00Z",
     "बांग्लादेश में चक्रवात असना से 17 की मौत",
     "चक्रवात असना ने खुलना के पास 130 किमी प्रति घंटे की रफ्तार से दस्तक दी, 17 लोगों की मौत हो गई।"),
    ("cyclone-bd", "fr", "france24.example", "2026-05-05T12:00:00Z",
     "Bangladesh : le cyclone Asna fait 17 morts",
     "Le cyclone Asna a touché terre près de Khulna ; 1,2 million de personnes ont été évacuées."),
    ("cyclone-bd", "id", "kompas.example", "2026-05-05T13:00:00Z",
     "Topan Asna tewaskan 17 orang di Bangladesh",
     "Topan Asna menghantam dekat Khulna dengan kecepatan angin 130 km/jam dan menewaskan 17 orang."),

    # Peru earthquake, 2026-05-06 (another disaster the same days).
    ("quake-peru", "es", "elcomercio.example", "2026-05-06T15:00:00Z",
     "Sismo de magnitud 6,4 sacude Arequipa y deja 3 muertos",
     "Un sismo de magnitud 6,4 con epicentro cerca de Arequipa dejó 3 muertos y 40 heridos, "
     "informó el Instituto Geofísico del Perú."),
    ("quake-peru", "en", "apnews.example", "2026-05-06T16:00:00Z",
     "Magnitude 6.4 quake in southern Peru kills 3",
     "A magnitude 6.4 earthquake near Arequipa in southern Peru killed 3 people and injured 40."),
    ("quake-peru", "ja", "nhk.example", "2026-05-06T17:00:00Z",
     "ペルー南部でM6.4の地震、3人死亡",
     "ペルー南部アレキパ付近でマグニチュード6.4の地震があり、3人が死亡、40人がけがをした。"),
    ("quake-peru", "tr", "aa.example", "2026-05-06T18:00:00Z",
     "Peru'da 6,4 büyüklüğünde deprem: 3 ölü",
     "Peru'nun güneyindeki Arequipa yakınlarında meydana gelen 6,4 büyüklüğündeki depremde 3 kişi öldü, 40 kişi yaralandı."),
    ("quake-peru", "fa", "bbcpersian.example", "2026-05-06T19:00:00Z",
     "زلزله ۶.۴ ریشتری در جنوب پرو سه کشته برجای گذاشت",
     "زلزله‌ای به بزرگی ۶.۴ در نزدیکی آرکیپا در جنوب پرو ۳ کشته و ۴۰ زخمی برجای گذاشت."),
]


def main():
    docs = sorted(DOCS, key=lambda d: (d[3], d[2]))
    path = os.path.join(ROOT, "summaries.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for i, (story, lang, site, published, title, text) in enumerate(docs, 1):
            fh.write(json.dumps(dict(id=i, url=f"https://{site}/{story}/{i}", title=title,
                                     text=text, published=published, language=lang, site=site,
                                     story=story), ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents -> {path}")


if __name__ == "__main__":
    main()
