// Phrase tables of the extract stage: the multilingual data its boilerplate rules match,
// kept apart from the rules (extract.cc) so that a language is added by adding lines.
// Lower-case (ASCII and Latin-1 lowered by extract_internal::Lower; other scripts have no
// case here), UTF-8. Not a public interface.
#ifndef NEWSDESK_EXTRACT_PHRASES_H_
#define NEWSDESK_EXTRACT_PHRASES_H_

#include <algorithm>
#include <span>
#include <string_view>

namespace newsdesk::extract_internal::phrases {

// Whether `w` is one of `list`, as written (the tables below are in lower case).
inline bool Listed(std::span<const std::string_view> list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Sentence endings of every script besides ASCII . ! ? : ; (ellipsis, closing quotes and
// dashes; Hebrew sof pasuq, geresh, gershayim; Arabic and Urdu stops; danda; CJK and
// full-width stops; Armenian, Ethiopic, Myanmar, Khmer).
extern const std::span<const std::string_view> kSentenceEnds;

// Starts of short boilerplate lines (related, most read, share, comments, subscribe,
// advertising, credits), matched on the lower-cased start of lines of up to 60 characters.
extern const std::span<const std::string_view> kShortLineStarts;

// A wire report's end mark, matched whole on a line once ASCII punctuation and spaces
// around it are trimmed ("// انتهى //", "(انتهى)", "- ENDS -"): a line of its own, never a
// sentence's start ("انتهى الاجتماع ..." stays).
extern const std::span<const std::string_view> kEndMarks;

// A share button's label, matched whole on a line like kEndMarks ("Share", "Teilen",
// "Partager"): the verb alone, not a sentence it opens ("Share prices fell").
extern const std::span<const std::string_view> kShareLabels;

// A shop button's label alone on its line ("Zum Shop", "Shop now") under a product card:
// matched whole, ASCII punctuation aside.
extern const std::span<const std::string_view> kShopLabels;

// An ad slot's label, matched whole on a line like kEndMarks ("Hirdetés", "- Inzerce -"):
// the languages whose word for it also opens prose, so that kShortLineStarts cannot hold it
// (Romanian "publicitate", Korean "광고", Japanese "広告").
extern const std::span<const std::string_view> kAdLabels;

// The unit of a running time in minutes after its number, alone in a media player ("2 Min",
// "3 min.", "4 perc"), without its full stop.
extern const std::span<const std::string_view> kMinuteUnits;

// Labels opening the items of a review's verdict, its pros and cons ("Pro: ...",
// "Contra: ...", "Cons: ..."), matched on the lower-cased start of list items.
extern const std::span<const std::string_view> kVerdictLabels;

// Social networks: two of them with a call (follow, subscribe) make a social box.
extern const std::span<const std::string_view> kSocialNetworks;

// Legal and provenance notes and wire credits, matched on the start of lines of up to
// 300 characters.
extern const std::span<const std::string_view> kLegalStarts;

// Copyright marks ("©", "Copyright"), lower-cased: a line they open before a year is a
// copyright notice, whatever the agency's or the language's wording after it.
extern const std::span<const std::string_view> kCopyrightMarks;

// Disclaimers, licence notes and blog themes' post metadata, matched anywhere in lines of
// up to 600 characters.
extern const std::span<const std::string_view> kDisclaimers;

// The "unless otherwise stated" clause of a licence note, and the licence names that must
// stand in its line (both lower-case): a note of up to 600 characters holds one of each.
extern const std::span<const std::string_view> kLicenceClauses;
extern const std::span<const std::string_view> kLicenceNames;

// Calls to comment, share or read on, anywhere in lines of up to 150 characters.
extern const std::span<const std::string_view> kCallsToAction;

// A cookie notice's "this site uses cookies", anywhere in lines of up to 300 characters: a
// consent banner's text runs longer than other calls.
extern const std::span<const std::string_view> kCookieNotices;

// Appeals for support (donations, memberships), anywhere in lines of up to 600
// characters.
extern const std::span<const std::string_view> kAppeals;

// Calls to become a member or subscriber ("become a member", "werden Sie Mitglied",
// "hazte socio"), anywhere in lower-cased text: news prose too, so only the text's last
// paragraphs that hold one are an appeal.
extern const std::span<const std::string_view> kMembershipCalls;

// Note marks ("※", "注："): a line they open after the body's last paragraph is the
// page's remark on its text (how to use its dictionary, a correction), not the story.
extern const std::span<const std::string_view> kNoteMarks;

// ASCII emoticons ("<3", "=)", ":D"), as written: they end a blog's sign-off as a stop would.
extern const std::span<const std::string_view> kEmoticons;

// Photo credits ending a caption, in the last 60 bytes of lines of up to 200 characters.
extern const std::span<const std::string_view> kCaptionCredits;

// Labels of a source line closing a story, naming the publication or agency it came from
// ("Источник: «Вестник Заречья»", "Джерело: ...", "来源：新华社"), lower case, matched on
// the start of the text's last line of up to 60 characters.
extern const std::span<const std::string_view> kSourceLabels;

// Titles of a box listing the sources a story used ("Verwendete Quellen", "Sources used",
// "Fuentes"), lower case, matched on a whole line without its colon: with the short lines
// of agencies and outlets after it closing the text, the box is the story's provenance.
extern const std::span<const std::string_view> kSourceBoxTitles;

// Starts of dateline lines ("Published", "Aktualisiert", a portal's "最終更新" under the
// body) and of a blog post's footer naming who posted it ("Posted by Jane at 21:11",
// "Eingestellt von Max um 21:11"), in lines of up to 80 characters.
extern const std::span<const std::string_view> kDatelineStarts;

// Hebrew-calendar month names as Hebrew and Yiddish pages spell them, for datelines
// without digits (ח"י בטבת תשפ"ו).
extern const std::span<const std::string_view> kHebrewMonths;

// Photo credits, anywhere in lines that are no sentence (or of up to 60 characters), and
// after the last sentence of a caption next to an image or in its closing brackets.
extern const std::span<const std::string_view> kCredits;

// Byline prefixes ("By Jane Doe"), in lines of up to 50 characters and 7 words; also
// stripped from the byline the page's metadata gives.
extern const std::span<const std::string_view> kBylinePrefixes;

// Words that introduce a date printed in a byline ("Jane Doe am 21. April 2020", "Posted
// on ... by"), lower case (ASCII letters folded), one or two words; dropped with the date.
extern const std::span<const std::string_view> kBylineDateWords;

// Labels of a page's update line ("Aktualisiert am 09.12.2026", "Updated: ...", "עודכן"),
// lower case: a date printed after one is when the article changed, not when it came out.
extern const std::span<const std::string_view> kUpdateLabels;

// Labels of a live blog or ticker set before its headline in the metadata title
// ("Directo | ...", "LIVE: ...", "Ticker: ...", "EN VIVO | ...", "مباشر | ..."), lower
// case, matched whole.
extern const std::span<const std::string_view> kLiveLabels;

// What a link to the site's root says when it does not name the site ("Home", "Startseite",
// "News", "الرئيسية", "خانه"), lower case, matched whole: no logo's name.
extern const std::span<const std::string_view> kHomeLinkNames;

// A newsroom's collective name given as the author ("Redazione", "Redaktion", "Staff",
// "Haber Merkezi"), lower case, matched whole (a byline prefix aside): no reporter's name,
// so a reporter the page names under the headline replaces it.
extern const std::span<const std::string_view> kDeskBylines;

// Prepositions that introduce a newsroom's formula of kDeskBylines on the line under the
// headline ("Na Mwandishi Wetu", "De notre correspondant à Lyon", "Від нашого
// кореспондента"), lower case, one word: too common to be byline labels of their own.
extern const std::span<const std::string_view> kDeskBylineLabels;

// Prepositions, lower case as printed, that open a desk or a place after a byline's comma
// ("Por Ana Souza, da Redação", "Por Lucía Romero, desde Zaragoza", "Par Marie Dupont, à
// Lyon"): the part they open names no author.
extern const std::span<const std::string_view> kBylineDeskPrepositions;

// Prepositions, lower case as printed, that open the post's category after a blog's byline
// and a separator ("freeman1984 · in Uncategorized · Leave a comment", "Marie · dans
// Voyages"): the part they open names no author.
extern const std::span<const std::string_view> kBylineCategoryPrepositions;

// Case endings a story's first word may glue to its dateline's place in scripts without
// case (bn "চট্টগ্রামে" for চট্টগ্রাম, ta "சென்னையில்"): the word is then the place.
extern const std::span<const std::string_view> kPlaceCaseEndings;

// Words that open place names and no person's name, lower case ("nueva", "bad", "nowy",
// "san"): a cased "name" opened by one is a place (LooksLikeCasedName).
extern const std::span<const std::string_view> kPlaceOpeners;

// Prepositions, lower case as printed, that a story puts before a place ("en Nueva York",
// "in Bad Homburg", "à Lyon"): an unlabelled name under the headline that the text names
// after one is the dateline's place.
extern const std::span<const std::string_view> kPlacePrepositions;

// Locative prepositions of languages that decline a place after them ("w Zielonej Górze",
// "v Praze", "u Zagrebu", "в Москве"), lower case: the place's words follow inflected.
extern const std::span<const std::string_view> kDecliningPlacePrepositions;

// Pairs, lower case (the vowel alternates inside the stem, never as its capital): a vowel
// of a place's name and the vowel that stands for it in its declined forms ("ó", "o":
// "Bór", "Borze").
extern const std::span<const std::string_view> kPlaceStemAlternations;

// A writer's role, lower case, a word matched whole, that a byline prints after the name and
// a comma or a dash ("Samira Holt, Health Correspondent", "Anna Wiśniewska – korespondentka
// w Brukseli", "Paul Girard, rédacteur en chef"): the part it opens or closes names no
// author. "writer" is none: a surname too ("Bob Writer"); "Staff Writer" is a desk
// (kDeskBylines).
extern const std::span<const std::string_view> kBylineRoles;

// A word, lower case, matched whole, that opens a writer's role of two words or more
// whatever its noun ("Contributing Writer", "Senior Producer", "Freier Autor", "Starszy
// wydawca"): after a byline's name and a separator, the part names no author, where "Writer"
// or "Autor" alone may be a surname or a label.
extern const std::span<const std::string_view> kBylineRoleModifiers;

// The first word, lower case, of a weekday's name written in two capitalized words ("Thứ
// Bảy, 5/12/2026", "Hari Sabtu, 5 Disember 2026"): such a line opens with no person's name.
extern const std::span<const std::string_view> kWeekdayOpeners;

// A date's or a time's abbreviation that ends a dateline with a dot after its number,
// lower case, a word matched whole: kDateAbbreviations also close sentences ("... at 10
// a.m.", "2026 г."), kDatelineAbbreviations do not (Thai "๑๐:๒๐ น.").
extern const std::span<const std::string_view> kDateAbbreviations;
extern const std::span<const std::string_view> kDatelineAbbreviations;

// Words of a closing line that is no reporter's name, lower case: a writer's sign-off or a
// greeting ("Eure Lena", "Frohe Weihnachten", "Bonne lecture"), a source's credit ("Theo
// Reuters", "Selon AFP", "Quelle: dpa"), a publication's name ("New York Times").
extern const std::span<const std::string_view> kClosingLineWords;

// The word for "reporter" in a sign-off line that names one in scripts without case
// ("박지훈 기자 jhpark@...", "记者 王磊", "佐藤健太 記者"), and words that make such a line a
// photo credit instead ("记者 张伟 摄").
extern const std::span<const std::string_view> kReporterWords;
extern const std::span<const std::string_view> kPhotographedWords;

// Words naming a contributor after the reporter in such a line, the names after them no
// reporter's ("记者 王晓梅 通讯员 陈立": the paper's correspondent, an intern).
extern const std::span<const std::string_view> kContributorWords;

// Labels of a reporter's sign-off in scripts with case, lower case, before a cased name
// ("Phóng viên Nguyễn Văn An", "Wartawan: Budi Santoso").
extern const std::span<const std::string_view> kCasedReporterLabels;

// A news desk or bureau that names the reporter's place in the paper instead of the word
// for reporter, in a sign-off wholly in brackets ("（経済部　佐藤健太）", "（ワシントン支局
// 佐藤健太）"): desks as written, bureaus by the end of their word.
extern const std::span<const std::string_view> kReporterDesks;
extern const std::span<const std::string_view> kReporterBureauEnds;

// Photographer's credits that end a caption in scripts without case ("记者 张伟 摄",
// "佐藤健太撮影"), as written: a short block next to an image ending with one, brackets
// aside, is the image's caption.
extern const std::span<const std::string_view> kPhotoCreditEnds;

// The words that end a newspaper's, an agency's or a broadcaster's name in scripts without
// case ("城东日报", "信州中央新聞", "한빛일보"): an author so named is the press, no reporter.
extern const std::span<const std::string_view> kPressNameEnds;

// Lower-case words inside a person's name ("Jean de La Fontaine", "Ludwig van Beethoven",
// "Ahmad bin Hamad"), never its first or last word.
extern const std::span<const std::string_view> kNameParticles;

// Paywall and login calls ("subscribe to continue reading", "réservé aux abonnés",
// "γίνετε συνδρομητής"), anywhere in lower-cased text: a page of little text holding one
// is a wall; a line of up to 300 characters holding one, after a body cut short, is the
// wall's box, not text.
extern const std::span<const std::string_view> kPaywallCalls;

// Links to the comments that templates print beside the author's name ("Keine
// Kommentare", "No comments", "Leave a comment"), lower-case, matched on a whole part of
// the byline; counts with a number ("3 Kommentare") go as parts that start with a digit.
extern const std::span<const std::string_view> kBylineCommentLinks;

// Links an author box prints after the author's name, to the author's page or more posts
// ("Alle Artikel", "Alles von Martin Junker", "View all posts by ..."), lower case, matched
// on whole words after the name: what they open is no name.
extern const std::span<const std::string_view> kBylineMoreLinks;

// One-word links of the same kind ("mehr", "more"), lower case: a name may end with one
// ("Thomas More"), so they count only as the last word of a byline's part, after two words.
extern const std::span<const std::string_view> kBylineMoreWords;

// What CMSs put in an author's field when none was set ("No Author", "publisher",
// "Unknown"), lower case, matched on the whole value: no name.
extern const std::span<const std::string_view> kBylinePlaceholders;

// Wire agencies and the word "agencies", lower case: what a desk's sign-off credits after
// its initials ("red, ORF.at/Agenturen", "mig/dpa").
extern const std::span<const std::string_view> kSignOffSources;

// An author's biography ("Jane Doe is a reporter at ..."), anywhere in lines of up to 300
// characters.
extern const std::span<const std::string_view> kAuthorBios;

// Titles of an author box ("About the author", "Über den Autor", "על הכותב"), matched
// on a whole short line or its part before a colon; the box they open is furniture.
extern const std::span<const std::string_view> kAuthorBoxTitles;

// Calls to follow or subscribe; with two kSocialNetworks, a line of up to 200 characters
// is a social box.
extern const std::span<const std::string_view> kSocialCalls;

// Reading times ("7 min read", "Lesezeit", "Estimated reading time", "זמן קריאה"): with a
// year, a line of up to 60 characters that is no sentence is a dateline; with a number of
// up to three digits and no year, a line of up to 60 characters and eight words is the
// page's estimate of its reading time.
extern const std::span<const std::string_view> kReadingTimes;

// Words of a page's count of its readers ("2,315 views", "Просмотров: 1284", "อ่าน 2,315
// ครั้ง"), lower case, beside a number in a short line that is no sentence.
extern const std::span<const std::string_view> kViewCounts;

// Words of a heading that counts the comments under the article ("Comments (214)",
// "Responses (36)", "12 Kommentare", "١٢ تعليقا"), lower case, the heading's only word beside the
// number.
extern const std::span<const std::string_view> kCommentCounts;

// A heading's whole text that names the comments under the article without counting them
// ("Comments", "Kommentare", "دیدگاه‌ها", "תגובות"), lower case: over the comments
// once the story's prose is read. No word that heads a part of a story ("Réactions", "Responses").
extern const std::span<const std::string_view> kCommentHeadings;

// The word for readers' comments in a line about them ("reader comments are moderated",
// "Kommentare werden freigeschaltet", "les commentaires"), lower case, matched anywhere;
// forms that are no other word ("comment" alone is French for "how").
extern const std::span<const std::string_view> kCommentWords;

// The whole text of a comment's link or button that answers it ("Reply", "Antworten",
// "Répondre", "הגב"), lower case: what a comment offers and a live blog's entry does not.
extern const std::span<const std::string_view> kCommentReplyLinks;

// What blog themes print between the count of the comments and the post's title in
// quotes over the comments ("2 thoughts on “Title”", "11 Antworten zu „Title“"), lower
// case.
extern const std::span<const std::string_view> kCommentsOnTitle;

// Starts of PHP diagnostics printed into a page ("Warning: ... on line 12"), as written
// (case matters).
extern const std::span<const std::string_view> kServerDiagnostics;

// A biography ending the text ("Jane Doe is the founder of ...", "Dr. Max Muster | ist
// Gründungspartner ..."): the copula after the name, role words (prefixes) within the next
// six words, and first words that are no name (articles, pronouns). Languages that put the
// copula between name and role (en, de, fr, es, it, pt, pl, nl, he, yi, ar).
extern const std::span<const std::string_view> kBioCopulas;
extern const std::span<const std::string_view> kBioRoles;
extern const std::span<const std::string_view> kBioNotNames;

// Titles of a list of references ("References", "Literatur", "Bibliographie", "מקורות",
// "المراجع"), matched on a whole short line or heading without its colon: the list after
// the body's element is the text's, not end matter.
extern const std::span<const std::string_view> kReferenceTitles;

// Titles of a box about the person a Q&A interview speaks with ("Zur Person", "About the
// interviewee", "Chi è"), matched as kReferenceTitles: the box right after the interview's
// element is the text's, not end matter.
extern const std::span<const std::string_view> kPersonBoxTitles;

// Labels of a phone or fax number ("Tel.:", "Telefon", "טל'", "هاتف"), lower-case: with
// the number after them, a line of a contact card.
extern const std::span<const std::string_view> kContactLabels;

// Figure labels ("Abbildung", "Figure", "Rys.", "איור", "شکل", "図"), lower-case: with a
// number and a colon after them, they open a caption written as a paragraph.
extern const std::span<const std::string_view> kFigureLabels;

// Openings of a line pointing to a video ("WATCH: ...", "Watch below (Jan. 10): ...",
// "Im Video: ...", "VIDÉO - ...", "Mira el vídeo: ..."), lower-case: en, de, fr, es.
extern const std::span<const std::string_view> kVideoPointers;

// Links to the rest of a story ("read more", "weiterlesen", "czytaj więcej", "המשך"),
// lower-case, matched whole inside the brackets ending a paragraph ("[więcej]", "(more…)").
extern const std::span<const std::string_view> kReadMoreLinks;

// Openings of a note telling how to cite the page ("Suggested citation", "Empfohlene
// Zitierweise", "Pour citer cet article", "Jak cytować"), lower-case: the site's note, not
// the text; one ending with a colon has the citation itself in the next block.
extern const std::span<const std::string_view> kCitationNotes;

// The words of a listing's counter ("1 bis 10 von insgesamt 19", "Showing 1-10 of 19
// results", "Affichage de 1 à 12 sur 40"), lower-case: those joining the first two numbers
// (the range) and those before the total.
extern const std::span<const std::string_view> kCounterRangeWords;
extern const std::span<const std::string_view> kCounterTotalWords;

// Words opening a label of the page's place among the pages of an article split over
// several ("Seite 1 von 3", "Page 2 of 5", "Strona 1 z 3"), lower-case; kCounterTotalWords
// join its numbers.
extern const std::span<const std::string_view> kPageWords;

// A press release's end matter: the openings of the title over the company's description
// ("About Harbourline Robotics", "Über die Nordhafen AG", "À propos de Lumio"; the name
// follows), and whole titles of the sections after it (forward-looking statements, press
// contacts), lower-case.
extern const std::span<const std::string_view> kCompanyAboutTitles;
extern const std::span<const std::string_view> kPressEndTitles;

// Labels of an event's date ("Termin:", "When:", "Quand :", "Kiedy:", "מתי:"), lower-case:
// a line they open gives the date of what the text announces, not the page's dateline.
extern const std::span<const std::string_view> kEventDateLabels;

// Titles of a record's track list ("Tracklist", "Titelliste", "Liste des titres"),
// lower-case, opening a heading: the numbered lines under it are the songs, no text.
extern const std::span<const std::string_view> kTrackListTitles;

// Titles of error pages ("not found", server errors) in the languages news sites use.
extern const std::span<const std::string_view> kErrorTitles;

// Titles of walls (robot checks, logins) in place of the article. Only phrases no
// headline uses: a short news brief may well be titled "Access denied".
extern const std::span<const std::string_view> kWallTitles;

// Sentences of error pages' bodies.
extern const std::span<const std::string_view> kErrorTexts;

// Walls: robot checks and script shells shown instead of the article; consent walls are
// kConsentWallTexts, logins and paywalls kPaywallCalls.
extern const std::span<const std::string_view> kWallTexts;

// Consent walls' calls ("pur-abo", "accept and continue", "acceptez les cookies"): a wall
// only where the page has no text of its own beside the box that says them (an ordinary
// cookie banner says them too).
extern const std::span<const std::string_view> kConsentWallTexts;

// Stubs that only send the reader on to another address.
extern const std::span<const std::string_view> kRedirectTexts;

}  // namespace newsdesk::extract_internal::phrases

#endif  // NEWSDESK_EXTRACT_PHRASES_H_
