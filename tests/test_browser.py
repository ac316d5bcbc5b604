"""Real-browser tests: Debian chromium driven by Playwright over a waitress server on a loopback port.

Used as a policy researcher would, in Chinese and English, at 1366×900 and on a 390×844 phone: every point of
issue 11 is read off what the page shows (values, labels, where a link lands), not only checked for existence.
Every request that is not to 127.0.0.1 is blocked and recorded, and a test fails if one happened; every page
is checked for the leaked redaction marker and for text in the wrong language (tests.ui_language).
Screenshots go to tests/artifacts/; the README's and the issue's screenshots to docs/img/.
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from urllib.parse import quote, urlparse

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from policykg.settings import ROOT
from tests.ui_language import leaked_gap, wrong_language

ARTIFACTS = ROOT / "tests" / "artifacts"
README_IMG = ROOT / "docs" / "img"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
BASE = "https://w3id.org/policykg/"
GERIATRICS = quote(BASE + "vocab/department-type/geriatrics", safe="")
JIAOHE = "jiaohe-2023-health-service-system-plan-draft"
XIANGTAN = "xiangtan-undated-healthy-xiangtan-2030"
INNER_MONGOLIA = "inner-mongolia-2023-healthcare-service-system"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(seed_settings) -> Iterator[str]:
    from waitress.server import create_server

    from web.app import create_app, shutdown

    app = create_app(replace(seed_settings, host="127.0.0.1", port=_free_port()))
    srv = create_server(app, host="127.0.0.1", port=app.config["POLICYKG"].port, threads=4)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{app.config['POLICYKG'].port}"
    srv.close()
    shutdown(app)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    README_IMG.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class Visitor:
    """A browser tab as one researcher uses it, with the requests that tried to leave the machine."""

    page: Page
    root: str
    outside: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def go(self, path: str, lang: str = "") -> Page:
        url = self.root + path
        if lang:
            url += ("&" if "?" in path else "?") + f"lang={lang}"
        self.page.goto(url)
        self.check()
        return self.page

    def check(self) -> None:
        """No leaked gap marker and no text in the wrong language, in the DOM as the browser built it."""
        content = self.page.content()
        assert not leaked_gap(content), self.page.url
        assert not wrong_language(content), (self.page.url, wrong_language(content)[:5])

    def text(self, selector: str) -> str:
        return self.page.inner_text(selector)

    def shot(self, name: str, readme: bool = False, full: bool = False) -> None:
        folder = README_IMG if readme else ARTIFACTS
        self.page.screenshot(path=str(folder / f"{name}.png"), full_page=full)


def _visitor(browser: Browser, server: str, viewport: dict) -> Iterator[Visitor]:
    context = browser.new_context(viewport=viewport, locale="zh-CN")
    v = Visitor(context.new_page(), server)

    def guard(route, request) -> None:
        host = urlparse(request.url).hostname
        if request.url.startswith(("data:", "blob:")) or host == "127.0.0.1":
            route.continue_()
        else:
            v.outside.append(request.url)
            route.abort()

    context.route("**/*", guard)
    v.page.on("console", lambda m: v.errors.append(m.text) if m.type == "error" else None)
    yield v
    context.close()
    assert v.outside == [], v.outside


@pytest.fixture
def desk(browser, server) -> Iterator[Visitor]:
    yield from _visitor(browser, server, DESKTOP)


@pytest.fixture
def phone(browser, server) -> Iterator[Visitor]:
    yield from _visitor(browser, server, PHONE)


def simplified(text: str) -> str:
    import opencc

    return opencc.OpenCC("t2s").convert(text)


def no_horizontal_scroll(v: Visitor) -> None:
    width = v.page.evaluate("document.documentElement.scrollWidth")
    assert width <= v.page.viewport_size["width"], (v.page.url, width)


# --- points 1 and 7: gaps and the reader ----------------------------------------------------------------

def test_reader_gaps_popover_legend_outline_and_context(desk):
    v = desk
    page = v.go(f"/doc/{XIANGTAN}", "en")
    gaps = page.locator("#doctext .gap")
    assert gaps.count() > 100 and gaps.first.inner_text() == "〔略〕"
    assert page.locator("#doctext .gap").first.evaluate("e => getComputedStyle(e).borderStyle") == "dashed"
    page.locator("#doctext mark.k-Target").first.evaluate("m => m.scrollIntoView({block: 'center'})")
    page.evaluate("window.scrollTo(0, document.getElementById('doctext').getBoundingClientRect().top"
                  " + window.scrollY - 140)")
    v.shot("document-en", readme=True)

    # every fact at a span: a department requirement and a share target share one
    page = v.go(f"/doc/{JIAOHE}", "en")
    run = page.locator("#doctext a[aria-haspopup]").first
    run.scroll_into_view_if_needed()
    run.click()
    pop = page.locator("#popover")
    assert pop.is_visible()
    kinds = pop.locator("li .tag").all_inner_texts()
    assert len(kinds) >= 2 and len(set(kinds)) >= 1, kinds
    first = pop.locator("li a").first
    assert first.evaluate("a => a === document.activeElement")
    page.keyboard.press("Escape")
    assert not pop.is_visible()

    # the legend filters fact types
    target = page.locator("#doctext mark.k-Target").first
    before = target.evaluate("m => getComputedStyle(m).backgroundColor")
    page.locator("#legend input[data-kind='Target']").uncheck()
    assert target.evaluate("m => getComputedStyle(m).backgroundColor") in ("rgba(0, 0, 0, 0)", "transparent")
    page.locator("#legend input[data-kind='Target']").check()
    assert target.evaluate("m => getComputedStyle(m).backgroundColor") == before
    # types differ by underline style too, not by colour alone
    styles = {k: page.locator(f"#doctext mark.k-{k}").first.evaluate("m => getComputedStyle(m).borderBottomStyle")
              for k in ("Target", "Observation", "DepartmentRequirement")}
    assert len(set(styles.values())) == 3, styles

    # the outline links to the fact tables
    count = page.locator(".outline a.count").first
    anchor = count.get_attribute("href")
    count.click()
    row = page.locator(f'[id="{anchor[1:]}"]')
    assert row.is_visible() and row.evaluate("r => r.matches(':target')")

    # jump to evidence: the boxed sentence with its lead-in above it
    focus = page.locator("#t-departments a.evidence").first
    quote_text = focus.inner_text()
    focus.click()
    page.wait_for_selector("#doctext mark.focus")
    box = page.locator("#doctext mark.focus").first
    assert box.inner_text().startswith(quote_text[:4])  # the table quotes the raw file; the reader is normalised
    above = box.evaluate("m => m.getBoundingClientRect().top - document.getElementById('doctext')"
                         ".getBoundingClientRect().top")
    assert above > 40, above  # not flush at the top: lines of context stay visible above the box
    v.check()


def test_raw_view_is_traditional_and_the_switch_is_plain_links(desk):
    page = desk.go(f"/doc/{INNER_MONGOLIA}?view=raw", "zh")
    assert page.get_attribute("#doctext", "lang") == "zh-Hant"
    assert page.get_attribute("#view-raw", "aria-current") == "page"
    assert page.get_attribute("#view-normalised", "aria-current") is None
    page.click("#view-normalised")
    page.wait_for_selector("#view-normalised[aria-current='page']")
    assert page.get_attribute("#doctext", "lang") == "zh-Hans"
    # the README shot: the text scrolled to the first highlighted target, with responsibilities around it
    page.locator("#doctext mark.k-Target").first.evaluate("m => m.scrollIntoView({block: 'center'})")
    page.evaluate("window.scrollTo(0, document.getElementById('doctext').getBoundingClientRect().top"
                  " + window.scrollY - 150)")
    desk.shot("document", readme=True)
    page.evaluate("window.scrollTo(0, 0)")
    page.keyboard.press("Tab")
    skip = page.evaluate("document.activeElement.className")
    assert skip == "skip" and page.locator("a.skip").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


# --- point 2: entity pages ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["zh", "en"])
def test_agency_page_answers_what_it_leads_and_supports(desk, lang):
    v = desk
    page = v.go("/agency/150000/health-commission", lang)
    counts = [int(c) for c in page.locator("#tasks .counts strong").all_inner_texts()]
    rows = page.locator(".task-table tbody tr")
    # by hand from the text: 13 × (責任單位:自治區衛生健康委牽頭負責), 10 × …等部門按職責分工負責, in one plan
    assert counts == [13, 10, 1] and rows.count() == 23
    lead, responsible = ("牵头", "负责") if lang == "zh" else ("lead", "responsible")
    cells = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.task-table tbody tr')].map(tr =>
        [tr.cells[0].innerText.trim(), [tr.cells[1].innerText.trim(), tr.cells[2].innerText.trim()]]))""")
    assert cells["6."] == ["推进紧密型医疗联合体建设", lead] and cells["1."] == ["推进高水平医疗中心建设", responsible]
    first = rows.first.locator("td")
    assert re.match(r"^\d+\.$", first.nth(0).inner_text().strip())  # provision number
    assert first.nth(1).inner_text().strip() != "—"  # the task
    words = ("牵头", "配合", "负责") if lang == "zh" else ("lead", "support", "responsible")
    assert {r.strip() for r in page.locator(".task-table .role").all_inner_texts()} <= set(words)
    co = page.locator(".task-table td:nth-child(5)").all_inner_texts()
    assert any("内蒙古自治区" in c for c in co)  # the co-responsible agencies, by name
    heading = page.locator(".task-group h3").first.inner_text()
    assert "内蒙古自治区进一步完善医疗卫生服务体系实施方案" in heading  # no English title is known for it
    v.shot(f"agency-{lang}", readme=True)
    named = first.nth(3).locator("a.evidence")
    said = named.inner_text()
    named.click()
    page.wait_for_selector("#doctext mark.focus")
    boxed = page.locator("#doctext mark.focus").first.inner_text()
    assert boxed == said or boxed == simplified(said), (boxed, said)  # the reader shows the normalised text


