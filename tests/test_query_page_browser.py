"""The query page in a real headless Chromium against a real `geokg serve` on 127.0.0.1.

Needs the Debian packages chromium and chromium-driver (and selenium); skipped without them.
Screenshots go to /tmp/geokg-*.png for a person to look at.
"""

import csv
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from rdflib import Dataset
from rdflib.namespace import RDF, RDFS

from geokg.endpoint.results import SHOWN_ROWS
from test_pages import GK, QUERY, SAMPLE

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1300,1000")

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
    pytest.skip("chromium and chromedriver are not installed (Debian: apt-get install chromium chromium-driver)",
                allow_module_level=True)

from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    geokg = Path(sys.executable).with_name("geokg")
    if not geokg.exists():
        pytest.skip("the geokg command is not installed")
    work = tmp_path_factory.mktemp("browser")
    (work / "sample.trig").write_text(SAMPLE)
    store = work / "store"
    subprocess.run([str(geokg), "load", str(work / "sample.trig"), "--store", str(store)], check=True,
                   capture_output=True, timeout=300)
    port = free_port()
    log = open(work / "serve.log", "wb")
    proc = subprocess.Popen([str(geokg), "serve", "--store", str(store), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                with urllib.request.urlopen(base + "/health", timeout=5) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("geokg serve did not start: " + (work / "serve.log").read_text(errors="replace"))
            time.sleep(0.2)
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="geokg-chromium-")
    options.add_argument("--user-data-dir=" + profile)
    options.binary_location = CHROMIUM
    driver = webdriver.Chrome(service=webdriver.ChromeService(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait(driver, condition, timeout=60):
    return WebDriverWait(driver, timeout).until(condition)


@pytest.fixture(scope="module")
def served(server):
    """What the server holds (the sample, and the reference graph `geokg serve` adds to a new store), from its dump."""
    with urllib.request.urlopen(server + "/dump.nq", timeout=120) as r:
        data = r.read()
    ds = Dataset()
    ds.parse(data=data, format="nquads")
    return ds


def expected_rows(ds):
    return len({(s, o) for s, _, o, _ in ds.quads((None, RDFS.label, None, None))})


def screenshot(driver, name):
    height = driver.execute_script("return document.body.scrollHeight")
    driver.set_window_size(1300, min(max(height + 120, 700), 4000))
    driver.save_screenshot(f"/tmp/geokg-{name}.png")


def test_link_with_query_opens_with_results(server, served, browser):
    browser.get(server + "/?query=" + quote(QUERY))
    table = wait(browser, EC.presence_of_element_located((By.ID, "result-table")))
    rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) == min(expected_rows(served), SHOWN_ROWS)
    assert browser.find_element(By.ID, "query").get_property("value") == QUERY
    # the editor highlights the query
    assert browser.find_elements(By.CSS_SELECTOR, "#highlight .tok-kw")
    assert browser.find_elements(By.CSS_SELECTOR, "#highlight .tok-var")
    screenshot(browser, "query-page")
    # geokg IRIs open their local page
    link = table.find_element(By.CSS_SELECTOR, 'a[href="/resource/state/IR"]')
    old_page = browser.find_element(By.TAG_NAME, "html")
    link.click()
    wait(browser, EC.staleness_of(old_page))
    heading = wait(browser, EC.presence_of_element_located((By.TAG_NAME, "h1")))
    assert heading.text == "Iran"
    screenshot(browser, "entity-page")


def test_click_an_example_and_run_it(server, served, browser):
    browser.get(server + "/")
    examples = browser.find_elements(By.CSS_SELECTOR, "#examples a.example:not([data-federated])")
    if not examples:
        pytest.skip("no example queries are installed")
    name = examples[0].get_attribute("data-name")
    old_page = browser.find_element(By.TAG_NAME, "html")
    examples[0].click()
    wait(browser, EC.staleness_of(old_page))
    assert "example=" + name in browser.current_url
    count = wait(browser, EC.presence_of_element_located((By.ID, "result-count")))
    assert count.text
    assert not browser.find_elements(By.CSS_SELECTOR, ".error")
    text = browser.find_element(By.ID, "query").get_property("value")
    assert "SELECT" in text or "CONSTRUCT" in text or "ASK" in text
    # edit the query in the editor and run it with the button
    editor = browser.find_element(By.ID, "query")
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys(Keys.DELETE)
    editor.send_keys("SELECT DISTINCT ?state WHERE { ?state a <https://w3id.org/geokg/ontology#State> }")
    old_page = browser.find_element(By.TAG_NAME, "html")
    browser.find_element(By.ID, "run").click()
    wait(browser, EC.staleness_of(old_page))
    table = wait(browser, EC.presence_of_element_located((By.ID, "result-table")))
    states = {s for s, _, _, _ in served.quads((None, RDF.type, GK.State, None))}
    assert len(table.find_elements(By.CSS_SELECTOR, "tbody tr")) == min(len(states), SHOWN_ROWS)


def test_download_links_work(server, served, browser, tmp_path):
    browser.get(server + "/?query=" + quote(QUERY))
    links = {a.get_attribute("data-format"): a for a in browser.find_elements(By.CSS_SELECTOR, "a.download")}
    assert set(links) == {"JSON", "XML", "CSV", "TSV"}
    media = {"JSON": "application/sparql-results+json", "XML": "application/sparql-results+xml",
             "CSV": "text/csv", "TSV": "text/tab-separated-values"}
    for label, a in links.items():
        status, content_type, text = browser.execute_async_script(
            "const done = arguments[1];"
            "fetch(arguments[0]).then(r => r.text().then(t => done([r.status, r.headers.get('content-type'), t])))"
            ".catch(e => done([0, String(e), '']));", a.get_attribute("href"))
        assert status == 200 and content_type.split(";")[0] == media[label], (label, content_type)
        assert "Iran" in text
    # a real click saves the file
    browser.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)})
    links["CSV"].click()
    deadline = time.monotonic() + 30
    while not list(tmp_path.glob("*.csv")) and time.monotonic() < deadline:
        time.sleep(0.2)
    saved = list(tmp_path.glob("*.csv"))
    assert saved, "the CSV download was not saved"
    rows = list(csv.reader(io.StringIO(saved[0].read_text(encoding="utf-8"))))
    assert rows[0] == ["s", "label"] and len(rows) == expected_rows(served) + 1


def test_graph_results_offer_rdf_downloads(server, browser):
    browser.get(server + "/?query=" + quote("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5"))
    wait(browser, EC.presence_of_element_located((By.ID, "result-table")))
    labels = {a.get_attribute("data-format") for a in browser.find_elements(By.CSS_SELECTOR, "a.download")}
    assert {"Turtle", "N-Triples", "JSON-LD"} <= labels


def test_a_script_in_a_label_stays_text(server, browser):
    browser.get(server + "/resource/org/evil")
    heading = wait(browser, EC.presence_of_element_located((By.TAG_NAME, "h1")))
    assert heading.text == "<script>alert('x')</script> Front"
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018  (reading it is what raises)
    screenshot(browser, "escaped-label")


def test_ontology_anchor(server, browser):
    browser.get(server + "/ontology#DefenceMinister")
    term = wait(browser, EC.presence_of_element_located((By.ID, "DefenceMinister")))
    assert "gk:DefenceMinister" in term.text
    screenshot(browser, "ontology")
