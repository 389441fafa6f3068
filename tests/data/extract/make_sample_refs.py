#!/usr/bin/env python3
"""Writes the reference body of every page in samples/expected.json to
tests/data/extract/sample_refs/<page stem>.txt: the text of the page's body
container, one line per block, as scripts/check-samples.py reads it (which also
checks that it equals the seed text for the seed pages).

Usage: tests/data/extract/make_sample_refs.py   (from the repository root)
"""
import importlib.util
import json
import os

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, '..', '..', '..'))
spec = importlib.util.spec_from_file_location('check_samples', os.path.join(root, 'scripts', 'check-samples.py'))
cs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cs)

exp = json.load(open(os.path.join(root, 'samples', 'expected.json'), encoding='utf-8'))
for e in exp['pages']:
    raw = open(os.path.join(root, 'samples', e['file']), 'rb').read()
    text = raw.decode('utf-8-sig' if e.get('bom') else e['encoding'])
    c = cs.Collector(e['body_container'])
    c.feed(text)
    c.close()
    stem = os.path.splitext(os.path.basename(e['file']))[0]
    with open(os.path.join(here, 'sample_refs', stem + '.txt'), 'w', encoding='utf-8') as out:
        out.write('\n'.join(cs.lines_of(c.body)) + '\n')