def test_fact_page_names_its_department_requirement_and_agencies(desk):
    page = desk.go(f"/doc/{JIAOHE}/target/3449-3485", "en")
    assert "60%" in page.inner_text("h1")
    card = page.inner_text(".fact-card")
    assert "Geriatrics department" in card and "Grade 2+ general hospital" in card
    assert page.locator(".fact-card blockquote").count() == 1  # the quote, once
    assert "https://" not in page.inner_text("main").replace(page.inner_text("p.iri"), "")
    page.click(".fact-card a.evidence")
    page.wait_for_selector("#doctext mark.focus")
    assert page.locator("#doctext mark.focus").first.inner_text().startswith("二级及以上综合性医院")


# --- point 3: the comparison ------------------------------------------------------------------------------

def _rows(page: Page) -> list[dict[str, str]]:
    return page.evaluate("""() => [...document.querySelectorAll('#compare-table tbody tr')].map(tr =>
        Object.fromEntries([...tr.querySelectorAll('td')].map(td => [td.dataset.label, td.innerText.trim()])))""")


def test_compare_never_mixes_and_reads_right(desk):
    v = desk
    page = v.go("/compare", "zh")
    # opens on an indicator two plans share, about one kind of thing: 湘潭 人均预期寿命 79.8 岁 by 2030
    assert page.inner_text("h1") == "跨辖区比较: 人均预期寿命"
    rows = _rows(page)
    assert any(r["辖区"] == "湘潭市" and r["数值"] == "≥ 79.8 岁" and r["年份"] == "2030" for r in rows), rows
    assert any(r["辖区"] == "蛟河市" and r["类别"] == "观测值" and r["数值"] == "≥ 78 岁" for r in rows), rows
    legend = page.inner_text("#compare-legend")
    assert "目标值" in legend and "现状（观测值）" in legend
    bars = page.locator(".bar-value").all_inner_texts()
    assert bars[0] == "≥ 79.8" and len(bars) == len(rows)
    v.shot("compare", readme=True)

    # a generic indicator: one institution scope at a time (蛟河 村卫生室219所)
    page = v.go("/compare?indicator=" + quote(BASE + "vocab/indicator/number-of-institutions", safe=""), "zh")
    assert page.locator("#one-kind").is_visible()
    page.select_option("#filter-scope", BASE + "vocab/institution-type/village-clinic")
    page.click("#compare-go")
    page.wait_for_selector("#compare-table")
    assert [(r["辖区"], r["数值"], r["年份"]) for r in _rows(page)] == [("蛟河市", "= 219 个", "2020")]

    page = v.go(f"/compare?department={GERIATRICS}", "zh")
    rows = _rows(page)
    assert {r["科室"] for r in rows} == {"老年医学科"}
    # 内蒙古: 二級及以上公立綜合性醫院設立老年醫學科比例達90%以上 (2025)
    assert any(r["辖区"] == "内蒙古自治区" and r["比例"] == "≥ 90%" and r["年份"] == "2025"
               and r["机构范围"] == "二级及以上公立综合性医院" for r in rows), rows
    assert any(r["辖区"] == "蛟河市" and r["基线"] == "50% (2020)" and r["比例"] in ("= 60%", "≥ 60%") for r in rows), rows
    assert any(r["辖区"] == "中山市" and r["比例"] == "未写明数值" for r in rows)
    wrap = page.locator("#compare-table").evaluate("t => [t.parentElement.scrollWidth, t.parentElement.clientWidth]")
    assert wrap[0] <= wrap[1], wrap  # no horizontal overflow at 1366 px
    labels = page.locator(".bar-label")
    assert labels.count() >= 2 and all(w <= c + 1 for w, c in labels.evaluate_all(
        "ls => ls.map(l => [l.scrollWidth, l.clientWidth])"))  # chart labels are not clipped
    silent = page.locator("#silent li")
    assert silent.count() >= 1 and "湘潭" in page.inner_text("#silent")

    # sortable columns: the header link sorts, and says so
    page.locator("#compare-table th a.sort", has_text="比例").click()
    page.wait_for_selector("th[aria-sort]")
    shares = [float(re.sub(r"[^\d.]", "", r["比例"])) for r in _rows(page) if "%" in r["比例"]]
    assert shares == sorted(shares, reverse=True) and len(shares) >= 2
    # filters narrow: county level only
    county = page.locator("#filter-level option", has_text="县级行政区").get_attribute("value")
    page.select_option("#filter-level", county)
    page.click("#compare-go")
    page.wait_for_selector("#compare-table")
    assert {r["辖区"] for r in _rows(page)} == {"蛟河市"}
    v.check()

    page = v.go(f"/compare?department={GERIATRICS}", "en")
    rows = _rows(page)
    assert any(r["Jurisdiction"] == "Jiaohe City" and r["Baseline"] == "50% (2020)" for r in rows)
    assert any(r["Share"] == "no number stated" for r in rows)
    v.shot("compare-en", readme=True)
    page.locator("#compare-table a.evidence").first.click()
    page.wait_for_selector("#doctext mark.focus")


