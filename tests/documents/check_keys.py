#!/usr/bin/env python3
"""Checks the answer keys in unseen/dev and unseen/heldout (standard library only).

For every <name>.json next to <name>.txt:
  * the JSON parses and has the top-level fields of key format v1;
  * metadata has its fields, boilerplate_lines are valid line numbers;
  * every item of every list has its required fields with sane types/values;
  * quote in lines[line-1] (and, with "occurrence": k, that the quote occurs at least k+1 times);
  * for responsibilities also task_quote in lines[task_line-1];
  * names/indicators/agencies are free of pinyin noise and full-width brackets.
Exit status 1 on any problem.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = ['document', 'guidelines', 'annotator', 'metadata', 'targets', 'departments', 'institutions',
       'programmes', 'references', 'responsibilities']
META = ['title', 'issuers', 'date', 'doc_number', 'jurisdiction', 'plan_years', 'boilerplate_lines']
REQ = {
    'targets': ['kind', 'indicator', 'value', 'multiplier', 'unit', 'comparator', 'year', 'year_source', 'relative', 'line', 'quote'],
    'departments': ['department', 'institution_scope', 'action', 'share', 'comparator', 'year', 'year_source', 'line', 'quote'],
    'institutions': ['name', 'full_name', 'kind', 'aliases', 'line', 'quote'],
    'programmes': ['name', 'aliases', 'line', 'quote'],
    'references': ['title', 'number', 'relation', 'line', 'quote'],
    'responsibilities': ['task_label', 'task_line', 'task_quote', 'agency', 'role', 'line', 'quote'],
}
NAMEFIELDS = {'targets': ['indicator'], 'departments': ['department', 'institution_scope'], 'institutions': ['name', 'full_name'],
              'programmes': ['name'], 'references': ['title'], 'responsibilities': ['agency']}
ENUM = {
    ('targets', 'kind'): {'target', 'observation'},
    ('targets', 'comparator'): {'>=', '<=', '~', '=', '>', '<'},
    ('targets', 'year_source'): {'stated', 'inherited', 'none'},
    ('departments', 'comparator'): {'>=', '<=', '~', '=', '>', '<', None},
    ('departments', 'year_source'): {'stated', 'inherited', 'none'},
    ('institutions', 'kind'): {'hospital', 'laboratory', 'centre', 'institute', 'university', 'park', 'branch', 'other'},
    ('references', 'relation'): {'implements', 'drafts', 'cites'},
    ('responsibilities', 'role'): {'lead', 'support', 'responsible'},
}
PINYIN = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')
DATE = re.compile(r'^(\d{4}-\d{2}-\d{2})?$')


def occurs(hay, needle, k):
    pos = -1
    for _ in range(k + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return False
    return True


def check(path):
    errs = []
    try:
        key = json.load(open(path, encoding='utf-8'))
    except Exception as e:
        return [f'JSON does not parse: {e}']
    txt = path[:-5] + '.txt'
    if not os.path.exists(txt):
        return [f'missing text file {txt}']
    lines = open(txt, encoding='utf-8').read().split('\n')
    n = len(lines)
    for f in TOP:
        if f not in key:
            errs.append(f'missing top-level field {f}')
    if errs:
        return errs
    if key['document'] != os.path.basename(txt):
        errs.append(f"document field {key['document']} != {os.path.basename(txt)}")
    if key['guidelines'] != 'v1':
        errs.append('guidelines must be "v1"')
    md = key['metadata']
    for f in META:
        if f not in md:
            errs.append(f'metadata missing {f}')
    if not isinstance(md.get('issuers'), list):
        errs.append('metadata.issuers must be a list')
    if not DATE.match(md.get('date', '')):
        errs.append(f"metadata.date not YYYY-MM-DD: {md.get('date')}")
    if not re.match(r'^(\d{4}-\d{4})?$', md.get('plan_years', '')):
        errs.append(f"metadata.plan_years bad: {md.get('plan_years')}")
    for b in md.get('boilerplate_lines', []):
        if not (isinstance(b, int) and 1 <= b <= n):
            errs.append(f'boilerplate line {b} out of range')
    for lst, req in REQ.items():
        if not isinstance(key[lst], list):
            errs.append(f'{lst} is not a list'); continue
        for i, it in enumerate(key[lst]):
            tag = f'{lst}[{i}]'
            for f in req:
                if f not in it:
                    errs.append(f'{tag} missing {f}')
            if any(f not in it for f in req):
                continue
            for (l2, f), allowed in ENUM.items():
                if l2 == lst and it[f] not in allowed:
                    errs.append(f'{tag} {f}={it[f]!r} not allowed')
            for f in NAMEFIELDS[lst]:
                v = it[f]
                if PINYIN.search(v) or '（' in v or '）' in v:
                    errs.append(f'{tag} {f} has pinyin noise or full-width brackets: {v}')
            ln = it['line']
            if not (isinstance(ln, int) and 1 <= ln <= n):
                errs.append(f'{tag} line {ln} out of range'); continue
            q = it['quote']
            if not q:
                errs.append(f'{tag} empty quote')
            elif not occurs(lines[ln - 1], q, it.get('occurrence', 0)):
                errs.append(f'{tag} quote {q!r} not in line {ln} (occurrence {it.get("occurrence", 0)})')
            if lst == 'targets':
                if not isinstance(it['value'], (int, float)) or isinstance(it['value'], bool):
                    errs.append(f'{tag} value not a number')
                if it['multiplier'] not in (1, 1000, 10000, 1000000, 100000000, 1000000000000):
                    errs.append(f'{tag} multiplier {it["multiplier"]}')
                if it['relative'] and not all(k in it for k in ('relative_to', 'direction')):
                    errs.append(f'{tag} relative without relative_to/direction')
                if it['year'] is not None and not isinstance(it['year'], int):
                    errs.append(f'{tag} year not int/null')
            if lst == 'responsibilities':
                tl = it['task_line']
                if not (isinstance(tl, int) and 1 <= tl <= n):
                    errs.append(f'{tag} task_line {tl} out of range')
                elif it['task_quote'] not in lines[tl - 1]:
                    errs.append(f'{tag} task_quote {it["task_quote"]!r} not in line {tl}')
                elif tl > ln:
                    errs.append(f'{tag} responsibility line {ln} before task line {tl}')
    return errs


def main():
    bad = 0; total = 0; items = 0
    for split in ('dev', 'heldout'):
        d = os.path.join(HERE, split)
        for f in sorted(os.listdir(d)):
            if not f.endswith('.json'):
                continue
            total += 1
            p = os.path.join(d, f)
            errs = check(p)
            if not errs:
                k = json.load(open(p, encoding='utf-8'))
                items += sum(len(k[l]) for l in REQ)
            print(('OK   ' if not errs else 'FAIL ') + f'{split}/{f}')
            for e in errs:
                print('     ' + e)
            bad += bool(errs)
    print(f'{total - bad} passed, {bad} failed  ({items} items checked)')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
