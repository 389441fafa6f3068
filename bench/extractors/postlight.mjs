// Postlight Parser (Mercury): the page's HTML handed over with its URL (so that its
// per-site extractors apply), one page only (fetchAllPages false: it fetches nothing); its
// text is that of its HTML content (htmlToText).
//
//   node postlight.mjs DEVSET_DIR DECODED_DIR > postlight.jsonl
import Parser from "@postlight/parser";
import { htmlToText, runPages } from "./common.mjs";

await runPages("postlight", async (html, url) => {
  const result = await Parser.parse(url ?? "http://localhost/", { html, fetchAllPages: false });
  return result?.content ? htmlToText(result.content) : null;
});