def test_compare_on_a_phone(phone):
    v = phone
    for lang in ("zh", "en"):
        page = v.go(f"/compare?department={GERIATRICS}", lang)
        no_horizontal_scroll(v)
        assert page.locator("#compare-table thead").evaluate("t => getComputedStyle(t).display") == "none"
        cell = page.locator("#compare-table tbody tr").first.locator("td").first
        label = cell.evaluate("td => getComputedStyle(td, '::before').content")
        assert label.strip('"') == ("辖区" if lang == "zh" else "Jurisdiction")
        assert page.locator(".sort-phone").is_visible()
        assert not page.locator("#filter-level").is_visible()  # filters folded: the results come first
        page.locator("#h-chart").evaluate("h => h.scrollIntoView()")
        v.shot(f"phone-compare-{lang}", readme=True)


# --- points 4 and 5: English and untranslated strings ------------------------------------------------

def test_english_carries_titles_places_and_units(desk):
    page = desk.go("/", "en")
    assert page.locator("a.doc-link span[lang='zh-Hans']").count() == 5  # Chinese titles, marked as Chinese
    places = page.locator("table.documents tbody td:nth-child(3)").all_inner_texts()
    assert {"Zhongshan", "Jiaohe City", "Inner Mongolia Autonomous Region"} <= set(places)
    page = desk.go(f"/doc/{JIAOHE}", "en")
    table = page.inner_text("#t-targets")
    assert "per 1000 population" in table and "per-1000-population" not in table
    # 蛟河: 每千人口执业(助理)医师数(人) 3.34 → 3.9 (2025)
    row = page.locator("#t-targets tbody tr", has_text="Licensed (assistant) physicians per 1000 population").filter(
        has_text="2025").first
    assert row.locator("td[data-label='Value']").inner_text() == "3.9 per 1000 population"
    assert row.locator("td[data-label='Baseline']").inner_text() == "3.34 per 1000 population (2020)"
    page = desk.go("/doc/zhongshan-2023-health-high-quality-development", "en")
    links = page.locator("#h-links + ul.links li").all_inner_texts()
    assert "drafts 镇街卫生健康高质量发展评价标准" in links and sum("中共广东省委" in x for x in links) == 1
    assert desk.go("/vocab/jurisdiction/150600", "en").inner_text("h1") == "Ordos"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_untranslated_or_mixed_strings(desk, lang):
    """Each page type as the browser renders it (after its scripts ran): every string in the page's language."""
    for path in ("/", f"/doc/{JIAOHE}", "/compare", "/agencies", "/agency/442000/health-commission",
                 "/search?q=%E8%80%81%E5%B9%B4", "/queries", "/queries/responsibilities", "/ontology",
                 "/vocab/indicator/life-expectancy", "/query"):
        desk.go(path, lang)
    assert not [e for e in desk.errors if "Content Security Policy" in e], desk.errors


