// Defuddle (Obsidian Web Clipper's extractor): the page parsed by jsdom with its URL, read
// by Defuddle's own synchronous parse (the Node entry's, without the async extractors that
// ask third-party APIs and without the Markdown conversion); its text is that of its HTML
// content (htmlToText).
//
//   node defuddle.mjs DEVSET_DIR DECODED_DIR > defuddle.jsonl
import { JSDOM } from "jsdom";
import { DefuddleClass } from "defuddle/node";
import { htmlToText, quietConsole, runPages } from "./common.mjs";

// Defuddle logs each page's malformed JSON-LD with a stack trace: not ours to print.
console.error = () => {};

await runPages("defuddle", (html, url) => {
  const dom = new JSDOM(html, { url, virtualConsole: quietConsole });
  const result = new DefuddleClass(dom.window.document, { url, useAsync: false }).parse();
  dom.window.close();
  return result.content ? htmlToText(result.content) : null;
});
