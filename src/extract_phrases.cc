// The data of extract_phrases.h; see there. One phrase a line, grouped by language.
#include "extract_phrases.h"

namespace newsdesk::extract_internal::phrases {
namespace {

constexpr std::string_view kSentenceEndsData[] = {
    "…", "”", "“",  "’",  "—",  "–",  "»",  "«",  "׃", "״", "׳", "؟", "۔",
    "।", "॥", "。", "！", "？", "．", "」", "』", "։", "።", "။", "។", "៕",
};

constexpr std::string_view kShortLineStartsData[] = {
    "related posts",
    "related content",
    "explore further",
    "more from",
    "more on this",
    "you may also like",
    "you might also like",
    "recommended",
    "most popular",
    "most read",
    "trending",
    "about the author",
    "leave a comment",
    "leave a reply",
    "comments",
    "this entry was posted",
    "posted in",
    "filed under",
    "tags:",
    "newsletter",
    "das könnte sie auch",
    "das könnte dich auch",
    "schon gelesen",
    "über den autor",
    "top themen",
    "aktuelle news",
    "weitere artikel",
    "weitere themen",
    "zum weiterlesen",
    "kommentare",
    "kontakt:",
    "verwandte artikel",
    "vos réactions",
    "sur le même sujet",
    "notas relacionadas",
    "noticias relacionadas",
    "te puede interesar",
    "zobacz także",
    "polecamy",
    "leggi anche",
    "potrebbe interessarti",
    "read more",
    "read also",
    "see also",
    "related:",
    "related articles",
    "related stories",
    "share this",
    "share on",
    "share:",
    // a share bar's title and a like button's "Loading..." (de, fr, es, it)
    "teilen mit",
    "wird geladen",
    "chargement",
    "cargando",
    "caricamento",
    // a like button's label over its "Loading..." line, when the two make one line
    "like loading",
    "gefällt mir wird geladen",
    "j'aime chargement",
    "j’aime chargement",
    "me gusta cargando",
    "mi piace caricamento",
    "advertisement",
    "advertising",
    "sponsored",
    "loading",
    "click here",
    "subscribe",
    "sign up",
    "follow us",
    "all rights reserved",
    "copyright",
    "©",
    "photo:",
    "foto:",
    "bild:",
    "image:",
    "weiterlesen",
    "mehr zum thema",
    "lesen sie auch",
    "lesen sie mehr",
    "auch interessant",
    "anzeige",
    "werbung",
    "zum artikel",
    "mehr dazu",
    "lire aussi",
    "lire la suite",
    "à lire aussi",
    "voir aussi",
    "publicité",
    "partager",
    "leer más",
    "lea también",
    "publicidad",
    "compartir",
    "czytaj też",
    "czytaj także",
    "czytaj więcej",
    "czytaj również",
    "przeczytaj również",
    "przeczytaj też",
    "przeczytaj także",
    "reklama",
    "udostępnij",
    "קרא עוד",
    "קראו עוד",
    "לכתבה המלאה",
    "פרסומת",
    "اقرأ أيضا",
    "اقرأ المزيد",
    "إعلان",
    "ähnliche artikel",
    "meistgelesen",
    "empfohlene artikel",
    "folgen sie uns",
    "jetzt abonnieren",
    "mehr aus dem ressort",
    "articles similaires",
    "à découvrir aussi",
    "sur le même thème",
    "commentaires",
    "abonnez-vous",
    "inscrivez-vous",
    "suivez-nous",
    "artículos relacionados",
    "comentarios",
    "suscríbete",
    "síguenos",
    "lo más leído",
    "articoli correlati",
    "condividi",
    "commenti",
    "iscriviti",
    "pubblicità",
    "i più letti",
    "leia também",
    "leia mais",
    "veja também",
    "notícias relacionadas",
    "compartilhe",
    "comentários",
    "publicidade",
    "mais lidas",
    "komentarze",
    "podobne artykuły",
    "najczęściej czytane",
    "obserwuj nas",
    "lees ook",
    "lees meer",
    "gerelateerde artikelen",
    "reacties",
    "advertentie",
    "читайте также",
    "читать далее",
    "похожие новости",
    "поделиться",
    "комментарии",
    "подписывайтесь",
    "реклама",
    "читайте також",
    "ilgili haberler",
    "paylaş",
    "yorumlar",
    "reklam",
    // an embedded Instagram post's attribution and link: en, de, fr, es, it, pt, ru, uk, tr
    "a post shared by",
    "view this post on instagram",
    "ein beitrag geteilt von",
    "une publication partagée par",
    "una publicación compartida de",
    "una publicación compartida por",
    "un post condiviso da",
    "uma publicação compartilhada por",
    "публикация от",
    "допис, поширений",
    "переглянути цей допис в instagram",
    "bu gönderiyi instagram'da gör",
    // sv, no, el (capitals drop the accent), th, zh: an ad slot's label
    "annons",
    "annonse",
    "διαφήμιση",
    "διαφημιση",
    "โฆษณา",
    "廣告",
    "广告",
    "כתבות נוספות",
    "עוד בנושא",
    "הכי נקראים",
    "הנקראים ביותר",
    "שתפו",
    "תגובות",
    "הירשמו",
    "לכל הכתבות",
    "מומלצים",
    "לייענט אויך",
    "מער ארטיקלען",
    "טיילט",
    "קאמענטארן",
    "אבאנירט",
    "مواضيع ذات صلة",
    "أخبار ذات صلة",
    "الأكثر قراءة",
    // "share" and what follows it in a share bar; "شارك" alone is a label (kShareLabels):
    // it is also "took part", opening one-sentence paragraphs
    "شارك المقال",
    "شارك الخبر",
    "شارك هذا",
    "شارك على",
    "شارك عبر",
    "تابعونا",
    "اشترك",
    "التعليقات",
    "اقرأ ايضا",
    "بیشتر بخوانید",
    "مطالب مرتبط",
    "اخبار مرتبط",
    "پربازدیدترین",
    "انتهای پیام",  // "end of message", closing an agency's report
    "پایان پیام",
    "اشتراک گذاری",
    "نظرات",
    "بخوانید",
    "関連記事",
    "あわせて読みたい",
    "シェア",
    "相关新闻",
    "相关文章",
    "分享到",
    "推荐阅读",
    "관련기사",
    "관련 기사",
    // "continues below the ad" labels between paragraphs, and the furniture of languages
    // the lists above lack (not words that open prose too: Romanian "publicitate", Korean
    // "광고", Japanese "広告"): en, de, fr, es, it, pt, pl, ru
    "continue reading below",
    "story continues below",
    "article continues below",
    "weiter nach der anzeige",
    "artikel wird unter der werbung fortgesetzt",
    "la suite après cette publicité",
    "l'article continue après la publicité",
    "continúa después de la publicidad",
    "l'articolo continua",
    "continua após a publicidade",
    "continua depois da publicidade",
    "continua depois do anúncio",
    "dalsza część artykułu",
    "продолжение ниже",
    "продолжение после рекламы",
    "читайте нас в",
    // cs, ro, hi, ur, ko, ja
    "pokračování článku",
    "čtěte také",
    "přečtěte si také",
    "související články",
    "nejčtenější",
    "sdílet",
    "citește și",
    "citeşte şi",  // the cedilla forms of ș and ț, which Romanian pages mix with the comma's
    "citeste si",
    "articolul continuă",
    "cele mai citite",
    "distribuie",
    "urmărește-ne",
    "urmăreşte-ne",
    "विज्ञापन",
    "اشتہار",   // ur: an ad slot's label
    "বিজ্ঞাপন",  // bn, ta: an ad slot's label
    "விளம்பரம்",
    "আরও পড়ুন",  // bn, zh: a "read also" list's label
    "延伸閱讀",
    "延伸阅读",
    // "read also" labels and comment headings: sk, hu, bg, hr/sr/bs (Latin and Cyrillic),
    // sl, lt, lv, et, ka, hy
    "čítajte aj",
    "čítajte tiež",
    "komentáre",
    "olvassa el ezt is",
    "ezt is olvasta már",
    "hozzászólások",
    "прочетете още",
    "прочетете също",
    "коментари",
    "pročitajte i:",
    "pročitajte i ",
    "pročitajte još",
    "pročitajte više",
    "прочитајте још",
    "прочитајте и:",
    "прочитајте и ",
    "komentari",
    "preberite še",
    "preberite tudi",
    "komentarji",
    "taip pat skaitykite",
    "skaitykite taip pat",
    // "read also" labels and comment headings: ca, gl, eu, sq, mk, az, kk, uz, ne, ta, km, my,
    // am, ms
    "llegiu també",
    "llegeix també",
    "comentaris",
    "le tamén",
    "lea tamén",
    "irakurri ere",
    "irakurri baita",
    "lexo edhe",
    "lexoni edhe",
    "komente",
    "прочитајте уште",
    "прочитај уште",
    "həmçinin oxuyun",
    "həmçinin oxu:",
    "сондай-ақ оқыңыз",
    "yana o‘qing",
    "yana o'qing",
    "shuningdek o‘qing",
    "shuningdek o'qing",
    "यो पनि पढ्नुहोस्",
    "यो पनि पढ्नुस्",
    "இதையும் படிக்க",
    "இதையும் படிங்க",
    "អានបន្ថែម",
    "ဆက်စပ်သတင်း",
    "ተጨማሪ ያንብቡ",
    "baca juga",
    "komentarai",
    "lasiet arī",
    "lasi arī",
    "komentāri",
    "loe ka:",
    "loe ka ",
    "loe lisaks",
    "kommentaarid",
    "ასევე წაიკითხეთ",
    "წაიკითხეთ ასევე",
    "კომენტარები",
    "կարդացեք նաև",
    "կարդացեք նաեւ",
    "մեկնաբանություններ",
    "यह भी पढ़ें",
    "ये भी पढ़ें",
    "सबसे ज्यादा पढ़ी",
    "많이 본 뉴스",
    "記事の続き",
    "アクセスランキング",
    // An audio player's label over the text ("Artikel anhören 6:42 Min."): en, de, fr, es,
    // it, pt, pl, nl, sv
    "listen to this article",
    "listen to this story",
    "artikel anhören",
    "beitrag anhören",
    "artikel vorlesen lassen",
    "écouter cet article",
    "écouter l'article",
    "écouter l’article",
    "escuchar este artículo",
    "escucha este artículo",
    "ascolta l'articolo",
    "ascolta l’articolo",
    "ascolta questo articolo",
    "ouvir este artigo",
    "ouvir artigo",
    "posłuchaj artykułu",
    "artikel beluisteren",
    "lyssna på artikeln",
};

constexpr std::string_view kSocialNetworksData[] = {
    "twitter",    "facebook",  "instagram",  "whatsapp",  "telegram",   "linkedin", "youtube",
    "newsletter", "subscribe", "abonnieren", "follow us", "folgen sie", "tiktok",   "pinterest",
};

constexpr std::string_view kLegalStartsData[] = {
    "this document is subject to copyright",
    "citation:",
    "all rights reserved",
    "copyright ©",
    "© copyright",
    "this article was originally published",
    "this story was originally",
    // The note that the story first ran elsewhere (the group's other paper, the print
    // weekly): en, de, fr, es, it, nl, pl
    "this article originally appeared",
    "this story originally appeared",
    "this article first appeared",
    "this story first appeared",
    "dieser artikel erschien zuerst",
    "dieser beitrag erschien zuerst",
    "der artikel erschien zuerst",
    "dieser text erschien zuerst",
    "dieser artikel ist zuerst",
    "dieser beitrag ist zuerst",
    "cet article a d'abord été publié",
    "cet article a d’abord été publié",
    "cet article a été initialement publié",
    "este artículo se publicó originalmente",
    "este artículo fue publicado originalmente",
    "questo articolo è stato pubblicato originariamente",
    "dit artikel verscheen eerder",
    "dit artikel verscheen eerst",
    "artykuł ukazał się pierwotnie",
    // The print edition's note ("A version of this article appears in print on ...,
    // Section A, Page 14"): en, de, fr, es.
    "a version of this article appears in print",
    "a version of this article appeared in print",
    "dieser artikel erschien in der printausgabe",
    "dieser artikel ist in der printausgabe",
    "eine version dieses artikels erschien",
    "une version de cet article est parue",
    "cet article est paru dans l'édition",
    "cet article est paru dans l’édition",
    "una versión de este artículo apareció",
    "este artículo apareció en la edición impresa",
    "este artículo se publicó en la edición impresa",
    // A broadcaster's note of the programme that carried the story (a provenance note):
    // de, en, fr, nl
    "über dieses thema berichtete",
    "dieses thema im programm",
    "this story aired on",
    "this report aired on",
    "ce sujet a été diffusé",
    "ce reportage a été diffusé",
    "dit onderwerp was te zien",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "reporting by",
    "additional reporting by",
    "(reporting by",
    "writing by",
    "editing by",
    "compiled by",
    "mit material von",
    "mitarbeit:",
    "tutti i diritti riservati",
    "todos os direitos reservados",
    "wszelkie prawa zastrzeżone",
    "alle rechten voorbehouden",
    "все права защищены",
    "כל הזכויות שמורות",
    "جميع الحقوق محفوظة",
    "تمامی حقوق",
    "版权所有",
    // A portal's note of the headline the source printed ("原标题：..."), zh
    "原标题：",
    "原标题:",
    "原標題：",
    "無断転載",
    "著作権",
};

constexpr std::string_view kDisclaimersData[] = {
    // A contribution's note that it speaks for its writer, not the publication ("Dieser
    // Beitrag gibt die Meinung des Autors wieder", "The views expressed in this article are
    // those of the author", "n'engagent que leurs auteurs"): de, en, fr.
    "meinung des autors wieder",
    "meinung der autorin wieder",
    "meinung der autoren wieder",
    "views expressed in this article are those of",
    "views expressed are those of the author",
    "opinions expressed in this article are those of",
    "opinions expressed are those of the author",
    "engagent que leur",
    "engage que son auteur",
    "engage que leur auteur",
    // Advertising and affiliate disclosures.
    "enthält werbung",
    "enthält affiliate",
    "affiliate-links",
    "affiliate links",
    "contains affiliate",
    "we may earn a commission",
    "erhalten wir eine provision",
    "erhalten wir eine kleine provision",
    "bekommen wir eine provision",
    "bekommen wir eine kleine provision",
    "links kennzeichnen wir mit einem sternchen",
    "mit einem sternchen (*) gekennzeichnet",
    "mit sternchen (*) gekennzeichnet",
    "mit einem sternchen gekennzeichneten links",
    "we earn a commission",
    "we may receive a commission",
    "we receive a commission",
    "as an amazon associate",
    "nous percevons une commission",
    "nous touchons une commission",
    "podemos recibir una comisión",
    "recibimos una comisión",
    "potremmo ricevere una commissione",
    "riceviamo una commissione",
    "podemos receber uma comissão",
    "recebemos uma comissão",
    "otrzymujemy prowizję",
    "możemy otrzymać prowizję",
    "ontvangen wij een commissie",
    "ontvangen we een commissie",
    "אנו עשויים לקבל עמלה",
    "قد نحصل على عمولة",
    "contient des liens affiliés",
    "liens d'affiliation",
    "contiene enlaces de afiliados",
    "link di affiliazione",
    "linki afiliacyjne",
    "תוכן שיווקי",
    "محتوى مدعوم",
    "محتوى إعلاني",
    "رپرتاژ آگهی",
    // Consent placeholders of blocked embedded content.
    "respektieren deine privatsph",
    "respektieren ihre privatsph",
    "externe inhalte angezeigt",
    "externer inhalt",
    "we respect your privacy",
    "to view this content",
    "contenu externe",
    "contenido externo",
    "contenuto esterno",
    "תוכן חיצוני",
    "محتوى خارجي",
    "محتوای خارجی",
    // Data-protection notes closing a mailing or its web version ("The controller of your
    // personal data is the publisher", "Administratorem Twoich danych osobowych jest ..."),
    // in the second person that only such a note uses.
    "controller of your personal data",
    "verantwortlich für die verarbeitung ihrer",
    "verantwortliche für die verarbeitung ihrer",
    "responsable du traitement de vos données",
    "responsable del tratamiento de sus datos",
    "responsable del tratamiento de tus datos",
    "titolare del trattamento dei tuoi dati",
    "titolare del trattamento dei suoi dati",
    "responsável pelo tratamento dos seus dados",
    "administratorem twoich danych osobowych",
    "administratorem pani/pana danych osobowych",
    "administratorem państwa danych osobowych",
    // Licence notes of a text ("Dieser Text wurde veröffentlicht unter der Lizenz CC-BY").
    "unter der lizenz cc",
    "unter einer creative commons",
    "under a creative commons",
    "licensed under cc",
    "sous licence creative commons",
    "sous une licence creative commons",
    "bajo una licencia creative commons",
    "bajo licencia creative commons",
    "pod licencją creative commons",
    // Blog post metadata of common themes ("This entry was posted in ... Bookmark the
    // permalink", "... durch den RSS 2.0 Feed verfolgen"), as their translations say it.
    "this entry was posted in",
    "bookmark the permalink",
    "lesezeichen auf den permalink",
    "lesezeichen für den permalink",
    "rss 2.0 feed",
    "mettez-le en favori avec son permalien",
    "guarda el enlace permanente",
    "aggiungi ai segnalibri il permalink",
    "bezpośredniego odnośnika",
    "bookmark de permalink",
    "постоянную ссылку",
    "הקישור הקבוע",
    "الرابط الدائم",
    "پیوند یکتا",
};

// The clause of a licence note that makes an exception of some of the content ("Sofern
// nicht anders angegeben, stehen die Texte unter CC BY-SA", "Unless otherwise stated, all
// texts are available under CC BY 4.0"): prose says it too ("gelten, sofern nicht anders
// angegeben, auch an Feiertagen"), so a note only beside a kLicenceNames entry. de, en, fr,
// es, it, pt, pl, nl
constexpr std::string_view kLicenceClausesData[] = {
    "sofern nicht anders angegeben",
    "sofern nicht anders ausgewiesen",
    "soweit nicht anders angegeben",
    "wenn nicht anders angegeben",
    "unless otherwise stated",
    "unless otherwise noted",
    "unless otherwise indicated",
    "except where otherwise noted",
    "sauf mention contraire",
    "sauf indication contraire",
    "salvo que se indique lo contrario",
    "salvo indicación contraria",
    "salvo diversa indicazione",
    "se non diversamente indicato",
    "salvo indicação em contrário",
    "o ile nie zaznaczono inaczej",
    "tenzij anders vermeld",
    "tenzij anders aangegeven",
};

// A licence's name, or the word for a licence: "licen" opens en "licence", "license",
// "licensed", fr/es "licence", "licencia", it "licenza", pt "licença", pl "licencja", nl
// "licentie"; de "Lizenz".
constexpr std::string_view kLicenceNamesData[] = {
    "creative commons", "cc by", "cc-by", "cc0", "licen", "lizenz"};

// Appeals for support: donations, memberships, "this magazine has no paywall, help us"
// (a box after the body, often several sentences).
constexpr std::string_view kAppealsData[] = {
    // en
    "support our journalism",
    "support independent journalism",
    "support our work",
    "support us with",
    "please donate",
    "donate now",
    "make a donation",
    "consider donating",
    "become a supporter",
    "become a patron",
    "support local journalism",
    "support quality journalism",
    "support independent media",
    "we have a small favour to ask",
    "we have a small favor to ask",
    "please support us",
    // de
    "unterstütze uns",
    "unterstützen sie uns",
    "unterstütze unser",
    "unterstützen sie unser",
    "brauchen wir deine unterstützung",
    "brauchen wir ihre unterstützung",
    "jetzt spenden",
    "mit einer spende",
    "unterstützen sie unabhängigen",
    "unterstütze unabhängigen",
    "unterstützen sie guten journalismus",
    "unterstützen sie qualitätsjournalismus",
    "wir haben eine kleine bitte",
    // fr
    "soutenez-nous",
    "soutenez notre",
    "faites un don",
    "faire un don",
    "soutenez le journalisme",
    "soutenez l'information",
    "soutenez une presse",
    "soutenez la presse",
    // es, it, pt
    "apóyanos",
    "apoya nuestro",
    "haz una donación",
    "apoya el periodismo",
    "apoya al periodismo",
    "apoye el periodismo",
    "sostieni il giornalismo",
    "sostieni l'informazione",
    "apoie o jornalismo",
    "sostienici",
    "sostieni il nostro",
    "fai una donazione",
    "apoie-nos",
    "apoie o nosso",
    "faça uma doação",
    // gl, ca, es, pt: a medium "funded by its readers" (the appeal's usual opening), gl, ca
    "financiado polas súas lectoras",
    "financiado polos seus lectores",
    "financiat pels seus lectors",
    "financiat per les seves lectores",
    "financiado por sus lectores",
    "financiado pelos seus leitores",
    "apoia o xornalismo",
    "dona suport al periodisme",
    // pl, nl, ru
    "wesprzyj nas",
    "wesprzyj nasz",
    "przekaż nam 1%",
    "wpłać darowiznę",
    "wesprzyj niezależne",
    "wspieraj niezależne",
    "steun ons",
    "doneer nu",
    "steun onafhankelijke journalistiek",
    "поддержите нас",
    "поддержать нас",
    "поддержите независимую",
    // uk, tr, sv, el, id
    "підтримайте нас",
    "підтримайте незалежн",
    "станьте донатором",
    "bağımsız gazeteciliği destekleyin",
    "bize destek olun",
    "stöd oberoende journalistik",
    "stöd vår journalistik",
    "στηρίξτε την ανεξάρτητη",
    "στηρίξτε μας",
    "dukung jurnalisme",
    // he, yi, ar, fa
    "תמכו בנו",
    "לתרומה",
    "תמכו בעיתונות",
    "תמכו בעיתונאות",
    "שטיצט אונז",
    "ادعمنا",
    "تبرع الآن",
    "ادعم الصحافة",
    "ادعموا الصحافة",
    "از ما حمایت کنید",
};

// Calls to join or subscribe that close an appeal ("Become a member today ...", "Hazte
// socio"): news prose too ("she became a member of the club"), so furniture only as the
// text's last paragraphs.
constexpr std::string_view kMembershipCallsData[] = {
    // en, de
    "become a member", "become a subscriber", "join us today", "join our community of",
    "werden sie mitglied", "werde mitglied", "jetzt mitglied werden", "werden sie abonnent",
    "jetzt abonnieren",
    // fr, es, it, pt
    "devenez membre", "devenez abonné", "abonnez-vous", "hazte socio", "hazte socia",
    "hazte miembro", "suscríbete", "diventa socio", "diventa sostenitore", "abbonati ora",
    "torne-se membro", "seja membro", "seja sócio", "assine agora", "assine já",
    // pl, he, ar
    "zostań członkiem", "zostań patronem", "zostań patronką", "wykup prenumeratę", "הצטרפו כמנויים",
    "הצטרפו למועדון", "הירשמו למינוי", "اشترك الآن", "انضم إلينا"};

// Note marks opening a remark on the page after the text (Japanese, Chinese, Korean).
constexpr std::string_view kNoteMarksData[] = {"※", "＊", "注：", "註：", "注:", "주:", "참고:"};

// ASCII emoticons ending a blog's sign-off as a stop would.
constexpr std::string_view kEmoticonsData[] = {":)", ";)", "=)", ":-)", ";-)", ":D", ":-D",
                                               ":P", "(:", "<3", "xD",  "XD",  "^^"};

// Cookie notices: en, de, pl, fr, it, es, pt, nl, tr, el, ru, id, vi, th, ja, zh, ko, uk,
// hi, bn, fi, sv, da, no, sw, tl, he, ar, fa, ur, cs, sk, hu, ro, bg, hr/sr/bs (Latin and
// Cyrillic), sl, lt, lv, et, ka, hy, ca, gl, eu, sq, mk, az, kk, uz, ne, ta, km, my, am, ms,
// yi, ckb.
constexpr std::string_view kCookieNoticesData[] = {
    "was sind cookies",
    "verwendet cookies",
    "nutzt cookies",
    "uses cookies",
    "we use cookies",
    "z cookies",
    "plików cookies",
    "utilise des cookies",
    "utilizza cookie",
    "utilizziamo cookie",
    "utiliza cookies",
    "utilizamos cookies",
    "usamos cookies",
    "gebruikt cookies",
    "gebruiken cookies",
    "maakt gebruik van cookies",
    "çerez kullan",
    "çerezler kullan",
    "çerezleri kullan",
    "χρησιμοποιεί cookies",
    "χρησιμοποιούμε cookies",
    "использует cookie",
    "используем cookie",
    "menggunakan cookie",
    "sử dụng cookie",
    "ใช้คุกกี้",
    "クッキーを使用",
    "cookieを使用",
    "使用cookie",
    "쿠키를 사용",
    "використовує файли cookie",
    "використовуємо файли cookie",
    "कुकीज़ का उपयोग",
    "कुकीज का उपयोग",
    "কুকি ব্যবহার",
    "käytämme evästeitä",
    "käyttää evästeitä",
    "använder cookies",
    "bruger cookies",
    "bruker cookies",
    "bruker informasjonskapsler",
    "inatumia vidakuzi",
    "tunatumia vidakuzi",
    " ng cookies",
    "משתמש בעוגיות",
    "משתמשים בעוגיות",
    "ملفات تعريف الارتباط",
    "از کوکی",
    "کوکیز استعمال",
    "soubory cookie",
    "používáme cookies",
    "súbory cookie",
    "používame cookies",
    "sütiket használ",
    "sütik használat",
    "folosește cookie",
    "folosim cookie",
    "utilizează cookie",
    "използва бисквитки",
    "използваме бисквитки",
    "koristi kolačiće",
    "koristimo kolačiće",
    "користи колачиће",
    "користимо колачиће",
    "uporablja piškotke",
    "uporabljamo piškotke",
    "naudojami slapukai",
    "naudoja slapukus",
    "naudojame slapukus",
    "izmanto sīkdatnes",
    "izmantojam sīkdatnes",
    "kasutab küpsiseid",
    "kasutame küpsiseid",
    "იყენებს ქუქი",
    "ვიყენებთ ქუქი",
    "օգտագործում է քուքի",
    "օգտագործում ենք քուքի",
    "utilitza galetes",
    "utilitzem galetes",
    "fa servir galetes",
    "emprega cookies",
    "empregamos cookies",
    "cookieak erabiltzen",
    "përdor cookies",
    "përdorim cookies",
    "користи колачиња",
    "користиме колачиња",
    "kukilərdən istifadə",
    "cookie файлдарын пайдалан",
    "cookie-fayllardan foydalan",
    "कुकीज प्रयोग",
    "कुकी प्रयोग",
    "குக்கீகளைப் பயன்படுத்து",
    "ប្រើខូឃី",
    "ကွတ်ကီးများကို အသုံးပြု",
    "ኩኪዎችን ይጠቀማል",
    "menggunakan kuki",
    "använder kakor",
    "ניצט קוקיס",
    "کووکی بەکاردەهێنێت",
};

constexpr std::string_view kCallsToActionData[] = {
    "kommentare zu schreiben",
    "kommentar zu schreiben",
    "um zu kommentieren",
    "artikel teilen",
    "beitrag teilen",
    "auch interessieren",
    "if you enjoyed",
    "enjoyed this post",
    "enjoyed reading",
    // Old tools lines under the text ("Print | Send to a friend | Comment"): en, de, fr,
    // es, pt, it, pl, nl
    "send to a friend",
    "email to a friend",
    "e-mail to a friend",
    "an einen freund senden",
    "artikel weiterempfehlen",
    "envoyer à un ami",
    "enviar a un amigo",
    "envie para um amigo",
    "enviar para um amigo",
    "invia a un amico",
    "wyślij znajomemu",
    "stuur door naar een vriend",
    // Calls to log in to comment in more languages: it, fr, es, nl, tr, pl, id, ru
    "accedi per commentare",
    "connectez-vous pour commenter",
    "inicia sesión para comentar",
    "log in om te reageren",
    "inloggen om te reageren",
    "yorum yapmak için giriş",
    "zaloguj się, aby skomentować",
    "login untuk berkomentar",
    "masuk untuk berkomentar",
    "войдите, чтобы оставить комментарий",
    // A notice that only members may comment, set where the comment form would be: en, de,
    // fr, es (WordPress's "You must be logged in to post a comment." among them)
    "logged in to post a comment",
    "logged in to comment",
    "logged in to leave a comment",
    "kommentieren zu können",
    "angemeldet sein, um einen kommentar",
    "eingeloggt sein, um einen kommentar",
    "connecté pour publier un commentaire",
    "connecté pour commenter",
    "conectado para publicar un comentario",
    "respektieren deine privatsph",
    "respektieren ihre privatsph",
    "stay up-to-date",
    "stay up to date",
    "canal de youtube",
    "youtube-kanal",
    "subskrypcji",
    ".php on line",
    // A browser's prompt to allow the site's push notifications: en, de, fr, es, it, pt, pl, nl
    "allow notifications",
    "enable notifications",
    "turn on notifications",
    "benachrichtigungen aktivieren",
    "benachrichtigungen erlauben",
    "benachrichtigungen zulassen",
    "activer les notifications",
    "autoriser les notifications",
    "activar notificaciones",
    "activar las notificaciones",
    "permitir notificaciones",
    "attiva le notifiche",
    "consenti le notifiche",
    "ativar notificações",
    "permitir notificações",
    "włącz powiadomienia",
    "zezwól na powiadomienia",
    "meldingen toestaan",
    "meldingen inschakelen",
    // A script widget's placeholder ("Please turn on JavaScript to use this feature"):
    // en, de, fr, es, it, pt.
    "turn on javascript",
    "enable javascript",
    "javascript is disabled",
    "javascript aktivieren",
    "aktivieren sie javascript",
    "aktiviere javascript",
    "activer javascript",
    "activez javascript",
    "activar javascript",
    "activa javascript",
    "habilitar javascript",
    "habilita javascript",
    "attivare javascript",
    "attiva javascript",
    "ativar o javascript",
    "ative o javascript",
    // Calls to log in to comment: lv, lt, et, hr/sr/bs, cs
    "lai komentētu, lūdzu",
    "norėdami komentuoti, prisijunkite",
    "kommenteerimiseks palun",
    "kommenteerimiseks logi",
    "za komentiranje se morate",
    "za komentiranje je potrebn",
    "pro přidání komentáře",
    // ca, ms
    "per comentar cal",
    "log masuk untuk",
    // Newsletter calls ("Schauen Sie mal in unseren Musiknewsletter!").
    "newsletter",
    "ניוזלטר",
    "النشرة البريدية",
    "خبرنامه",
    // Downloads of the page and the publisher's app.
    "als pdf herunterladen",
    "download as pdf",
    "download the pdf",
    "télécharger en pdf",
    "télécharger le pdf",
    "descargar en pdf",
    "scarica il pdf",
    "pobierz pdf",
    "скачать pdf",
    "download our app",
    "get our app",
    "unsere app",
    "notre application",
    "nuestra app",
    "האפליקציה שלנו",
    "הורידו את האפליקציה",
    "حمّل تطبيق",
    "حمل تطبيق",
    "تطبيقنا",
    "اپلیکیشن ما",
    // A notice that the reader's browser is too old, shown over or before the page ("Dein
    // Browser ist leider veraltet." / "Lade ... einen neueren Browser ... herunter"): en,
    // de, fr, es, it, pt, pl, nl.
    "browser is outdated",
    "browser is out of date",
    "outdated browser",
    "update your browser",
    "upgrade your browser",
    "newer browser",
    "browser ist veraltet",
    "browser ist leider veraltet",
    "veralteten browser",
    "neueren browser",
    "aktuellen browser",
    "navigateur est obsolète",
    "navigateur obsolète",
    "mettre à jour votre navigateur",
    "navegador está desactualizado",
    "navegador desactualizado",
    "actualiza tu navegador",
    "actualice su navegador",
    "browser non è aggiornato",
    "browser obsoleto",
    "aggiorna il tuo browser",
    "navegador está desatualizado",
    "navegador desatualizado",
    "atualize seu navegador",
    "atualize o seu navegador",
    "przeglądarka jest nieaktualna",
    "przestarzała przeglądarka",
    "zaktualizuj przeglądarkę",
    "browser is verouderd",
    "verouderde browser",
    "update je browser",
};

constexpr std::string_view kEndMarksData[] = {
    "ends", "end", "انتهى", "انتهي", "انتهی", "نهاية", "پایان", "סוף", "конец",
};

constexpr std::string_view kShareLabelsData[] = {
    // en, de, fr, es, it, pt, pl, nl, sv, ar
    "share",        "teilen",     "tweet", "tweeten", "partager", "compartir", "condividi",
    "compartilhar", "udostępnij", "delen", "dela",    "شارك",     "شارك:",
};

constexpr std::string_view kShopLabelsData[] = {
    // en, de, fr, es, it, pt, pl, nl
    "shop now",      "buy now",      "to the shop",  "zum shop",  "jetzt kaufen",
    "jetzt shoppen", "acheter",      "voir l'offre", "comprar",   "comprar ahora",
    "acquista",      "acquista ora", "compre agora", "kup teraz", "naar de winkel",
};

constexpr std::string_view kAdLabelsData[] = {
    // hu, ro, cs, sk, hr/sr/bs/sl, fi, da, et, lv, es, pt, it, id/ms, vi, ko, ja, sw, tl; fa
    // (also "propaganda", "campaigning"), ckb, yi (with and without its vowel points); ka, hy;
    // fa-AF (Dari) and ar without the hamza: اعلان
    "hirdetés",
    "publicitate",
    "reclamă",
    "reclama",
    "inzerce",
    "inzercia",
    "oglas",
    "mainos",
    "annonce",
    "reklaam",
    "reklāma",
    "anuncio",
    "anúncio",
    "annuncio",
    "iklan",
    "quảng cáo",
    "광고",
    "広告",
    "tangazo",
    "matangazo",
    "patalastas",
    "تبلیغات",
    "ڕیکلام",
    "ریکلام",
    "אַנאָנס",
    "אנאנס",
    "რეკლამა",
    "գովազդ",
    "اعلان",
    // eu, sq, kk, km, my, am
    "publizitatea",
    "reklamë",
    "жарнама",
    "ពាណិជ្ជកម្ម",
    "ကြော်ငြာ",
    "ማስታወቂያ",
};

constexpr std::string_view kMinuteUnitsData[] = {
    // en, de, fr/es/it/pt/pl/cs/sv/..., nl, hu, tr, ru/uk, he, ar, zh/ja, ko
    "min", "mins", "minutes", "minute", "minuten", "minuut", "perc",
    "dk",  "мин",  "хв",      "דק׳",    "دقيقة",   "分",     "분",
};

constexpr std::string_view kVerdictLabelsData[] = {
    // en, de, fr, es, it, pt, pl, nl, cs
    "pro:",
    "pros:",
    "con:",
    "cons:",
    "the good:",
    "the bad:",
    "contra:",
    "plus:",
    "minus:",
    "vorteile:",
    "nachteile:",
    "pour :",
    "contre :",
    "les plus :",
    "les moins :",
    "on aime :",
    "on n'aime pas :",
    "a favor:",
    "en contra:",
    "lo mejor:",
    "lo peor:",
    "pregi:",
    "difetti:",
    "contro:",
    "prós:",
    "contras:",
    "pontos positivos:",
    "pontos negativos:",
    "zalety:",
    "wady:",
    "plusy:",
    "minusy:",
    "pluspunten:",
    "minpunten:",
    "klady:",
    "zápory:",
};

constexpr std::string_view kCopyrightMarksData[] = {
    "©", "(c)", "copyright", "copyright ©", "copyright (c)",
};

constexpr std::string_view kCaptionCreditsData[] = {
    // the last row: hu "Fotó:", bg "Снимка:", lt "Nuotr." (before the photographer), ka, hy
    "photo:",
    "foto:",
    "bild:",
    "credit:",
    "getty images",
    "/afp",
    "/dpa",
    "/reuters",
    "©",
    "photo by",
    "foto von",
    "crédit photo",
    "фото:",
    "צילום:",
    "تصوير:",
    "عکس:",
    "تصویر:",
    "فوٹو:",
    "फोटो:",
    "फ़ोटो:",
    "写真：",
    "사진=",
    "사진 =",
    "撮影・",
    "撮影：",
    "图片来源",
    "圖片來源",
    // a file photo's mark ("（资料图）") and a Korean agency's resale note on a photo it was
    // given ("[곡성군 제공. 재판매 및 DB 금지]")
    "资料图",
    "資料圖",
    "재판매 및 db 금지",
    "fotó:",
    "снимка:",
    "nuotr.",
    "ფოტო:",
    "լուսանկարը՝",
    "լուսանկարը:",
    // eu, bn, ta, km, my, am (its wordspace colon ፡), ms ("- Foto NSTP/name")
    "argazkia:",
    "ছবি:",
    "படம்:",
    "រូបភាព៖",
    "ဓာတ်ပုံ -",
    "ဓာတ်ပုံ:",
    "ፎቶ፡",
    "- foto ",
};

constexpr std::string_view kSourceLabelsData[] = {
    // en, es, pt, nl, pl, tr, ru, uk, ar, zh, ko
    "source:",
    "fuente:",
    "fonte:",
    "bron:",
    "źródło:",
    "kaynak:",
    "источник:",
    "джерело:",
    "المصدر:",
    "来源：",
    "來源：",
    "来源:",
    "출처:",
    // plural and German, French, Italian: en, de, fr, es, it, pt, nl, pl
    "sources:",
    "sources :",
    "source :",
    "quelle:",
    "quellen:",
    "fuentes:",
    "fonti:",
    "fontes:",
    "bronnen:",
    "źródła:",
};

constexpr std::string_view kSourceBoxTitlesData[] = {
    // en, de, fr, es, it, pt, nl, pl, sv, da/no
    "sources",
    "sources used",
    "our sources",
    "quellen",
    "verwendete quellen",
    "genutzte quellen",
    "benutzte quellen",
    "sources utilisées",
    "nos sources",
    "fuentes",
    "fuentes consultadas",
    "fuentes utilizadas",
    "fonti",
    "fonti utilizzate",
    "fontes",
    "fontes consultadas",
    "bronnen",
    "gebruikte bronnen",
    "źródła",
    "wykorzystane źródła",
    "källor",
    "kilder",
};

constexpr std::string_view kDatelineStartsData[] = {
    "published",    "updated",     "last updated", "posted on",  "veröffentlicht",  "aktualisiert",
    "stand:",       "erstellt am", "publié",       "mis à jour", "publicado",       "actualizado",
    "opublikowano", "aggiornato",  "pubblicato",   "posted by",  "eingestellt von", "最終更新",
};

constexpr std::string_view kCreditsData[] = {
    "getty images",
    "©",
    "(c) ",
    "foto:",
    "photo:",
    "bild:",
    "fotos:",
    "photos:",
    "credit:",
    "imago",
    "shutterstock",
    "istock",
    "picture alliance",
    "picture-alliance",
    "keystone",
    "/afp",
    "afp/",
    "/dpa",
    "dpa/",
    "/reuters",
    "reuters/",
    "/ ap",
    "ap /",
    "image source",
    "bildquelle",
    "quelle:",
    "abbildung:",
    "crédit photo",
    "crédits photo",
    "fot.",
    // hu, bg, lt, ka, hy
    "fotó:",
    "снимка:",
    "nuotr.",
    "ფოტო:",
    "լուսանկարը՝",
    "լուսանկարը:",
    "фото:",
    // eu, bn, ta, km, my, am
    "argazkia:",
    "ছবি:",
    "படம்:",
    "រូបភាព៖",
    "ဓာတ်ပုံ -",
    "ဓာတ်ပုံ:",
    "ፎቶ፡",
    "fotoğraf:",
    "צילום:",
    "קרדיט:",
    "تصوير:",
    "الصورة:",
    "عکس:",
    "تصویر:",  // fa, ur
    "فوٹو:",   // ur ("فائل فوٹو:", file photo)
    "फोटो:",   // hi, with and without the nukta
    "फ़ोटो:",
    "写真：",
    "图片来源",
    // a credit set before the photographer or after the source's link: en, de, fr, es
    "photograph by",
    "photographs by",
    "photo by",
    "photos by",
    "image by",
    "image via",
    "photo via",
    "foto von",
    "fotos von",
    "foto via",
    "bild via",
    "photo : ",
    "crédit : ",
    "fotografía:",
    // the Guardian's style of credit after a caption ("Photograph: name/agency")
    "photograph:",
    "photographs:",
};

constexpr std::string_view kBylinePrefixesData[] = {
    "by ",
    "von ",
    "par ",
    "por ",
    "di ",
    "door ",
    "av ",
    "autor:",
    "author:",
    "text:",
    // a blog's "Posted by", and the word label of fr, it, es/pt (feminine), de (feminine)
    "posted by ",
    // Blogger's "Posted by" as its de, nl, pt and pl pages print it ("Eingestellt von Max")
    "eingestellt von ",
    "geplaatst door ",
    "postado por ",
    "opublikowane przez ",
    "auteur:",
    "auteur : ",
    "autore:",
    "autora:",
    "autorin:",
    // da "Af", fi "Teksti:", tl "Ni"
    "af ",
    "teksti: ",
    "ni ",
    "מאת: ",
    "מאת ",
    // yi (פֿ precomposed, with its rafe, and without it)
    "פֿון ",
    "פֿון ",
    "פון ",
    "פון: ",
    // a podcast's or a show's host: en, de, fr, es, it, pt, pl
    "hosted by ",
    "moderiert von ",
    "animé par ",
    "conducido por ",
    "condotto da ",
    "apresentado por ",
    "prowadzący: ",
    // "published by", "written by" in en, de, fr, es/pt, it, nl, and "Author" without its
    // colon
    "written by ",
    "veröffentlicht von ",
    "geschrieben von ",
    "ein beitrag von ",
    "beitrag von ",
    // en "published by"; "created by", "written by" as CMSs print them: de (Plone's
    // "erstellt von"), fr ("posted by" in nl is with Blogger's labels above)
    "published by ",
    "erstellt von ",
    "verfasst von ",
    "rédigé par ",
    "publié par ",
    "écrit par ",
    "publicado por ",
    "escrito por ",
    "pubblicato da ",
    "scritto da ",
    "gepubliceerd door ",
    "geschreven door ",
    "author ",
    // a photo essay's reporter, who wrote and photographed it: en, de, fr, es, it, pt, nl, sv
    "words and pictures by ",
    "words and photographs by ",
    "text and photos by ",
    "text und fotos: ",
    "text und bilder: ",
    "texte et photos : ",
    "texte et photos: ",
    "texto y fotos: ",
    "testo e foto di ",
    "texto e fotos: ",
    "tekst en foto's: ",
    "text och bild: ",
    // an interview's credit
    "propos recueillis par ",
    "interview: ",
    // the interview's writer, who wrote it up too: de, en, fr, es, it, nl
    "text und interview: ",
    "interview und text: ",
    "text and interview: ",
    "interview and text by ",
    "texte et entretien : ",
    "propos recueillis et texte : ",
    "texto y entrevista: ",
    "entrevista y texto: ",
    "testo e intervista di ",
    "tekst en interview: ",
    // a documentary's maker, as a radio's or a film's page credits them: fr, en, de, es, it,
    // pt
    "un documentaire de ",
    "a documentary by ",
    "ein film von ",
    "ein feature von ",
    "un documental de ",
    "un documentario di ",
    "um documentário de ",
    "interviewed by ",
    "das gespräch führte ",
    // Drupal's "Submitted by" as its en, de, fr and nl pages print it ("Gespeichert von
    // human am 7. Juli 2019"), and the word label "Artikel von:" / "Article by"
    "submitted by ",
    "gespeichert von ",
    "soumis par ",
    "ingezonden door ",
    "artikel von ",
    "article by ",
    // ru, he, ar, fa, hi, zh, ja
    "автор:",
    "текст:",
    // hu, sr (Cyrillic), hr/sr/bs "Piše:" (writes), sl, lt, lv, ka, hy
    "szerző: ",
    "аутор: ",
    "пише: ",
    "piše: ",
    "avtor: ",
    "autorius: ",
    "autors: ",
    "ავტორი: ",
    "հեղինակ՝ ",
    "հեղինակ: ",
    // sq "Nga" (from), eu, az, ta, km
    "nga ",
    "egilea: ",
    "müəllif: ",
    "எழுதியவர்: ",
    "ដោយ៖ ",
    "ដោយ ",
    "כתב: ",
    "כתבה: ",  // he: its feminine form
    "كتب: ",
    "كتب ",  // ar: "wrote", the Egyptian papers' byline, and its feminine form
    "كتبت ",
    "بقلم: ",
    "بقلم ",
    "حرر بواسطة: ",  // ar: "edited by", the Gulf papers' byline
    "حرر بواسطة ",
    "نویسنده: ",
    "نوشته: ",
    "گزارشگر: ",      // fa (Dari): reporter
    "خبریال: ",       // ps: reporter
    "ئامادەکردنی: ",  // ckb: prepared by
    "مۇخبىر: ",       // ug: reporter
    "ލިޔުނީ: ",          // dv: written by
    "रिपोर्ट: ",
    "लेखक: ",
    "संवाददाता: ",
    // ur, th, id, tr, vi, el, sw
    "رپورٹ: ",
    "نووسەر: ",  // ckb, ps: writer
    "لیکوال: ",
    "تحریر: ",
    "โดย ",
    "โดย: ",
    "ผู้เขียน: ",
    "ผู้เขียน ",
    "oleh: ",
    "oleh ",
    "penulis: ",
    "penulis ",
    "yazan: ",
    "yazar ",
    "tác giả: ",
    "γράφει: ",
    "γράφει ",
    // Greek signs a byline with the name in the genitive after its article ("Της Μαρίας
    // Παπαδοπούλου"); Swahili with "Na" ("Na Juma Hamisi")
    "του ",
    "της ",
    "των ",
    "na ",
    "作者：",
    "作者:",
    "记者：",
    "文／",
    "文/",
    "聞き手・",
    "聞き手：",
    "文・",
};

constexpr std::string_view kPaywallCallsData[] = {
    "subscribe to continue reading",
    "subscribe to read",
    "subscribe now to continue",
    "sign in to continue reading",
    "log in to continue reading",
    "sign in to read",
    "this article is for subscribers",
    "this content is for subscribers",
    "this article is reserved for subscribers",
    "already a subscriber",
    "create a free account to continue",
    "to continue reading, please",
    "jetzt abonnieren und weiterlesen",
    "um weiterzulesen",
    "exklusiv für abonnenten",
    "mit plus weiterlesen",
    "artikel freischalten",
    "abonnez-vous pour lire",
    "réservé aux abonnés",
    "pour lire la suite",
    "suscríbete para seguir leyendo",
    "exclusivo para suscriptores",
    "abbonati per continuare",
    "riservato agli abbonati",
    "assine para continuar lendo",
    "exclusivo para assinantes",
    "zaloguj się, aby czytać",
    "treść dostępna dla subskrybentów",
    "подпишитесь, чтобы",
    "доступно только подписчикам",
    "לקריאת הכתבה המלאה",
    "למנויים בלבד",
    "התחברו כדי להמשיך",
    "اشترك لمتابعة القراءة",
    "للمشتركين فقط",
    "برای ادامه مطالعه",
    "続きを読むには",
    "会员专享",
    "to read the full article",
    "this article continues for subscribers",
    "για να διαβάσετε ολόκληρο το άρθρο",
    "γίνετε συνδρομητής",
    "μόνο για συνδρομητές",
    "okumaya devam etmek için",
    "abonelere özel",
    "лише для передплатників",
    "щоб читати далі",
    "untuk membaca artikel selengkapnya",
    "khusus pelanggan",
    "유료 회원 전용",
    // nl, sv, da/no, fi, cs, sk, hu, ro
    "om verder te lezen",
    "alleen voor abonnees",
    "exclusief voor abonnees",
    "al abonnee?",
    "för att läsa vidare",
    "endast för prenumeranter",
    "redan prenumerant",
    "kun for abonnenter",
    "allerede abonnent",
    "vain tilaajille",
    "pouze pro předplatitele",
    "len pre predplatiteľov",
    "csak előfizetőknek",
    "doar pentru abonați",
    "doar pentru abonaţi",
    // session 26: he, fa, tr, ar, ru, hi, ja, zh, id, en, de, fr, es, pt, it
    "זמינה למנויים",
    "כדי להמשיך לקרוא",
    "برای مشاهده ادامه",
    "وارد حساب کاربری خود شوید",
    "devamını okumak için abone",
    "zaten abone misiniz",
    "لقراءة المقال كاملا",
    "لمتابعة القراءة",
    "чтобы продолжить чтение",
    "чтобы читать дальше",
    "पूरी खबर पढ़ने के लिए",
    "有料会員限定",
    "会員限定記事",
    "订阅后阅读全文",
    "登录后查看全文",
    "berlangganan untuk membaca",
    "continue reading with a subscription",
    "nur für abonnenten",
    "bereits abonnent",
    "schon abonnent",
    "bereits ein abo",
    "bereits ein digitalabo",
    "bereits ein digital-abo",
    "weiterlesen mit",
    "abonnez-vous pour continuer",
    "la suite est réservée",
    "para seguir leyendo",
    "para continuar lendo",
    "per continuare a leggere",
};

constexpr std::string_view kBylineMoreLinksData[] = {
    // en, de, fr, es, it, pt, nl, pl
    "view all posts",
    "all posts by",
    "all articles",
    "more articles",
    "more from",
    "alle artikel",
    "alle beiträge",
    "alles von",
    "mehr von",
    "mehr artikel",
    "weitere artikel",
    "tous les articles",
    "voir tous les articles",
    "plus d'articles",
    "todos los artículos",
    "ver todos los artículos",
    "más artículos",
    "tutti gli articoli",
    "altri articoli",
    "todos os artigos",
    "mais artigos",
    "alle artikelen",
    "meer artikelen",
    "wszystkie artykuły",
    "więcej artykułów",
    // an author box's profile links
    "google+",
};

constexpr std::string_view kBylineMoreWordsData[] = {
    // en, de, fr, es/pt, it, nl, pl
    "more", "mehr", "plus", "más", "mais", "altro", "meer", "więcej",
};

constexpr std::string_view kBylinePlaceholdersData[] = {
    // en, de, fr, es, it, pt, nl, pl
    "no author",
    "unknown",
    "unknown author",
    "author",
    "publisher",
    "anonymous",
    "n/a",
    "none",
    "null",
    "undefined",
    "kein autor",
    "unbekannt",
    "auteur inconnu",
    "sans auteur",
    "autor desconocido",
    "sin autor",
    "autore sconosciuto",
    "autor desconhecido",
    "onbekend",
    "nieznany",
    "brak autora",
};

constexpr std::string_view kSignOffSourcesData[] = {
    // wire agencies
    "afp", "ap", "dpa", "reuters", "kna", "epd", "apa", "sda", "ats", "ansa", "efe", "anp", "pap",
    "belga", "ctk", "tass", "xinhua", "kyodo", "yonhap", "upi", "tt", "ntb", "ritzau", "stt",
    "lusa", "adnkronos",
    // "agencies": en, de, fr, es, it, pt, nl, pl
    "agencies", "agenturen", "agences", "agencias", "agenzie", "agências", "agentschappen",
    "agencje"};

constexpr std::string_view kBylineCommentLinksData[] = {
    // en, de, fr, es, it, pt, pl, nl
    "no comments",
    "leave a comment",
    "add a comment",
    "no comments yet",
    "keine kommentare",
    "hinterlasse einen kommentar",
    "schreibe einen kommentar",
    "kein kommentar",
    "noch keine kommentare",
    "kommentar schreiben",
    "aucun commentaire",
    "laisser un commentaire",
    "sin comentarios",
    "deja un comentario",
    "nessun commento",
    "lascia un commento",
    "sem comentários",
    "deixe um comentário",
    "brak komentarzy",
    "dodaj komentarz",
    "geen reacties",
    "geen reactie",
    "reageer",
    // ru, uk, tr, he, yi, ar, fa, ur, hi, id, vi, th, ko, ja, zh
    "нет комментариев",
    "комментариев нет",
    "немає коментарів",
    "yorum yok",
    "yorum yap",
    "אין תגובות",
    "הוסיפו תגובה",
    "קיין קאָמענטאַרן",
    "لا توجد تعليقات",
    "لا تعليقات",
    "أضف تعليقا",
    "بدون دیدگاه",
    "دیدگاهی ندارید",
    "کوئی تبصرہ نہیں",
    "कोई टिप्पणी नहीं",
    "टिप्पणी करें",
    "tidak ada komentar",
    "tulis komentar",
    "chưa có bình luận",
    "bình luận",
    "ไม่มีความคิดเห็น",
    "댓글 없음",
    "댓글쓰기",
    "コメントはまだありません",
    "コメントする",
    "暂无评论",
    "发表评论",
};

constexpr std::string_view kBylineDateWordsData[] = {
    // en
    "on", "at", "posted", "posted on", "published", "published on", "updated", "last updated",
    // de
    "am", "um", "uhr", "vom", "stand", "stand:", "veröffentlicht", "veröffentlicht am",
    "publiziert", "publiziert am", "aktualisiert", "aktualisiert am", "erschienen", "erschienen am",
    "erstellt am",
    // fr, es, it, pt
    "le", "publié", "publié le", "mis à jour", "el", "publicado", "publicado el", "actualizado",
    "il", "pubblicato", "pubblicato il", "aggiornato", "em", "publicado em", "atualizado",
    // nl, pl, da, no, sv
    "op", "gepubliceerd", "gepubliceerd op", "dnia", "opublikowano", "den", "publiceret",
    "publisert", "publicerad", "uppdaterad", "opdateret", "oppdatert",
    // fi
    "julkaistu", "päivitetty", "klo",
    // tr
    "yayınlanma", "yayınlanma:", "yayınlandı", "güncelleme", "güncelleme:", "güncellendi",
    // he, yi, ar, fa
    "פורסם", "עודכן", "ב-", "ארויסגעגעבן", "نشر", "نشر في",
    "تاريخ النشر:", "تاریخ انتشار:", "انتشار:",
    // km: the weekdays ("day" glued to the name) and ទី before the day ("ថ្ងៃព្រហស្បតិ៍ ទី៤
    // ខែធ្នូ", Thursday the 4th of December)
    "ថ្ងៃអាទិត្យ", "ថ្ងៃច័ន្ទ", "ថ្ងៃអង្គារ", "ថ្ងៃពុធ", "ថ្ងៃព្រហស្បតិ៍", "ថ្ងៃសុក្រ", "ថ្ងៃសៅរ៍", "ទី"};

constexpr std::string_view kUpdateLabelsData[] = {
    // en, de, fr, es, it, pt
    "updated", "update:", "last modified", "aktualisiert", "stand:", "geändert", "mis à jour",
    "modifié le", "actualizado", "actualización", "aggiornato", "atualizado", "atualização",
    // nl, pl, ru, uk, tr, vi, id, sv, da, no, el
    "bijgewerkt", "zaktualizowano", "aktualizacja", "обновлено", "оновлено", "güncellendi",
    "güncelleme", "cập nhật", "diperbarui", "uppdaterad", "opdateret", "oppdatert", "ενημερώθηκε",
    // fi
    "päivitetty",
    // he, yi, ar, fa, ur, zh, ja, ko
    "עודכן", "עדכון", "דערהײַנטיקט", "تحديث", "تم التحديث", "به‌روزرسانی", "بروزرسانی",
    "به روز شده", "اپ ڈیٹ", "更新", "수정"};

constexpr std::string_view kLiveLabelsData[] = {
    // en, de, nl
    "live", "live updates", "live blog", "liveblog", "live coverage", "ticker", "live ticker",
    "liveticker", "live-ticker", "newsblog", "news-ticker", "newsticker",
    // fr, es, it, pt
    "direct", "en direct", "directo", "en directo", "en vivo", "minuto a minuto", "diretta",
    "in diretta", "ao vivo", "em direto", "tempo real", "em tempo real",
    // pl, cs, ru, uk, tr, vi, id
    "na żywo", "relacja na żywo", "živě", "онлайн", "трансляция", "текстовая трансляция", "наживо",
    "онлайн-трансляція", "canlı", "canlı blog", "trực tiếp", "langsung",
    // he, ar, fa, hi, zh, ja, ko
    "בשידור חי", "לייב", "עדכונים שוטפים", "مباشر", "بث مباشر", "تغطية مباشرة", "لحظة بلحظة",
    "زنده", "لحظه به لحظه", "लाइव", "लाइव अपडेट", "直播", "图文直播", "ライブ", "速報", "라이브"};

constexpr std::string_view kHomeLinkNamesData[] = {
    // en, de, nl
    "home", "homepage", "home page", "start", "front page", "news", "startseite", "übersicht",
    "nachrichten", "aktuelles", "voorpagina",
    // fr, es, it, pt, pl, cs, ru, uk, tr, vi, id
    "accueil", "actualités", "inicio", "portada", "noticias", "pagina iniziale", "notizie",
    "início", "página inicial", "strona główna", "úvod", "главная", "головна", "anasayfa",
    "ana sayfa", "trang chủ", "beranda",
    // he, yi, ar, fa, ur, hi, zh, ja, ko
    "ראשי", "דף הבית", "עמוד ראשי", "היים", "الرئيسية", "الصفحة الرئيسية", "خانه", "صفحه اصلی",
    "صفحہ اول", "होम", "首页", "首頁", "ホーム", "홈"};

constexpr std::string_view kDeskBylinesData[] = {
    // en
    "staff", "staff reporter", "staff writer", "editorial staff", "newsroom", "news desk",
    "newsdesk", "web desk", "the editors", "editorial team", "editorial board",
    // de, nl
    "redaktion", "die redaktion", "online-redaktion", "onlineredaktion", "nachrichtenredaktion",
    "redactie", "de redactie",
    // fr, es, it, pt
    "rédaction", "la rédaction", "redacción", "la redacción", "redazione", "la redazione",
    "redazione online", "redação", "da redação", "redacção",
    // pl, cs, ro, ru, uk, tr, el
    "redakcja", "redakce", "redacția", "redacţia", "redactia", "редакция", "редакція",
    "haber merkezi", "editör", "σύνταξη", "συντακτική ομάδα",
    // id, vi, he, ar, fa
    "redaksi", "tim redaksi", "ban biên tập", "מערכת", "המערכת", "التحرير", "هيئة التحرير",
    "تحریریه", "ویب ڈیسک",
    // ur, ar: agencies, the credit of a wire story
    "ایجنسیاں", "ایجنسی", "وكالات",
    // ur: the special correspondent, staff reporter and monitoring desk of a daily
    "نمائندہ خصوصی", "اسٹاف رپورٹر", "سٹاف رپورٹر", "مانیٹرنگ ڈیسک",
    // "our correspondent", "our staff reporter": the formula of a newsroom's report, after
    // its preposition (kDeskBylineLabels: "Na Mwandishi Wetu", "Von unserem
    // Korrespondenten", "De notre correspondant"). en, de, fr, es, it, pt, pl
    "our correspondent", "our correspondents", "a correspondent", "our staff reporter",
    "a staff reporter", "our reporter", "our special correspondent", "unserem korrespondenten",
    "unserer korrespondentin", "unseren korrespondenten", "unserem redakteur",
    "unserer redakteurin", "notre correspondant", "notre correspondante", "notre envoyé spécial",
    "notre envoyée spéciale", "nuestro corresponsal", "nuestra corresponsal",
    "nuestro enviado especial", "nostro corrispondente", "nostra corrispondente", "nostro inviato",
    "nostra inviata", "nosso correspondente", "nossa correspondente", "naszego korespondenta",
    "naszej korespondentki",
    // sw, ru, uk, cs, tr, he, ar, fa, bn, hi (the last two unmarked: "staff reporter")
    "mwandishi wetu", "waandishi wetu", "нашего корреспондента", "наш корреспондент",
    "нашого кореспондента", "наш кореспондент", "našeho zpravodaje", "naší zpravodajky",
    "muhabirimiz", "כתבנו", "مراسلنا", "مراسلتنا", "خبرنگار ما", "নিজস্ব প্রতিবেদক", "निज संवाददाता",
    "हमारे संवाददाता"};

constexpr std::string_view kDeskBylineLabelsData[] = {
    // en, de, fr, es, it, pt, pl, cs
    "by", "from", "von", "vom", "de", "par", "por", "del", "dal", "dalla", "da", "di", "do", "od",
    // sw, ru, uk, he, ar, fa
    "na", "от", "від", "מאת", "من", "از"};

constexpr std::string_view kBylineCategoryPrepositionsData[] = {
    // en, de, it, nl ("in"), fr, es/ca, pt, pl, sv/da/no
    "in", "dans", "en", "em", "w", "i"};

constexpr std::string_view kBylineDeskPrepositionsData[] = {
    // pt, es, fr, it, ca, gl, en, de, nl
    "da", "do",     "das", "dos",   "de",  "em",    "no", "na",   "desde", "en",     "del",
    "à",  "depuis", "dal", "dalla", "des", "dende", "in", "from", "aus",   "vanuit", "uit"};

// Case endings glued to a place's name that a story's first word may carry: locative
// endings of scripts without case, whose datelines print the place inflected rather than
// before a separator. Examples:
//   bn "চট্টগ্রামে", "ঢাকায়"; as "গুৱাহাটীত"
//   ne "काठमाडौंमा"; mr "मुंबईत"; gu "અમદાવાદમાં"
//   ta "சென்னையில்"; ml "കൊച്ചിയിൽ"
//   te "విజయవాడలో"; or "କଟକରେ"
constexpr std::string_view kPlaceCaseEndingsData[] = {
    // bn (vowel sign e; ya with nukta, precomposed and not; "te"; independent e), as
    "\u09C7", "\u09DF", "\u09AF\u09BC", "\u09A4\u09C7", "\u098F", "\u09A4",
    // ne/hi "mā", mr "t", "madhye"
    "\u092E\u093E", "\u0924", "\u092E\u0927\u094D\u092F\u0947",
    // gu "mā̃"
    "\u0AAE\u0ABE\u0A82",
    // ta "yil", "il" (independent and vowel sign)
    "\u0BAF\u0BBF\u0BB2\u0BCD", "\u0B87\u0BB2\u0BCD", "\u0BBF\u0BB2\u0BCD",
    // ml "yil", "il"
    "\u0D2F\u0D3F\u0D7D", "\u0D3F\u0D7D",
    // te "lō" (after a zero-width non-joiner or not)
    "\u0C32\u0C4B", "\u200C\u0C32\u0C4B",
    // or "re"
    "\u0B30\u0B47"};

// Words that open the names of places and no person's name, lower case: a "Name, date" or
// "Name | date" under a headline opened by one is a dateline's place ("Nueva York, 4 de
// diciembre de 2026", "Bad Homburg, 4. Dezember 2026", "Nowy Sącz, 4 grudnia 2026").
constexpr std::string_view kPlaceOpenersData[] = {
    // en
    "new", "fort", "port", "mount", "lake", "saint", "st.",
    // es, pt, it, ca
    "nueva", "nuevo", "nova", "novo", "san", "santa", "santo", "são", "puerto", "porto", "ciudad",
    "cidade", "río", "villa", "vila", "monte",
    // fr
    "sainte", "ville",
    // de, nl
    "bad", "sankt", "neu", "groß", "klein", "ober", "unter", "nieuw",
    // pl, cs, sk, sl, hr, sr
    "nowy", "nowa", "nowe", "stary", "stara", "nové", "nový", "nová", "staré", "starý", "velké",
    "malé", "novi", "stari", "veliki", "velika"};

// Prepositions, lower case as printed, that put a place right after them in a story ("en
// Nueva York", "in Bad Homburg", "à Lyon", "em São Paulo", "i Bergen", "w Nowym Sączu"): a
// name under the headline that the story names after one is a place, not its reporter.
constexpr std::string_view kPlacePrepositionsData[] = {"in", "en", "em",  "à",   "i",
                                                       "w",  "v",  "aus", "uit", "desde"};

// pl, cs, sk, sl, hr, sr, bs, ru, uk: the place after them is declined (locative).
constexpr std::string_view kDecliningPlacePrepositionsData[] = {"w", "we", "v",  "ve",
                                                                "u", "в",  "во", "у"};

// Pairs: a vowel of a place's name, then the one its declined forms write for it in the
// stem (pl ó/o: "Biały Bór" "w Białym Borze", "Łódź" "w Łodzi"; cs ů/o: "Dvůr Králové"
// "ve Dvoře Králové").
constexpr std::string_view kPlaceStemAlternationsData[] = {"ó", "o", "ů", "o"};

constexpr std::string_view kBylineRolesData[] = {
    // en
    "correspondent", "reporter", "editor", "columnist", "journalist", "contributor", "critic",
    "photographer",
    // de (masculine, feminine)
    "korrespondent", "korrespondentin", "redakteur", "redakteurin", "reporterin", "journalistin",
    "kolumnist", "kolumnistin", "autorin",
    // fr
    "correspondant", "correspondante", "rédacteur", "rédactrice", "journaliste", "chroniqueur",
    "chroniqueuse", "envoyé", "envoyée", "reporteur", "reportrice",
    // es, it, pt
    "corresponsal", "redactor", "redactora", "periodista", "columnista", "enviado", "enviada",
    "redattore", "redattrice", "corrispondente", "giornalista", "inviato", "inviata",
    "editorialista", "correspondente", "repórter", "jornalista", "colunista", "editora",
    // nl, sv, da, no (with en's and de's "reporter", "journalist", "korrespondent")
    "verslaggever", "verslaggeefster", "redacteur", "redactrice", "redaktør", "redaktör",
    "skribent",
    // pl, cs
    "korespondent", "korespondentka", "redaktor", "redaktorka", "dziennikarz", "dziennikarka",
    "reporterka", "publicysta", "publicystka", "zpravodaj", "zpravodajka", "novinář", "novinářka"};

constexpr std::string_view kBylineRoleModifiersData[] = {
    // en (nl, sv, da, no write "freelance", "senior" too)
    "contributing", "senior", "chief", "staff", "deputy", "associate", "managing", "executive",
    "freelance", "special", "guest",
    // de (masculine, feminine)
    "freier", "freie", "leitender", "leitende", "stellvertretender", "stellvertretende",
    // pl, cs
    "starszy", "starsza", "zastępca", "zastępczyni", "zástupce", "zástupkyně"};

constexpr std::string_view kWeekdayOpenersData[] = {
    // vi ("Thứ Bảy", "Chủ Nhật"), ms/id ("Hari Sabtu"), cy ("Dydd Sadwrn"), ga ("Dé Sathairn")
    "thứ", "chủ", "hari", "dydd", "dé"};

constexpr std::string_view kDateAbbreviationsData[] = {
    // en, ru, uk, bg ("2026 г."), el: these also close sentences ("... at 10 a.m.")
    "a.m.", "p.m.", "г.", "гг.", "р.", "ч.", "π.μ.", "μ.μ."};

constexpr std::string_view kDatelineAbbreviationsData[] = {
    // th: น. (นาฬิกา, "o'clock"), the eras พ.ศ. and ค.ศ.; Thai writes no sentence stop
    "น.", "พ.ศ.", "ค.ศ."};

constexpr std::string_view kReporterWordsData[] = {
    // ko: reporter, senior reporter, correspondent
    "기자",
    "선임기자",
    "특파원",
    // zh (simplified, traditional): reporter, special correspondent
    "记者",
    "記者",
    "特约记者",
    "特派记者",
    "特派員",
    // zh: "our paper's reporter" (本报记者 王磊), written as one word
    "本报记者",
    "本報記者",
};

constexpr std::string_view kContributorWordsData[] = {
    // zh (simplified, traditional): correspondent, intern
    "通讯员", "通訊員", "实习生", "實習生"};

constexpr std::string_view kCasedReporterLabelsData[] = {
    // vi: reporter, its abbreviation; id: journalist, reporter
    "phóng viên ", "pv: ", "wartawan: ", "reporter: "};

constexpr std::string_view kReporterDesksData[] = {
    // ja: the news desks of a paper ("（経済部　佐藤健太）")
    "政治部", "経済部", "社会部", "国際部",     "外信部",       "文化部",   "科学部",   "生活部",
    "運動部", "地方部", "報道部", "科学医療部", "くらし報道部", "編集委員", "論説委員",
};

constexpr std::string_view kReporterBureauEndsData[] = {
    // ja: a bureau named by its place ("ワシントン支局", "北京総局"); zh: a reporter
    // station ("驻京记者站")
    "支局", "総局", "记者站", "記者站"};

constexpr std::string_view kPhotographedWordsData[] = {"摄", "攝", "撮影", "사진", "写真"};

constexpr std::string_view kPhotoCreditEndsData[] = {
    // zh ("记者 张伟 摄", "张伟/摄", "新华社记者 李贺 摄影"), ja ("＝5日、佐藤健太撮影")
    "摄", "攝", "摄影", "攝影", "撮影"};

constexpr std::string_view kPressNameEndsData[] = {
    // zh (simplified, traditional): daily, evening and morning paper, times, business
    // paper, news agency, news site, television station
    "日报", "日報", "晚报", "晚報", "早报", "早報", "时报", "時報", "商报", "商報", "通讯社",
    "通訊社", "新闻社", "新闻网", "新聞網", "电视台", "電視台",
    // ja: newspaper, newspaper company, news agency, broadcaster
    "新聞", "新聞社", "通信社", "放送",
    // ko: newspaper, daily, news agency, broadcaster
    "신문", "일보", "통신", "방송"};

constexpr std::string_view kClosingLineWordsData[] = {
    // sign-offs and greetings: en, de, fr, es, it, pt, pl, nl, vi
    "yours", "love", "cheers", "regards", "thanks", "happy", "merry", "greetings", "best", "eure",
    "euer", "eurer", "deine", "dein", "ihre", "ihr", "liebe", "lieben", "grüße", "gruß",
    "herzliche", "herzlichst", "frohe", "frohes", "schöne", "schönes", "viel", "viele", "danke",
    "ende", "bonne", "bon", "joyeux", "joyeuses", "merci", "bises", "amitiés", "feliz", "felices",
    "saludos", "gracias", "buon", "buona", "buone", "grazie", "saluti", "obrigado", "obrigada",
    "abraços", "wesołych", "pozdrawiam", "dziękuję", "groeten", "fijne", "prettige", "chúc", "cảm",
    // credits of a source: en, de, fr, es, it, pt, nl, pl, vi, id, tr
    "from", "via", "source", "sources", "agencies", "quelle", "quellen", "nach", "mit", "agenturen",
    "selon", "d'après", "avec", "agences", "según", "fuente", "fuentes", "secondo", "fonte",
    "fontes", "bron", "źródło", "theo", "nguồn", "sumber", "kaynak",
    // wire agencies
    "afp", "ap", "dpa", "reuters", "kna", "epd", "apa", "sda", "ansa", "efe", "anp", "pap", "ttxvn",
    "antara", "xinhua", "tass", "ria", "aa",
    // publications
    "times", "news", "post", "press", "presse", "zeitung", "journal", "magazine", "magazin",
    "tribune", "gazette", "herald", "daily", "tv", "radio"};

constexpr std::string_view kNameParticlesData[] = {
    "de",  "da",  "do",  "dos", "das", "di", "del", "della", "du",  "des",  "la", "le", "van",
    "von", "der", "den", "ter", "zu",  "y",  "e",   "bin",   "ibn", "bint", "al", "el"};

constexpr std::string_view kAuthorBiosData[] = {
    " is a reporter",
    " is a correspondent",
    " is a staff writer",
    " is a freelance",
    " is an editor",
    " is a senior editor",
    " is a contributing",
    " ist redakteur",
    " ist redakteurin",
    " ist korrespondent",
    " ist freie journalistin",
    " ist freier journalist",
    " est journaliste",
    " est rédacteur",
    " est correspondant",
    " es periodista",
    " es corresponsal",
    " è giornalista",
    " è un giornalista",
    " jest dziennikarzem",
    " jest dziennikarką",
    // The author's contact line closing a story ("Contact him at ...").
    "contact him at",
    "contact her at",
    "reach him at",
    "reach her at",
    "sie erreichen ihn unter",
    "sie erreichen sie unter",
    "sie erreichen die autorin unter",
    "sie erreichen den autor unter",
    "pour contacter l'auteur",
    "pour contacter l’auteur",
    "puede contactarlo en",
    "puede contactarla en",
};

// Titles of an author box ("About the author: Jane Doe"), the whole line or before a colon.
constexpr std::string_view kAuthorBoxTitlesData[] = {
    // en
    "about the author",
    "about the authors",
    "the author",
    "author info",
    "author",
    "authors",
    // de
    "über den autor",
    "über die autorin",
    "über die autoren",
    "zum autor",
    "zur autorin",
    "zu den autoren",
    "autoreninfo",
    "der autor",
    "die autorin",
    "autor",
    "autorin",
    "autoren",
    // fr, es, it, pt, pl, nl
    "à propos de l'auteur",
    "à propos de l’auteur",
    "l'auteur",
    "l’auteur",
    "auteur",
    "sobre el autor",
    "sobre la autora",
    "el autor",
    "sull'autore",
    "l'autore",
    "autore",
    "sobre o autor",
    "o autor",
    "o autorze",
    "over de auteur",
    // ru, uk, tr
    "об авторе",
    "автор",
    "про автора",
    "yazar hakkında",
    "yazar",
    // he, yi, ar, fa
    "על הכותב",
    "על הכותבת",
    "על המחבר",
    "אודות הכותב",
    "וועגן דעם מחבר",
    "عن الكاتب",
    "عن الكاتبة",
    "نبذة عن الكاتب",
    "عن المؤلف",
    "درباره نویسنده",
    // ja, zh, ko
    "著者について",
    "著者紹介",
    "关于作者",
    "作者简介",
    "作者簡介",
    "저자 소개",
    "기자 소개",
};

constexpr std::string_view kHebrewMonthsData[] = {
    "תשרי", "חשון", "חשוון", "מרחשון", "מרחשוון", "כסלו",  "כסליו", "טבת", "שבט",
    "אדר",  "ניסן", "אייר",  "איר",    "סיון",    "סיוון", "תמוז",  "אב",  "אלול",
};

constexpr std::string_view kSocialCallsData[] = {
    "follow", "folg", "abonn", "subscri", "sign up", "join", "like us", "teile",
};

constexpr std::string_view kViewCountsData[] = {
    // en, de, fr, es, it, pt, pl
    "views", "aufrufe", "vues", "visitas", "lecturas", "visualizzazioni", "visualizações",
    "wyświetleń",
    // a CMS's hit counter beside the date ("Hits: 96", "Zugriffe: 412", "Affichages : 96",
    // "Odsłon: 96"; Joomla's article info): en/nl, de, fr, pl
    "hits", "zugriffe", "affichages", "odsłon", "odsłony",
    // ru, uk, tr, vi, id, el
    "просмотров", "просмотры:", "переглядів", "перегляди:", "okunma", "görüntülenme", "lượt xem",
    "dilihat", "προβολές",
    // th ("อ่าน 2,315 ครั้ง"), zh, ko
    "อ่าน", "阅读", "閱讀", "瀏覽", "조회"};

constexpr std::string_view kCommentCountsData[] = {
    // en, de, fr, es, it, pt, pl, nl
    "comments", "responses", "replies", "kommentare", "commentaires", "réactions", "comentarios",
    "respuestas", "commenti", "comentários", "komentarze", "reacties",
    // ar ("١٢ تعليقا", "3 تعليقات"), fa ("۱۲ دیدگاه", "۳ نظر"), he, ur
    "تعليق", "تعليقا", "تعليقًا", "تعليقات", "التعليقات", "دیدگاه", "دیدگاه\u200cها", "دیدگاهها",
    "نظر", "نظرات", "תגובות", "תגובה", "تبصرے", "تبصرہ"};

constexpr std::string_view kCommentHeadingsData[] = {
    // en, de, fr, es, it, pt, pl, nl
    "comments", "reader comments", "kommentare", "leserkommentare", "commentaires", "comentarios",
    "commenti", "comentários", "komentarze", "reacties",
    // he, yi, ar, fa, ur, ps
    "תגובות", "טוקבקים", "קאמענטארן", "التعليقات", "تعليقات", "تعليقات القراء", "دیدگاه\u200cها",
    "دیدگاه ها", "دیدگاهها", "نظرات", "نظرات شما", "نظرات کاربران", "تبصرے", "نظرونه"};

constexpr std::string_view kCommentWordsData[] = {
    // en, de, fr, es, it, pt, pl
    "comments",   "commenting", "commenter", "kommentar", "commentaire",
    "comentario", "comentário", "commenti",  "commento",  "komentarz"};

constexpr std::string_view kCommentReplyLinksData[] = {
    // en, de, fr, es, it, pt, pl, nl, sv, da/no, cs, tr, ru, uk, he, ar, fa, ja, zh, ko
    "reply",        "reply to this comment",
    "antworten",    "auf diesen kommentar antworten",
    "répondre",     "responder",
    "rispondi",     "odpowiedz",
    "beantwoorden", "reageer",
    "svara",        "svar",
    "odpovědět",    "yanıtla",
    "cevapla",      "ответить",
    "відповісти",   "הגב",
    "השב",          "رد",
    "الرد",         "ردّ",
    "پاسخ",         "返信",
    "回复",         "回覆",
    "답글",         "답글쓰기"};

constexpr std::string_view kCommentsOnTitleData[] = {
    // en, de, fr, es, it, pt, nl, pl: the counts blog themes print over the comments
    "thought on",        "thoughts on",        "response to",     "responses to",
    "reply to",          "replies to",         "comment on",      "comments on",
    "gedanke zu",        "gedanken zu",        "antwort zu",      "antworten zu",
    "kommentar zu",      "kommentare zu",      "réflexion sur",   "réflexions sur",
    "réponse à",         "réponses à",         "commentaire sur", "commentaires sur",
    "comentario en",     "comentarios en",     "respuesta a",     "respuestas a",
    "pensamiento sobre", "pensamientos sobre", "commento su",     "commenti su",
    "risposta a",        "risposte a",         "pensiero su",     "pensieri su",
    "comentário em",     "comentários em",     "resposta para",   "respostas para",
    "pensamento sobre",  "pensamentos sobre",  "reactie op",      "reacties op",
    "gedachte over",     "gedachten over",     "komentarz do",    "komentarze do",
    "komentarzy do",     "odpowiedź na",       "odpowiedzi na"};

constexpr std::string_view kReadingTimesData[] = {
    // en
    "min read",
    "minute read",
    "minutes read",
    "reading time",
    // de
    "lesezeit",
    "lesedauer",
    // fr, es, it, pt
    "de lecture",
    "de lectura",
    "di lettura",
    "de leitura",
    // pl, nl, ru, uk, tr
    "czas czytania",
    "min czytania",
    "leestijd",
    "время чтения",
    "мин чтения",
    "час читання",
    "okuma süresi",
    "dk okuma",
    // he, ar, fa
    "זמן קריאה",
    "דקות קריאה",
    "وقت القراءة",
    "مدة القراءة",
    "دقائق للقراءة",
    "زمان مطالعه",
    "دقیقه مطالعه",
    // ja, zh, ko
    "読了時間",
    "阅读时间",
    "閱讀時間",
    "읽는 시간",
};

constexpr std::string_view kServerDiagnosticsData[] = {
    "Warning: ", "Notice: ", "Deprecated: ", "Fatal error: ", "Parse error: ", "Strict Standards: ",
};

constexpr std::string_view kBioCopulasData[] = {
    // en, nl; de; fr
    "is",
    "was",
    "ist",
    "war",
    "est",
    "était",
    // es, it, pt
    "es",
    "era",
    "è",
    "é",
    "foi",
    // pl
    "jest",
    "był",
    "była",
    // he, yi, ar
    "הוא",
    "היא",
    "הינו",
    "הינה",
    "איז",
    "هو",
    "هي",
};

constexpr std::string_view kBioRolesData[] = {
    // en
    "founder",
    "co-founder",
    "cofounder",
    "journalist",
    "reporter",
    "correspondent",
    "editor",
    "writer",
    "author",
    "columnist",
    "contributor",
    "consultant",
    "professor",
    "lecturer",
    "researcher",
    "analyst",
    "lawyer",
    "attorney",
    "partner",
    "ceo",
    "director",
    "blogger",
    "photographer",
    "freelance",
    // de
    "gründ",
    "mitgründ",
    "journalist",
    "redakteur",
    "korrespondent",
    "autor",
    "kolumnist",
    "berater",
    "dozent",
    "forscher",
    "wissenschaftler",
    "rechtsanwalt",
    "anwalt",
    "fachanwalt",
    "geschäftsführer",
    "inhaber",
    "fotograf",
    "freie",
    "freier",
    // fr
    "fondat",
    "cofondat",
    "journaliste",
    "correspondant",
    "rédact",
    "auteur",
    "autrice",
    "chroniqueu",
    "professeur",
    "chercheu",
    "avocat",
    "directeur",
    "directrice",
    "associé",
    // es, it, pt
    "fundador",
    "periodista",
    "reportero",
    "corresponsal",
    "redactor",
    "columnista",
    "consultor",
    "profesor",
    "investigador",
    "abogado",
    "fondatore",
    "giornalista",
    "corrispondente",
    "redattore",
    "autore",
    "editorialista",
    "consulente",
    "professore",
    "ricercatore",
    "avvocato",
    "direttore",
    "jornalista",
    "repórter",
    "correspondente",
    "redator",
    "colunista",
    "pesquisador",
    "advogado",
    "diretor",
    // pl, nl
    "założyciel",
    "dziennikar",
    "korespondent",
    "redaktor",
    "felietonist",
    "konsultant",
    "profesor",
    "badacz",
    "adwokat",
    "prawnik",
    "dyrektor",
    "analityk",
    "oprichter",
    "verslaggever",
    "redacteur",
    "adviseur",
    "hoogleraar",
    "onderzoeker",
    "advocaat",
    // he
    "עיתונא",
    "כתב",
    "עורך",
    "עורכת",
    "מייסד",
    "חוקר",
    "פרופסור",
    "פרשן",
    "סופר",
    "מרצה",
    // yi
    "זשורנאליסט",
    "רעדאקטאר",
    "שרייבער",
    "פראפעסאר",
    "גרינדער",
    "קארעספאנדענט",
    // ar
    "صحفي",
    "كاتب",
    "مراسل",
    "محرر",
    "مؤسس",
    "باحث",
    "أستاذ",
    "محلل",
    "محام",
};

constexpr std::string_view kBioNotNamesData[] = {
    // en
    "the",
    "a",
    "an",
    "this",
    "that",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "there",
    // de
    "der",
    "die",
    "das",
    "dies",
    "ein",
    "eine",
    "er",
    "sie",
    "es",
    "man",
    "wir",
    // fr
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "il",
    "elle",
    "ce",
    "cela",
    // es, it
    "el",
    "los",
    "las",
    "lo",
    "una",
    "ella",
    "esto",
    "esta",
    "este",
    "gli",
    "uno",
    "lui",
    "lei",
    "questo",
    "questa",
    // pt, pl, nl
    "o",
    "os",
    "as",
    "um",
    "uma",
    "ele",
    "ela",
    "isto",
    "isso",
    "to",
    "ten",
    "ta",
    "on",
    "ona",
    "ono",
    "oni",
    "co",
    "de",
    "het",
    "een",
    "hij",
    "zij",
    "dit",
    "dat",
    // he, yi, ar
    "זה",
    "זו",
    "זאת",
    "הם",
    "דאס",
    "ער",
    "זי",
    "هذا",
    "هذه",
    "ذلك",
};

// Titles of a box about the person a Q&A interview speaks with ("Zur Person", "About the
// interviewee"), the whole line or before a colon. Not "About the author" (kAuthorBoxTitles).
constexpr std::string_view kPersonBoxTitlesData[] = {
    // de
    "zur person",
    "zu den personen",
    "zum gesprächspartner",
    "zur gesprächspartnerin",
    "zum interviewpartner",
    "zur interviewpartnerin",
    // en
    "about the interviewee",
    "about the interviewees",
    "the interviewee",
    "about our guest",
    // fr
    "à propos de l'interviewé",
    "à propos de l'interviewée",
    "à propos de l’interviewé",
    "à propos de l’interviewée",
    "qui est-il ?",
    "qui est-elle ?",
    "qui est-il?",
    "qui est-elle?",
    "bio express",
    // es
    "sobre el entrevistado",
    "sobre la entrevistada",
    "el entrevistado",
    "la entrevistada",
    "quién es",
    // it
    "chi è",
    "l'intervistato",
    "l'intervistata",
    "l’intervistato",
    "l’intervistata",
    // pt
    "sobre o entrevistado",
    "sobre a entrevistada",
    "quem é",
    // pl, nl
    "o rozmówcy",
    "o rozmówczyni",
    "kim jest",
    "over de geïnterviewde",
    "wie is",
};

constexpr std::string_view kReferenceTitlesData[] = {
    // en
    "references",
    "reference list",
    "bibliography",
    "sources",
    "works cited",
    "literature",
    "footnotes",
    // de
    "literatur",
    "literaturverzeichnis",
    "literaturhinweise",
    "quellen",
    "quellenangaben",
    "quellenverzeichnis",
    "einzelnachweise",
    "fußnoten",
    // fr, es, it, pt
    "bibliographie",
    "références",
    "références bibliographiques",
    "bibliografía",
    "referencias",
    "fuentes",
    "bibliografia",
    "riferimenti bibliografici",
    "fonti",
    "referências",
    "fontes",
    // pl, nl, ru, uk, tr
    "przypisy",
    "źródła",
    "literatura",
    "literatuur",
    "bronnen",
    "referenties",
    "литература",
    "список литературы",
    "источники",
    "джерела",
    "kaynakça",
    "kaynaklar",
    // he, yi, ar, fa
    "מקורות",
    "ביבליוגרפיה",
    "הערות שוליים",
    "ביבליאגראפיע",
    "المراجع",
    "المصادر",
    "المصادر والمراجع",
    "منابع",
    "کتابنامه",
    "پانویس",
    // ja, zh, ko
    "参考文献",
    "出典",
    "参考资料",
    "參考資料",
    "참고 문헌",
    "참고문헌",
};

constexpr std::string_view kContactLabelsData[] = {
    // en, de, fr, es, it, pt, pl, nl
    "tel",
    "phone",
    "telephone",
    "fax",
    "mobile",
    "telefon",
    "mobil",
    "handy",
    "tél",
    "téléphone",
    "teléfono",
    "telefono",
    "telefone",
    "telefax",
    "komórka",
    // ru, uk
    "тел",
    "телефон",
    // he, yi, ar, fa
    "טל",
    "טלפון",
    "פקס",
    "هاتف",
    "فاكس",
    "تلفن",
    "نمابر",
    // ja, zh, ko
    "電話",
    "电话",
    "전화",
};

constexpr std::string_view kFigureLabelsData[] = {
    // en, de, fr, es, it, pt, pl, nl
    "figure",
    "fig.",
    "abbildung",
    "abb.",
    "grafik",
    "schaubild",
    "illustration",
    "figura",
    "ilustración",
    "gráfico",
    "immagine",
    "ilustração",
    "rysunek",
    "rys.",
    "rycina",
    "wykres",
    "afbeelding",
    "afb.",
    // ru, uk
    "рисунок",
    "рис.",
    "малюнок",
    // he, yi, ar, fa
    "איור",
    "תרשים",
    "شكل",
    "الشكل",
    "رسم بياني",
    "شکل",
    "نمودار",
    // ja, zh, ko
    "図",
    "图",
    "圖",
    "그림",
};

constexpr std::string_view kVideoPointersData[] = {
    "watch:",
    "watch below",
    "watch the video",
    "watch video:",
    "video:",
    "im video:",
    "sehen sie im video",
    "video zum thema:",
    "vidéo :",
    "vidéo.",
    "vidéo -",
    "regardez :",
    "regardez la vidéo",
    "vídeo:",
    "mira el vídeo",
    "mira el video",
    "ver vídeo:",
    "audio:",
    "audio :",
    "video |",
    "audio |",
    "gallery:",
    "photo gallery:",
    "bildergalerie:",
    "fotostrecke:",
    "fotoserie mit",
    "galerie photos :",
    "galería:",
    "fotogallery:",
};

constexpr std::string_view kReadMoreLinksData[] = {
    // en
    "more",
    "read more",
    "continue reading",
    "full story",
    // de
    "mehr",
    "weiter",
    "weiterlesen",
    "weiter lesen",
    "mehr lesen",
    "zum artikel",
    // fr
    "suite",
    "lire la suite",
    "la suite",
    "lire plus",
    // es
    "más",
    "leer más",
    "seguir leyendo",
    // it
    "continua",
    "leggi tutto",
    "continua a leggere",
    // pt
    "mais",
    "leia mais",
    "ler mais",
    "continue lendo",
    // pl
    "więcej",
    "czytaj więcej",
    "czytaj dalej",
    "dalej",
    // nl
    "meer",
    "lees meer",
    "lees verder",
    "verder lezen",
    // ru, uk
    "далее",
    "подробнее",
    "читать далее",
    "детальніше",
    "читати далі",
    // tr
    "devamı",
    "devamını oku",
    // he, yi, ar, fa
    "המשך",
    "המשך קריאה",
    "לכתבה המלאה",
    "עוד",
    "ווייטער",
    "المزيد",
    "اقرأ المزيد",
    "التفاصيل",
    "ادامه",
    "ادامه مطلب",
    // ja, zh, ko
    "続きを読む",
    "続き",
    "阅读全文",
    "更多",
    "閱讀全文",
    "더보기",
    "더 보기",
};

constexpr std::string_view kCitationNotesData[] = {
    // en
    "suggested citation",
    "recommended citation",
    "cite this article",
    "cite this post",
    "cite this page",
    "how to cite this",
    // de
    "empfohlene zitierweise",
    "zitiervorschlag",
    "zitierhinweis",
    "diesen beitrag zitieren",
    // fr
    "pour citer cet article",
    "pour citer ce document",
    "pour citer ce billet",
    "citer cet article",
    // es
    "cómo citar este artículo",
    "como citar este artículo",
    "citar este artículo",
    "cita recomendada",
    // it
    "come citare questo articolo",
    "citare questo articolo",
    "citazione consigliata",
    // pt
    "como citar este artigo",
    "citar este artigo",
    // pl
    "jak cytować",
    "sugerowane cytowanie",
    // nl
    "citeer dit artikel",
    "hoe te citeren",
    // he, ar
    "אופן הציטוט",
    "לציטוט:",
    "للاستشهاد بهذا المقال",
    "طريقة الاستشهاد",
};

// Listing counters: "1 bis 10 von insgesamt 19", "1-10 of 19", "1 à 12 sur 40", "1-12 de
// 40", "1-12 z 40", "1-12 van 40", "1-12 из 40", "1-12 מתוך 40", "1-12 من 40". Longer
// words first ("von insgesamt" before "von").
constexpr std::string_view kCounterRangeWordsData[] = {
    "-",  "\xE2\x80\x93", "\xE2\x80\x94", "to", "bis", "à",   "a",
    "al", "do",           "tot",          "до", "עד",  "إلى", "~",
};

constexpr std::string_view kCounterTotalWordsData[] = {
    "out of",
    "of",
    "von insgesamt",
    "von",
    "sur un total de",
    "sur",
    "de un total de",
    "de",
    "di",
    "z",
    "van",
    "из",
    "מתוך",
    "من",
};

// The word a pagination label opens with ("Seite 1 von 3", "Page 2 of 5", "Página 1 de
// 3", "Strona 1 z 3", "Pagina 2 di 4", "Pagina 1 van 3", "Страница 1 из 3"), lower-case;
// kCounterTotalWords joins the two numbers.
constexpr std::string_view kPageWordsData[] = {
    "seite", "page", "página", "pagina", "strona", "sida", "side", "strana", "страница",
};

// Openings of the title over a company's description at the end of a press release
// ("About Harbourline Robotics", "Über die Nordhafen AG", "À propos de Lumio", "Acerca de
// Grupo Vela", "Informazioni su Enel", "Sobre a Embraer", "O firmie Polmax"), lower-case.
constexpr std::string_view kCompanyAboutTitlesData[] = {
    // en, de
    "about ",
    "über ",
    // fr
    "à propos de ",
    "à propos d'",
    "à propos d’",
    "a propos de ",
    // es, pt
    "acerca de ",
    "sobre ",
    // it
    "informazioni su ",
    "a proposito di ",
    // pl
    "o firmie ",
    "o spółce ",
    "o grupie ",
    // nl, sv, da, no
    "over ",
    "om ",
};

// Titles of the end matter of a press release after the company's description: its
// forward-looking statements disclaimer and its contacts for the press ("Forward-Looking
// Statements", "Zukunftsgerichtete Aussagen", "Contact presse", "Kontakt dla mediów"),
// lower-case.
constexpr std::string_view kPressEndTitlesData[] = {
    // en
    "forward-looking statements",
    "forward looking statements",
    "cautionary statement regarding forward-looking statements",
    "cautionary note regarding forward-looking statements",
    "safe harbor statement",
    "media contact",
    "media contacts",
    "press contact",
    "press contacts",
    "investor contact",
    "investor contacts",
    // de
    "zukunftsgerichtete aussagen",
    "zukunftsbezogene aussagen",
    "pressekontakt",
    "medienkontakt",
    "kontakt für medien",
    "kontakt für journalisten",
    // fr
    "déclarations prospectives",
    "informations prospectives",
    "énoncés prospectifs",
    "contact presse",
    "contacts presse",
    "contact médias",
    // es
    "declaraciones prospectivas",
    "declaraciones a futuro",
    "contacto de prensa",
    "contacto para medios",
    "contactos de prensa",
    // it
    "dichiarazioni previsionali",
    "dichiarazioni prospettiche",
    "contatto stampa",
    "contatti stampa",
    "ufficio stampa",
    // pt
    "declarações prospectivas",
    "declarações prospetivas",
    "contato para imprensa",
    "contatos para imprensa",
    "contacto para imprensa",
    "assessoria de imprensa",
    // pl
    "stwierdzenia dotyczące przyszłości",
    "kontakt dla mediów",
    "kontakt prasowy",
    // nl
    "toekomstgerichte verklaringen",
    "perscontact",
};

constexpr std::string_view kTrackListTitlesData[] = {
    // en; "tracklist" also opens de "Trackliste" and pl "Tracklista"
    "tracklist",          "track list", "track listing",
    "titelliste",        // de
    "liste des titres",  // fr
    "liste des morceaux",
    "lista de canciones",  // es
    "lista de temas",
    "lista delle tracce",  // it
    "lista de faixas",     // pt
    "lista utworów",       // pl
};

constexpr std::string_view kEventDateLabelsData[] = {
    // en
    "when:",
    "date and time:",
    "event date:",
    // de
    "termin:",
    "wann:",
    "datum und uhrzeit:",
    "veranstaltungstermin:",
    // fr
    "quand :",
    "quand:",
    "date et heure :",
    "date et heure:",
    // es
    "cuándo:",
    "fecha y hora:",
    // it
    "quando:",
    "data e ora:",
    // pt
    "data e hora:",
    // pl
    "kiedy:",
    "termin wydarzenia:",
    // nl
    "wanneer:",
    // he, ar
    "מתי:",
    "מועד:",
    "متى:",
    "الموعد:",
};
}  // namespace

// Titles of error pages ("not found", server errors) in the languages news sites use.
constexpr std::string_view kErrorTitlesData[] = {
    "page not found",
    "404 not found",
    "file not found",
    "error 404",
    "404 error",
    "404 - not found",
    "page can't be found",
    "page can’t be found",
    "page cannot be found",
    "article not found",
    "page is no longer available",
    "article is no longer available",
    "story is no longer available",
    "content is no longer available",
    "page has been removed",
    "article has been removed",
    "content unavailable",
    "page unavailable",
    "page does not exist",
    "page doesn't exist",
    "internal server error",
    "service unavailable",
    "bad gateway",
    // de
    "seite nicht gefunden",
    "fehler 404",
    "seite existiert nicht",
    "seite wurde nicht gefunden",
    "artikel nicht mehr verfügbar",
    "artikel ist nicht mehr verfügbar",
    "artikel ist leider nicht mehr verfügbar",
    "seite ist nicht mehr verfügbar",
    "beitrag ist nicht mehr verfügbar",
    "inhalt ist nicht mehr verfügbar",
    "inhalt nicht verfügbar",
    // fr
    "page introuvable",
    "page non trouvée",
    "erreur 404",
    "article introuvable",
    "contenu introuvable",
    "contenu indisponible",
    "cette page n'existe pas",
    "cet article n'est plus disponible",
    "page n'est plus disponible",
    // es, pt, it
    "página no encontrada",
    "pagina no encontrada",
    "página não encontrada",
    "pagina non trovata",
    "errore 404",
    "erro 404",
    "esta página no existe",
    "contenido no disponible",
    "noticia ya no está disponible",
    "artículo ya no está disponible",
    "página ya no está disponible",
    "página não existe",
    "conteúdo indisponível",
    "matéria não está mais disponível",
    "notícia não está mais disponível",
    "página não está mais disponível",
    "articolo non è più disponibile",
    "pagina non è più disponibile",
    "contenuto non disponibile",
    // nl, sv, da, no, pl, tr, cs
    "pagina niet gevonden",
    "sidan hittades inte",
    "siden blev ikke fundet",
    "siden finnes ikke",
    "nie znaleziono strony",
    "strona nie istnieje",
    "sayfa bulunamadı",
    "stránka nenalezena",
    "błąd 404",
    "artykuł nie jest już dostępny",
    "pagina is niet meer beschikbaar",
    "artikel is niet meer beschikbaar",
    "hata 404",
    "sayfa mevcut değil",
    "haber bulunamadı",
    "haber yayından kaldırıldı",
    "yayından kaldırılmıştır",
    // id, ms, vi
    "halaman tidak ditemukan",
    "halaman tidak tersedia",
    "berita tidak ditemukan",
    "artikel tidak ditemukan",
    "không tìm thấy trang",
    // ru, uk
    "страница не найдена",
    "сторінку не знайдено",
    "ошибка 404",
    "такой страницы нет",
    "страница не существует",
    "страница удалена",
    "материал удален",
    "материал удалён",
    "помилка 404",
    "сторінка не існує",
    // he, yi, ar, fa
    "הדף לא נמצא",
    "העמוד לא נמצא",
    "הדף המבוקש לא נמצא",
    "בלאט נישט געפונען",
    "الصفحة غير موجودة",
    "الصفحة المطلوبة غير موجودة",
    "لم يتم العثور على الصفحة",
    "صفحه پیدا نشد",
    "صفحه مورد نظر یافت نشد",
    "صفحه یافت نشد",
    "خطأ 404",
    "الصفحة غير متوفرة",
    "الصفحة غير متاحة",
    "الخبر غير متوفر",
    "שגיאה 404",
    "הדף אינו קיים",
    "הכתבה אינה זמינה",
    "خطای 404",
    "خطای ۴۰۴",
    "صفحه وجود ندارد",
    // ja, zh, ko, hi
    "ページが見つかりません",
    "お探しのページは見つかりませんでした",
    "页面不存在",
    "找不到页面",
    "找不到網頁",
    "페이지를 찾을 수 없습니다",
    "पृष्ठ नहीं मिला",
    "पेज नहीं मिला",
    "पेज उपलब्ध नहीं",
    "पृष्ठ उपलब्ध नहीं",
    "ページを表示できません",
    "記事は削除されました",
    "掲載期間が終了しました",
    "页面未找到",
    "页面已删除",
    "文章已删除",
    "该内容已被删除",
    "삭제된 기사",
    // temporary errors
    "currently unavailable",
    "unable to process request",
    "temporarily unavailable",
    "vorübergehend nicht verfügbar",
    "momentanément indisponible",
};

// Titles of walls (robot checks, logins) in place of the article. Only phrases no
// headline uses: a short news brief may well be titled "Access denied".
constexpr std::string_view kWallTitlesData[] = {
    "are you a robot", "are you a human", "just a moment...",    "attention required!", "> log in",
    "| log in",        "- log in",        "sign in to continue", "bot verification",
};

// Sentences of error pages' bodies.
constexpr std::string_view kErrorTextsData[] = {
    "the page you requested",
    "the page you are looking for",
    "the page you were looking for",
    "we can't find the page",
    "we couldn't find the page",
    "we cannot find the page",
    "this page doesn't exist",
    "this page does not exist",
    "page may have been moved",
    "die angeforderte seite",
    "die gesuchte seite",
    "die von ihnen gesuchte seite",
    "la page que vous cherchez",
    "la page demandée",
    "la página que buscas",
    "la página que estás buscando",
    "la pagina che stai cercando",
    "a página que você procura",
    "strona, której szukasz",
    "запрашиваемая страница",
    "הדף שחיפשת",
    "الصفحة التي تبحث عنها",
    "صفحه‌ای که به دنبال آن هستید",
    "お探しのページ",
    "您访问的页面不存在",
    "unable to process your request",
    "this page is currently unavailable",
    "this page is temporarily unavailable",
    "please try again later",
    "nothing was found at this location",
    "the page you're looking for",
    "the page you’re looking for",
    "this article is no longer available",
    "this page is no longer available",
    "this content is no longer available",
    "der von ihnen aufgerufene",
    "die aufgerufene seite",
    "la page que vous recherchez",
    "la page à laquelle vous tentez d'accéder",
    "la página que busca",
    "la página solicitada",
    "la página que has solicitado",
    "o conteúdo que você tentou acessar",
    "a página que você está procurando",
    "a página solicitada",
    "la pagina richiesta",
    "la pagina che cerchi",
    "de pagina die u zoekt",
    "de pagina die je zoekt",
    "страница, которую вы ищете",
    "ошиблись в адресе",
    "aradığınız sayfa",
    "bu içerik artık mevcut değil",
    "halaman yang anda cari",
    "halaman yang anda tuju",
    "الصفحة التي طلبتها",
    "ربما تم حذف الصفحة",
    "הדף שביקשת",
    "صفحه مورد نظر شما",
    "आप जिस पेज को खोज रहे हैं",
    "जिस पृष्ठ को आप खोज रहे हैं",
    "しばらく時間をおいてから再度アクセス",
    "サーバーでエラーが発生",
    "您要访问的页面",
    "页面可能已被删除",
    "요청하신 페이지",
};

// Walls: robot checks and script shells shown instead of the article; consent walls are
// kConsentWallTexts, logins and paywalls phrases::kPaywallCalls.
constexpr std::string_view kWallTextsData[] = {
    // robot checks
    "verify you are human",
    "verifying you are human",
    "are you a robot",
    "are you a human",
    "checking your browser",
    "checking if the site connection is secure",
    "please enable javascript and cookies",
    "please enable cookies",
    "enable javascript to",
    "complete the security check",
    "unusual traffic from your computer",
    "access to this page has been denied",
    "access denied",
    "bitte aktivieren sie javascript",
    "veuillez activer javascript",
    "sind sie ein mensch",
    "êtes-vous un robot",
    "your browser supports javascript and cookies",
    "enable javascript and cookies to continue",
    "press & hold",
    "press and hold to confirm",
    "confirm you are a human",
    "prove you are human",
    "i'm not a robot",
    "i am not a robot",
    "review the security of your connection",
    "dass sie ein mensch sind",
    "ich bin kein roboter",
    "sicherheit ihrer verbindung",
    "zugriff auf diese seite wurde verweigert",
    "drücken und halten",
    "pas un robot",
    "êtes-vous un humain",
    "vous êtes un humain",
    "sécurité de votre connexion",
    "usted es un ser humano",
    "eres un ser humano",
    "no soy un robot",
    "seguridad de su conexión",
    "seguridad de tu conexión",
    "não sou um robô",
    "você é humano",
    "segurança da sua conexão",
    "non sono un robot",
    "sicurezza della connessione",
    "ik ben geen robot",
    "nie jestem robotem",
    "не робот",
    "проверка браузера",
    "перевірка браузера",
    "robot değilim",
    "insan olduğunuzu",
    "bağlantınızın güvenli",
    "لست روبوت",
    "أنك إنسان",
    "أمان اتصالك",
    "אני לא רובוט",
    "ربات نیستم",
    "रोबोट नहीं हूं",
    "रोबोट नहीं हूँ",
    "bukan robot",
    "keamanan koneksi anda",
    "ロボットではありません",
    "人間であることを確認",
    "接続のセキュリティを確認",
    "安全验证",
    "人机验证",
    "拖动滑块",
    "我不是机器人",
    "로봇이 아닙니다",
    "không phải là robot",
    // pages built by script, shown without it
    "mengaktifkan javascript",
    "javascript aktivieren",
    "activer javascript",
    "activez javascript",
    "habilitar javascript",
    "activar javascript",
    "habilite o javascript",
    "ative o javascript",
    "abilita javascript",
    "включите javascript",
    "javascript'i etkinleştir",
    "javascriptを有効",
    "启用javascript",
    "تفعيل جافا سكريبت",
};

// Consent walls: consent to tracking or pay, in place of the page (an ordinary cookie
// banner may say the same beside the page's own text).
constexpr std::string_view kConsentWallTextsData[] = {
    "pur-abo",
    "werbefrei lesen",
    "mit werbung weiterlesen",
    "akzeptieren und weiter",
    "zustimmen und weiter",
    "accept and continue",
    "accept cookies to continue",
    "accepter et continuer",
    "acceptez les cookies",
    "aceptar y continuar",
    "aceitar e continuar",
    "accetta e continua",
    "akkoord en doorgaan",
};

// Stubs that only send the reader on to another address.
constexpr std::string_view kRedirectTextsData[] = {
    "if you are not redirected",
    "you are being redirected",
    "redirecting...",
    "redirecting…",
    "sie werden weitergeleitet",
    "falls sie nicht automatisch weitergeleitet",
    "vous allez être redirigé",
    "si vous n'êtes pas redirigé",
    "si no es redirigido",
    "si no eres redirigido",
    "redirigiendo",
    "você será redirecionado",
    "redirecionando",
    "verrai reindirizzato",
    "u wordt doorgestuurd",
    "перенаправление",
    "yönlendiriliyorsunuz",
    "anda akan dialihkan",
    "جاري التحويل",
    "در حال انتقال",
    "正在跳转",
    "リダイレクトします",
};

const std::span<const std::string_view> kAuthorBoxTitles(kAuthorBoxTitlesData);
const std::span<const std::string_view> kSentenceEnds(kSentenceEndsData);
const std::span<const std::string_view> kShortLineStarts(kShortLineStartsData);
const std::span<const std::string_view> kEndMarks(kEndMarksData);
const std::span<const std::string_view> kShareLabels(kShareLabelsData);
const std::span<const std::string_view> kShopLabels(kShopLabelsData);
const std::span<const std::string_view> kAdLabels(kAdLabelsData);
const std::span<const std::string_view> kMinuteUnits(kMinuteUnitsData);
const std::span<const std::string_view> kVerdictLabels(kVerdictLabelsData);
const std::span<const std::string_view> kSocialNetworks(kSocialNetworksData);
const std::span<const std::string_view> kLegalStarts(kLegalStartsData);
const std::span<const std::string_view> kCopyrightMarks(kCopyrightMarksData);
const std::span<const std::string_view> kDisclaimers(kDisclaimersData);
const std::span<const std::string_view> kLicenceClauses(kLicenceClausesData);
const std::span<const std::string_view> kLicenceNames(kLicenceNamesData);
const std::span<const std::string_view> kCallsToAction(kCallsToActionData);
const std::span<const std::string_view> kCookieNotices(kCookieNoticesData);
const std::span<const std::string_view> kAppeals(kAppealsData);
const std::span<const std::string_view> kMembershipCalls(kMembershipCallsData);
const std::span<const std::string_view> kNoteMarks(kNoteMarksData);
const std::span<const std::string_view> kEmoticons(kEmoticonsData);
const std::span<const std::string_view> kCaptionCredits(kCaptionCreditsData);
const std::span<const std::string_view> kSourceLabels(kSourceLabelsData);
const std::span<const std::string_view> kSourceBoxTitles(kSourceBoxTitlesData);
const std::span<const std::string_view> kDatelineStarts(kDatelineStartsData);
const std::span<const std::string_view> kHebrewMonths(kHebrewMonthsData);
const std::span<const std::string_view> kCredits(kCreditsData);
const std::span<const std::string_view> kBylinePrefixes(kBylinePrefixesData);
const std::span<const std::string_view> kPaywallCalls(kPaywallCallsData);
const std::span<const std::string_view> kBylineCommentLinks(kBylineCommentLinksData);
const std::span<const std::string_view> kBylineMoreLinks(kBylineMoreLinksData);
const std::span<const std::string_view> kBylineMoreWords(kBylineMoreWordsData);
const std::span<const std::string_view> kBylinePlaceholders(kBylinePlaceholdersData);
const std::span<const std::string_view> kSignOffSources(kSignOffSourcesData);
const std::span<const std::string_view> kBylineDateWords(kBylineDateWordsData);
const std::span<const std::string_view> kUpdateLabels(kUpdateLabelsData);
const std::span<const std::string_view> kClosingLineWords(kClosingLineWordsData);
const std::span<const std::string_view> kLiveLabels(kLiveLabelsData);
const std::span<const std::string_view> kHomeLinkNames(kHomeLinkNamesData);
const std::span<const std::string_view> kReporterWords(kReporterWordsData);
const std::span<const std::string_view> kContributorWords(kContributorWordsData);
const std::span<const std::string_view> kCasedReporterLabels(kCasedReporterLabelsData);
const std::span<const std::string_view> kReporterDesks(kReporterDesksData);
const std::span<const std::string_view> kReporterBureauEnds(kReporterBureauEndsData);
const std::span<const std::string_view> kDeskBylines(kDeskBylinesData);
const std::span<const std::string_view> kDeskBylineLabels(kDeskBylineLabelsData);
const std::span<const std::string_view> kBylineDeskPrepositions(kBylineDeskPrepositionsData);
const std::span<const std::string_view> kBylineCategoryPrepositions(
    kBylineCategoryPrepositionsData);
const std::span<const std::string_view> kPlaceCaseEndings(kPlaceCaseEndingsData);
const std::span<const std::string_view> kPlaceOpeners(kPlaceOpenersData);
const std::span<const std::string_view> kPlacePrepositions(kPlacePrepositionsData);
const std::span<const std::string_view> kDecliningPlacePrepositions(
    kDecliningPlacePrepositionsData);
const std::span<const std::string_view> kPlaceStemAlternations(kPlaceStemAlternationsData);
const std::span<const std::string_view> kBylineRoles(kBylineRolesData);
const std::span<const std::string_view> kBylineRoleModifiers(kBylineRoleModifiersData);
const std::span<const std::string_view> kWeekdayOpeners(kWeekdayOpenersData);
const std::span<const std::string_view> kDateAbbreviations(kDateAbbreviationsData);
const std::span<const std::string_view> kDatelineAbbreviations(kDatelineAbbreviationsData);
const std::span<const std::string_view> kPhotographedWords(kPhotographedWordsData);
const std::span<const std::string_view> kPhotoCreditEnds(kPhotoCreditEndsData);
const std::span<const std::string_view> kPressNameEnds(kPressNameEndsData);
const std::span<const std::string_view> kNameParticles(kNameParticlesData);
const std::span<const std::string_view> kAuthorBios(kAuthorBiosData);
const std::span<const std::string_view> kSocialCalls(kSocialCallsData);
const std::span<const std::string_view> kReadingTimes(kReadingTimesData);
const std::span<const std::string_view> kViewCounts(kViewCountsData);
const std::span<const std::string_view> kCommentCounts(kCommentCountsData);
const std::span<const std::string_view> kCommentHeadings(kCommentHeadingsData);
const std::span<const std::string_view> kCommentWords(kCommentWordsData);
const std::span<const std::string_view> kCommentsOnTitle(kCommentsOnTitleData);
const std::span<const std::string_view> kCommentReplyLinks(kCommentReplyLinksData);
const std::span<const std::string_view> kServerDiagnostics(kServerDiagnosticsData);
const std::span<const std::string_view> kBioCopulas(kBioCopulasData);
const std::span<const std::string_view> kReferenceTitles(kReferenceTitlesData);
const std::span<const std::string_view> kPersonBoxTitles(kPersonBoxTitlesData);
const std::span<const std::string_view> kBioRoles(kBioRolesData);
const std::span<const std::string_view> kBioNotNames(kBioNotNamesData);
const std::span<const std::string_view> kContactLabels(kContactLabelsData);
const std::span<const std::string_view> kFigureLabels(kFigureLabelsData);
const std::span<const std::string_view> kVideoPointers(kVideoPointersData);
const std::span<const std::string_view> kReadMoreLinks(kReadMoreLinksData);
const std::span<const std::string_view> kCitationNotes(kCitationNotesData);
const std::span<const std::string_view> kEventDateLabels(kEventDateLabelsData);
const std::span<const std::string_view> kTrackListTitles(kTrackListTitlesData);
const std::span<const std::string_view> kCounterRangeWords(kCounterRangeWordsData);
const std::span<const std::string_view> kCounterTotalWords(kCounterTotalWordsData);
const std::span<const std::string_view> kPageWords(kPageWordsData);
const std::span<const std::string_view> kCompanyAboutTitles(kCompanyAboutTitlesData);
const std::span<const std::string_view> kPressEndTitles(kPressEndTitlesData);
const std::span<const std::string_view> kErrorTitles(kErrorTitlesData);
const std::span<const std::string_view> kWallTitles(kWallTitlesData);
const std::span<const std::string_view> kErrorTexts(kErrorTextsData);
const std::span<const std::string_view> kWallTexts(kWallTextsData);
const std::span<const std::string_view> kConsentWallTexts(kConsentWallTextsData);
const std::span<const std::string_view> kRedirectTexts(kRedirectTextsData);

}  // namespace newsdesk::extract_internal::phrases