# --- point 6: search ---------------------------------------------------------------------------------------

def test_search_ranks_groups_and_filters(desk):
    v = desk
    page = v.go("/?lang=zh")
    page.fill("#q", "老年医学科")
    page.press("#q", "Enter")
    page.wait_for_selector("#hits")
    v.check()
    groups = page.locator(".hit-group h3").all_inner_texts()
    assert groups[0] in ("文件", "事实与条款")
    hit = page.locator("#group-facts li").first
    assert hit.locator(".snippet").count() == 1 and "出自" in hit.locator(".where").inner_text()
    v.shot("search", readme=True)
    page.locator("a.facet[data-facet='status']", has_text="征求意见稿").click()
    page.wait_for_selector("#hits")
    wheres = page.locator("#hits .where").all_inner_texts()
    assert wheres and all("蛟河" in w for w in wheres)
    link = page.locator("#group-facts a.hit-link").first
    said = link.inner_text()
    link.click()
    page.wait_for_selector("#doctext mark.focus")
    assert page.locator("#doctext mark.focus").count() >= 1 and said

    page = v.go("/search?q=hospital", "en")
    assert "Documents and facts using the Chinese name of “Hospital”" in page.inner_text("main")
    assert page.locator(".expansion li").count() >= 3
    v.shot("search-en", readme=True)


