// @extractus/article-extractor: extractFromHtml on the page's HTML and URL; its text is
// that of its HTML content (htmlToText).
//
//   node article-extractor.mjs DEVSET_DIR DECODED_DIR > article-extractor.jsonl
import { extractFromHtml } from "@extractus/article-extractor";
import { htmlToText, runPages } from "./common.mjs";

await runPages("article-extractor", async (html, url) => {
  const article = await extractFromHtml(html, url);
  return article?.content ? htmlToText(article.content) : null;
});
