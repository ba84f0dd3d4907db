"""The HTML view in a real browser: headless Chromium loads the page, we read what it drew.

The page writes how many nodes the network drew into `#kg-status`; `--dump-dom` prints
the DOM after the page's scripts ran (virtual time lets the layout finish without waiting
for real time). A screenshot is checked for the label colours of the legend.
"""
from __future__ import annotations

import html
import re
import shutil
import subprocess
import urllib.parse
from pathlib import Path

import pytest

from kg import viz
from test_viz import DEMO_NAME, build_demo_store  # the invented report

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/system-deps installs it)")

TIMEOUT = 120  # seconds for one browser run; a few seconds is usual


def chromium(tmp_path: Path, url: str, *args: str) -> str:
    profile = tmp_path / "chromium-profile"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1200,800",
           "--virtual-time-budget=15000", *args, url]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT)
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout


def status(dom: str) -> dict[str, str]:
    tag = re.search(r'<div id="kg-status"[^>]*>', dom)
    assert tag, "the page did not run (no #kg-status in the DOM)"
    return dict(re.findall(r'data-([a-z]+)="([^"]*)"', tag[0]))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("viz-browser")
    store = build_demo_store(folder / "store")
    page = folder / "demo.html"
    viz.render_html(store, out=page)
    return store, page


def test_browser_draws_every_node(demo, tmp_path):
    store, page = demo
    view = viz.graph_view(store)
    st = status(chromium(tmp_path, page.as_uri(), "--dump-dom"))
    assert int(st["nodes"]) == len(view["nodes"]) > 10
    assert int(st["drawn"]) == len(view["nodes"])
    assert st["stabilized"] == "1"


def test_screenshot_shows_a_coloured_graph(demo, tmp_path):
    Image = pytest.importorskip("PIL.Image")  # pillow and numpy come with matplotlib (dev extra)
    np = pytest.importorskip("numpy")
    store, page = demo
    shot = tmp_path / "shot.png"
    chromium(tmp_path, page.as_uri(), f"--screenshot={shot}")
    img = Image.open(shot).convert("RGB")
    assert img.size == (1200, 800)
    # Only the network's part of the window (the side panel on the right has the legend's swatches).
    canvas = np.asarray(img.crop((0, 0, 800, 800)), dtype=int)
    view = viz.graph_view(store)
    found = {}
    for item in view["legend"]:
        rgb = np.array([int(item["color"][i:i + 2], 16) for i in (1, 3, 5)])
        found[item["label"]] = int((np.abs(canvas - rgb).max(axis=2) <= 6).sum())
    # every label's colour is painted on the canvas (a node is a disc of a few hundred pixels)
    assert all(n > 30 for n in found.values()), found
    white = int((canvas == 255).all(axis=2).sum())
    assert white < canvas.shape[0] * canvas.shape[1] * 0.99  # not a blank page


def test_search_opens_a_node_with_its_evidence(demo, tmp_path):
    _, page = demo
    url = page.as_uri() + "#search=" + urllib.parse.quote("丙水库")
    dom = html.unescape(chromium(tmp_path, url, "--dump-dom"))
    details = re.search(r'<section id="kg-details">(.*?)</section>', dom, re.S)[1]
    assert "丙水库" in details and "水库" in details
    assert "乙区消防救援大队参加了在戊镇丙水库开展的防汛应急演练。" in details  # the evidence sentence
    assert DEMO_NAME in details
    assert "举办地点" in details  # its HELD_AT relationship, in Chinese
    assert re.search(r'<div id="kg-search-result">1 个匹配', dom)


def test_seed_graph_renders(seed_store, tmp_path):
    page = tmp_path / "seeds.html"
    viz.render_html(seed_store, out=page)
    view = viz.graph_view(seed_store)
    st = status(chromium(tmp_path, page.as_uri(), "--dump-dom"))
    assert int(st["nodes"]) == len(view["nodes"])
    assert int(st["drawn"]) == len(view["nodes"])
