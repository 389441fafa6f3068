// What every runner of bench/compare_extractors.sh shares: the page loop, the JSONL it
// writes ({"page": ..., "text": ...}, text null when the extractor finds no article), the
// CPU time it reports, the text of an extractor that gives HTML, and a guard that makes any
// network connection fail, so that no extractor fetches a page, an image or a next page.
//
//   runPages(name, extract): node RUNNER.mjs DEVSET_DIR DECODED_DIR > NAME.jsonl
//   where extract(html, url) returns the article's text, or null.
import { readFileSync } from "node:fs";
import net from "node:net";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";

let connections = 0;
net.Socket.prototype.connect = function () {
  ++connections;
  throw new Error("bench/extractors: no network access");
};

// Page CSS and markup errors are not ours to print.
export const quietConsole = new VirtualConsole();

// Elements that start a line of their own in a browser's rendering.
const BLOCKS =
  "address,article,aside,blockquote,br,dd,div,dl,dt,figcaption,figure,footer,h1,h2,h3,h4," +
  "h5,h6,header,hr,li,main,nav,ol,p,pre,section,table,tbody,td,tfoot,th,thead,tr,ul";

// The text of an HTML fragment (an extractor's article content): its textContent, with a
// line break before and after each block element so that no two blocks run together.
export function htmlToText(html) {
  const dom = new JSDOM("<!doctype html><body></body>", { virtualConsole: quietConsole });
  const { document } = dom.window;
  document.body.innerHTML = html;
  for (const el of document.body.querySelectorAll(BLOCKS)) {
    el.before("\n");
    el.after("\n");
  }
  const text = document.body.textContent;
  dom.window.close();
  return text;
}

export async function runPages(name, extract) {
  const [devset, decoded] = process.argv.slice(2);
  if (!devset || !decoded) {
    process.stderr.write(`usage: node ${name}.mjs DEVSET_DIR DECODED_DIR\n`);
    process.exit(2);
  }
  const records = JSON.parse(readFileSync(join(devset, "expectations.json"), "utf8"));
  let cpu = 0;
  let none = 0;
  for (const rec of records) {
    const html = readFileSync(join(decoded, rec.page), "utf8");
    let text = null;
    const t0 = process.cpuUsage();
    try {
      text = (await extract(html, rec.url || undefined)) || null;
    } catch (e) {
      process.stderr.write(`${name}: ${rec.page}: ${e.message}\n`);
    }
    const d = process.cpuUsage(t0);
    cpu += (d.user + d.system) / 1e6;
    if (text === null) ++none;
    process.stdout.write(JSON.stringify({ page: rec.page, text }) + "\n");
  }
  process.stderr.write(
    `${name}: ${records.length} pages, no article on ${none}, ${cpu.toFixed(1)} CPU s ` +
      `(parse + extract), ${connections} network connections refused\n`);
}
