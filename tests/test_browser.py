"""Real-browser tests: Debian chromium driven by Playwright over a waitress server on a loopback port.

Opens every page type, follows links, runs a canned query in the YASGUI editor, switches languages and uses
the comparison view. Any request not to 127.0.0.1 is blocked and recorded, and the test fails if one happened.
Screenshots go to tests/artifacts/; the README's two screenshots to docs/img/.
"""

from __future__ import annotations

import shutil
import socket
import threading
from collections.abc import Iterator
from dataclasses import replace
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page, sync_playwright

from policykg.settings import ROOT

ARTIFACTS = ROOT / "tests" / "artifacts"
README_IMG = ROOT / "docs" / "img"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


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
def browser_page(server) -> Iterator[tuple[Page, list[str], list[str]]]:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    outside: list[str] = []
    console_errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")

        def guard(route, request) -> None:
            host = urlparse(request.url).hostname
            if request.url.startswith(("data:", "blob:")) or host == "127.0.0.1":
                route.continue_()
            else:
                outside.append(request.url)
                route.abort()

        context.route("**/*", guard)
        page = context.new_page()
        page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
        yield page, outside, console_errors
        context.close()
        browser.close()


def shot(page: Page, name: str, full: bool = False) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full)


PHYSICIANS = "https://w3id.org/policykg/vocab/indicator/physicians-per-1000"


def test_browse_document_fact_and_entity(server, browser_page):
    page, outside, _ = browser_page
    page.goto(server + "/?lang=zh")
    assert page.locator("table.documents tbody tr").count() >= 5
    shot(page, "home", full=True)
    page.locator("a.doc-link", has_text="内蒙古").first.click()
    page.wait_for_selector("#doctext")
    assert page.locator("#doctext mark.fact").count() > 10
    assert page.locator("#doctext mark.k-Target").count() >= 1
    # the README shot: the text scrolled to the first highlighted target, with responsibilities around it
    page.locator("#doctext mark.k-Target").first.evaluate("m => m.scrollIntoView({block: 'start'})")
    page.evaluate("window.scrollTo(0, document.getElementById('doctext').getBoundingClientRect().top"
                  " + window.scrollY - 120)")
    README_IMG.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(README_IMG / "document.png"))
    shot(page, "document-normalised")
    page.click("#view-raw")
    page.wait_for_selector("#view-raw.on")
    shot(page, "document-raw")
    fact = page.locator("#doctext mark.k-Responsibility a.k-Responsibility").first
    fact.click()
    page.wait_for_selector("h1")
    assert "/responsibility/" in page.url
    shot(page, "fact")
    quote = page.locator("a.evidence").first
    assert "view=normalised" in (quote.get_attribute("href") or "")
    quote.click()
    page.wait_for_selector("#doctext mark.focus")
    assert page.locator("#at").count() == 1
    focused = page.locator("#doctext mark.focus").first.inner_text()
    shot(page, "evidence-focus")
    page.click("#view-raw")  # the focus follows into the raw view, at the raw offsets
    page.wait_for_selector("#view-raw.on")
    assert page.locator("#doctext mark.focus").count() >= 1
    assert len(page.locator("#doctext mark.focus").first.inner_text()) >= len(focused) // 2
    assert outside == []


def test_compare_view(server, browser_page):
    page, outside, _ = browser_page
    page.goto(server + "/compare?lang=zh")
    options = page.locator("#pick-indicator option")
    assert options.count() > 1, "the graph has indicators with targets"
    assert page.locator("#compare-table tbody tr").count() >= 1, "a default indicator is compared at once"
    values = [options.nth(i).get_attribute("value") for i in range(options.count())]
    page.goto(server + "/compare?lang=zh")
    page.select_option("#pick-indicator", PHYSICIANS if PHYSICIANS in values else values[1])
    page.click("#compare-go")
    page.wait_for_selector("#compare-table")
    rows = page.locator("#compare-table tbody tr")
    jurisdictions = {rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())}
    if len(jurisdictions) < 2:  # the README shows a comparison: fall back to the default indicator
        page.goto(server + "/compare?lang=zh")
        page.wait_for_selector("#compare-table")
    assert page.locator(".chart svg rect").count() >= 1
    page.screenshot(path=str(README_IMG / "compare.png"))
    shot(page, "compare", full=True)
    page.locator("#compare-table a.evidence").first.click()
    page.wait_for_selector("#doctext mark.focus")
    assert outside == []


def test_language_switch(server, browser_page):
    page, outside, _ = browser_page
    page.goto(server + "/?lang=zh")
    assert "图谱内容" in page.inner_text("main")
    page.click("#lang-switch")
    page.wait_for_load_state()
    assert "What the graph holds" in page.inner_text("main")
    page.goto(server + "/agencies")
    assert "Agencies and responsibilities" in page.inner_text("main")
    shot(page, "agencies-en", full=True)
    page.click("#lang-switch")
    assert "部门与职责" in page.inner_text("main")
    assert outside == []


def test_search_ontology_and_gallery(server, browser_page):
    page, outside, _ = browser_page
    page.goto(server + "/?lang=zh")
    page.fill("#q", "zhongshan")
    page.press("#q", "Enter")
    page.wait_for_selector("#hits")
    assert "中山" in page.inner_text("#hits")
    shot(page, "search")
    page.locator("a.facet[data-facet='status']").first.click()
    page.wait_for_selector("#hits")
    page.goto(server + "/ontology")
    assert page.locator("#pkg-Target").count() == 1
    shot(page, "ontology")
    page.goto(server + "/queries")
    page.locator("#q-documents h3 a").click()
    page.click("#run")
    page.wait_for_selector("#results")
    assert page.locator("#results tbody tr").count() >= 5
    shot(page, "canned-query")
    assert outside == []


def test_run_a_canned_query_in_the_editor(server, browser_page):
    page, outside, console_errors = browser_page
    page.goto(server + "/queries/documents")
    page.click("#open-editor")
    page.wait_for_selector(".yasqe .CodeMirror")
    assert "SELECT ?document ?title" in page.locator(".CodeMirror").first.inner_text()
    page.locator(".yasqe_queryButton").first.click()
    page.wait_for_selector(".yasr table tbody tr", timeout=20000)
    assert "中山市推进卫生健康高质量发展实施方案" in page.inner_text(".yasr")
    shot(page, "editor")
    assert outside == []
    assert not [e for e in console_errors if "Content Security Policy" in e], console_errors


def test_phone_layout(server, browser_page):
    page, outside, _ = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server + "/doc/zhongshan-2023-health-high-quality-development?lang=zh")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400, "no horizontal scrolling of the whole page on a phone"
    shot(page, "document-phone")
    page.set_viewport_size({"width": 1280, "height": 900})
    assert outside == []
