"""A fact table as HTML, built in Python: the document page's tables hold a cell per fact and column (4 000 and more
for a large plan), and the same markup through Jinja macros cost a macro call per cell (~0.1 s a page).

The output is, byte for byte, what the `table` macro of templates/macros.html renders (a test compares them on
every seed document): escaped text, gaps shown as 〔略〕, each run in the other language marked with `lang`.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from web.i18n import translate
from web.pages.text import finalize, in_lang
from web.view_models import Link, Table


def _attr(value: object) -> str:
    return str(escape(finalize(value)))


def _cell(v: Link | str | None, lang: str) -> str:
    if v is None or v == "":
        return ""
    if isinstance(v, Link):
        if v.href:
            return f'<a href="{_attr(v.href)}">{in_lang(v.label, lang)}</a>'
        return str(in_lang(v.label, lang))
    return str(in_lang(v, lang))


def table_html(tbl: Table, lang: str) -> Markup:
    """The table as the `table` macro renders it."""
    key = _attr(tbl.key)
    out = [f'<section class="facts" id="t-{key}" aria-labelledby="h-{key}">\n',
           f'<h2 id="h-{key}">{_attr(tbl.title)} <small>({len(tbl.rows)})</small></h2>\n']
    if tbl.rows:
        heads = [_attr(translate(c, lang)) for c in tbl.columns]
        out.append('\n<div class="scroll"><table class="facts-table">\n<thead><tr>')
        out += [f'<th scope="col">{h}</th>' for h in heads]
        out.append("</tr></thead>\n<tbody>\n")
        for n, row in enumerate(tbl.rows):
            row_id = tbl.row_ids[n] if tbl.row_ids and n < len(tbl.row_ids) else ""
            out.append(f'<tr id="{_attr(row_id)}">' if row_id else "<tr>")
            for i, v in enumerate(row):
                column = tbl.columns[i]
                quote = column == "col.quote"
                out.append(f'<td data-label="{heads[i]}"' + (' class="quote">' if quote else ">"))
                if quote and isinstance(v, Link):
                    out.append(f'<a class="evidence" href="{_attr(v.href)}">{in_lang(v.label, lang)}</a>')
                else:
                    out.append(_cell(v, lang))
                out.append("</td>")
            out.append("</tr>\n")
        out.append("\n</tbody></table></div>\n")
    else:
        out.append(f'<p class="empty">{_attr(translate("empty", lang))}</p>')
    out.append("\n</section>")
    return Markup("".join(out))
