// Mozilla Readability: the page parsed by jsdom with its URL; its text is the article's
// textContent, as Firefox's Reader View shows it.
//
//   node readability.mjs DEVSET_DIR DECODED_DIR > readability.jsonl
import { JSDOM } from "jsdom";
import { Readability } from "@mozilla/readability";
import { quietConsole, runPages } from "./common.mjs";

await runPages("readability", (html, url) => {
  const dom = new JSDOM(html, { url, virtualConsole: quietConsole });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  return article?.textContent;
});
