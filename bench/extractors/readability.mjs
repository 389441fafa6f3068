// Runs Mozilla Readability over the extraction dev set and writes one JSON line per page:
// {"page": ..., "text": ...}, text null when Readability finds no article. Readability gets
// its best input: the page already decoded to UTF-8 (by newsdesk's decoder, the same text
// newsdesk extracts from), parsed by jsdom with the page's URL; its text is the article's
// textContent, as Firefox's Reader View shows it.
//
//   node readability.mjs DEVSET_DIR DECODED_DIR > readability.jsonl
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [devset, decoded] = process.argv.slice(2);
if (!devset || !decoded) {
  console.error("usage: node readability.mjs DEVSET_DIR DECODED_DIR");
  process.exit(2);
}
const records = JSON.parse(readFileSync(join(devset, "expectations.json"), "utf8"));
const quiet = new VirtualConsole();  // page CSS and markup errors are not ours to print
let cpu = 0;
for (const rec of records) {
  const html = readFileSync(join(decoded, rec.page), "utf8");
  let text = null;
  const t0 = process.cpuUsage();
  try {
    const dom = new JSDOM(html, { url: rec.url ?? undefined, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    if (article && article.textContent) text = article.textContent;
    dom.window.close();
  } catch (e) {
    console.error(`${rec.page}: ${e.message}`);
  }
  const d = process.cpuUsage(t0);
  cpu += (d.user + d.system) / 1e6;
  process.stdout.write(JSON.stringify({ page: rec.page, text }) + "\n");
}
console.error(`readability: ${records.length} pages, ${cpu.toFixed(1)} CPU s (parse + extract)`);