# --- point 8: gallery and editor ----------------------------------------------------------------------

def test_gallery_parameters_by_label_and_local_links(desk):
    v = desk
    page = v.go("/queries/indicator-comparison", "en")
    page.select_option("#p-indicator", label="Life expectancy at birth")
    page.click("#run")
    page.wait_for_selector("#results")
    v.check()
    headers = page.locator("#results th").all_inner_texts()
    assert any(h.startswith("Jurisdiction") for h in headers) and any(h.startswith("Value") for h in headers)
    hrefs = page.locator("#results tbody a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
    assert hrefs and all(h.startswith("/") for h in hrefs)
    page = v.go("/queries/responsibilities", "zh")
    page.fill("#p-document", "中山")
    page.locator("#dl-document option").first.wait_for(state="attached")
    option = page.locator("#dl-document option").first
    assert option.get_attribute("value") == "zhongshan-2023-health-high-quality-development"
    assert "中山市推进卫生健康高质量发展实施方案" in option.get_attribute("label")
    page.fill("#p-document", "zhongshan-2023-health-high-quality-development")
    page.click("#run")
    page.wait_for_selector("#results")
    assert page.locator("#results th", has_text="部门").count() >= 1
    v.shot("canned-query")


def test_editor_collapses_prefixes_and_links_results_locally(desk):
    v = desk
    page = v.go("/queries/documents", "zh")
    page.click("#open-editor")
    page.wait_for_selector(".yasqe .CodeMirror")
    page.wait_for_timeout(300)
    shown = page.locator(".CodeMirror-code").inner_text()
    assert "SELECT ?document ?title" in shown and shown.count("PREFIX") <= 1  # prefixes folded away
    page.locator(".yasqe_queryButton").first.click()
    page.wait_for_selector(".yasr table tbody tr", timeout=20000)
    assert "中山市推进卫生健康高质量发展实施方案" in page.inner_text(".yasr")
    link = page.locator(f".yasr tbody a[data-iri^='{BASE}doc/']").first
    assert link.get_attribute("href").startswith("/doc/") and link.get_attribute("target") is None
    v.shot("editor")
    page = v.go(link.get_attribute("href"))
    assert urlparse(page.url).path.startswith("/doc/") and page.locator("#doctext").count() == 1
    assert not [e for e in v.errors if "Content Security Policy" in e], v.errors


# --- phones, both languages ---------------------------------------------------------------------------

def test_phone_pages_fit_in_both_languages(phone):
    v = phone
    for lang in ("zh", "en"):
        v.go(f"/doc/{JIAOHE}", lang)
        no_horizontal_scroll(v)
        v.shot(f"phone-document-{lang}", readme=True)
        page = v.go("/agency/150000/health-commission", lang)
        no_horizontal_scroll(v)
        assert page.locator(".task-table thead").evaluate("t => getComputedStyle(t).display") == "none"
        v.shot(f"phone-agency-{lang}", readme=True)
        v.go("/search?q=%E8%80%81%E5%B9%B4", lang)
        no_horizontal_scroll(v)
