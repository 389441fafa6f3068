#!/usr/bin/env python3
"""Checks samples/expected.json against the pages in samples/.

For every page: the declared charset matches the file's bytes, the body
container named in expected.json exists once, every must_contain snippet is in
the body text, every must_not_contain string is absent from the body text but
present elsewhere in the page (it is real chrome, so a test that looks for its
absence can fail). For seed pages it also checks that the body text is the
seed's text, line for line, minus the junk lines.

Usage: scripts/check-samples.py [SAMPLES_DIR] [SEEDS_DIR]
Exit status 0 when everything holds, 1 otherwise.
"""
import html.parser
import json
import os
import re
import sys

VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link',
        'meta', 'source', 'track', 'wbr'}
BLOCK = {'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
         'article', 'section', 'aside', 'header', 'footer', 'nav', 'figure',
         'figcaption', 'blockquote', 'br', 'main', 'form', 'table', 'tr', 'td'}
SKIP = {'script', 'style', 'noscript', 'template'}


class Collector(html.parser.HTMLParser):
    """Collects the page's visible text and the text of one container.

    The container is given as "tag.class" (first element with that tag whose
    class list holds that class)."""

    def __init__(self, selector):
        super().__init__(convert_charrefs=True)
        self.tag, self.cls = selector.split('.', 1)
        self.stack = []          # open element names
        self.body_depth = None   # stack depth of the container when inside
        self.matches = 0
        self.page, self.body = [], []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self._brk()
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag in SKIP:
            self.skip += 1
        classes = (dict(attrs).get('class') or '').split()
        if self.body_depth is None and tag == self.tag and self.cls in classes:
            self.matches += 1
            self.body_depth = len(self.stack)

    def handle_endtag(self, tag):
        if tag in VOID or tag not in self.stack:
            return
        while self.stack:
            t = self.stack.pop()
            if t in SKIP:
                self.skip -= 1
            if self.body_depth is not None and len(self.stack) < self.body_depth:
                self.body_depth = None
            if t == tag:
                break
        if tag in BLOCK:
            self._brk()

    def handle_data(self, data):
        if self.skip:
            return
        self.page.append(data)
        if self.body_depth is not None:
            self.body.append(data)

    def _brk(self):
        self.page.append('\n')
        if self.body_depth is not None:
            self.body.append('\n')


def lines_of(parts):
    text = ''.join(parts)
    return [re.sub(r'\s+', ' ', l).strip() for l in text.split('\n') if l.strip()]


def declared_charset(raw):
    m = re.search(rb'<meta[^>]+charset\s*=\s*["\']?([A-Za-z0-9_-]+)', raw[:2048], re.I)
    return m.group(1).decode().lower() if m else None


def check_lists(root, files):
    """urls.txt, feed.xml and sitemap.xml list exactly the pages of expected.json."""
    import xml.etree.ElementTree as ET
    errors = []
    want = sorted(files)
    for f in files:
        if not os.path.isfile(os.path.join(root, f)):
            errors.append('%s: listed in expected.json but missing' % f)
    urls = [l.strip() for l in open(os.path.join(root, 'urls.txt'), encoding='utf-8')]
    urls = [l for l in urls if l and not l.startswith('#')]
    feed = ET.parse(os.path.join(root, 'feed.xml')).getroot()
    links = [i.findtext('link') for i in feed.iter('item')]
    for i in feed.iter('item'):
        for tag in ('title', 'link', 'guid', 'description'):
            if not (i.findtext(tag) or '').strip():
                errors.append('feed.xml: item %s has no %s' % (i.findtext('link'), tag))
    ns = {'s': 'http://www.sitemaps.org/schemas/sitemap/0.9'}
    sm = ET.parse(os.path.join(root, 'sitemap.xml')).getroot()
    locs = [u.findtext('s:loc', namespaces=ns) for u in sm.findall('s:url', ns)]
    for name, got in (('urls.txt', urls), ('feed.xml', links), ('sitemap.xml', locs)):
        if sorted(got) != want:
            errors.append('%s lists %s, expected.json has %s' % (name, sorted(got), want))
    return errors


def check_meta(f, text):
    """The metadata every sample page carries."""
    errors = []
    for prop in ('og:title', 'og:description', 'og:url', 'og:image', 'og:site_name', 'og:type'):
        if not re.search(r'<meta[^>]+property=["\']%s["\']' % prop, text):
            errors.append('%s: no %s' % (f, prop))
    if not re.search(r'<link[^>]+rel=["\']canonical["\']', text):
        errors.append('%s: no rel=canonical' % f)
    return errors


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', 'samples')
    seeds = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, '..', '..', 'shared', 'seeds')
    exp = json.load(open(os.path.join(root, 'expected.json'), encoding='utf-8'))
    errors = []
    for e in exp['pages']:
        f = e['file']
        raw = open(os.path.join(root, f), 'rb').read()
        if raw.startswith(b'\xef\xbb\xbf') != bool(e.get('bom')):
            errors.append('%s: byte-order mark %s expected' % (f, 'is' if e.get('bom') else 'not'))
        cs = declared_charset(raw)
        if cs is None or cs.replace('_', '-') != e['encoding']:
            errors.append('%s: declared charset %r, expected %r' % (f, cs, e['encoding']))
        try:
            text = raw.decode('utf-8-sig' if e.get('bom') else e['encoding'])
        except UnicodeDecodeError as err:
            errors.append('%s: not %s: %s' % (f, e['encoding'], err))
            continue
        errors += check_meta(f, text)
        c = Collector(e['body_container'])
        c.feed(text)
        c.close()
        if c.matches != 1:
            errors.append('%s: body container %s matched %d times' % (f, e['body_container'], c.matches))
        body = lines_of(c.body)
        page = lines_of(c.page)
        body_flat, page_flat = '\n'.join(body), '\n'.join(page)
        for s in e['must_contain']:
            if s not in body_flat:
                errors.append('%s: must_contain not in body: %r' % (f, s))
        if e['must_contain'] and not body_flat.endswith(e['must_contain'][-1]):
            errors.append('%s: the last must_contain snippet does not end the body' % f)
        for s in e['must_not_contain']:
            if s in body_flat:
                errors.append('%s: must_not_contain in body: %r' % (f, s))
            if s not in page_flat:
                errors.append('%s: must_not_contain not in the page chrome: %r' % (f, s))
        if e.get('seed') and not os.path.isdir(seeds):
            print('%s: seeds folder %s not found, seed comparison skipped' % (f, seeds))
        if e.get('seed') and os.path.isdir(seeds):
            seed = [l.strip() for l in open(os.path.join(seeds, e['seed']), encoding='utf-8')]
            seed = [l for l in seed if l and l not in e.get('seed_junk_lines', [])
                    and l != e['title'] and not l.startswith('* ')]
            if seed != body:
                for i, (a, b) in enumerate(zip(seed, body)):
                    if a != b:
                        errors.append('%s: body line %d differs from seed:\n  seed: %r\n  body: %r' % (f, i, a, b))
                        break
                else:
                    errors.append('%s: body has %d lines, seed %d' % (f, len(body), len(seed)))
        for a in e.get('author', '').split('; '):
            if a and a not in page_flat:
                errors.append('%s: author not in page: %r' % (f, a))
        if e['title'] not in page_flat and e['title'] not in text:
            errors.append('%s: title not in page: %r' % (f, e['title']))
    errors += check_lists(root, [e['file'] for e in exp['pages']])
    for err in errors:
        print(err)
    print('%d pages, %d errors' % (len(exp['pages']), len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
