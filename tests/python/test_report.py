"""The HTML report: self-contained, escaped, and rendered by a real browser."""

from __future__ import annotations

import html.parser
import os
import re
import shutil
import subprocess
import sys

import pytest

import govgraph
import govgraph.report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class _Page(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.headings, self.links, self.images, self.text = [], [], [], []
        self._in = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("h1", "h2"):
            self._in = tag
        for name in ("src", "href"):
            if name in attrs:
                self.links.append(attrs[name])
        if tag == "img":
            self.images.append(attrs["src"])

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        self.text.append(data)
        if self._in == "h2":
            self.headings.append(data)


@pytest.fixture(scope="module")
def page():
    return govgraph.report.build_report(govgraph.load_json(os.path.join(
        os.path.dirname(__file__), "..", "..", "examples", "registers", "avon-and-somerset-2016.json")))


def test_report_is_self_contained_with_every_section(page, example):
    parsed = _Page()
    parsed.feed(page)
    assert parsed.headings == [name for _, name in govgraph.report.SECTIONS]
    # Nothing is fetched: every src and href is a data: image or a link within the page.
    assert parsed.links and all(link.startswith(("data:image/png;base64,", "#")) for link in parsed.links)
    assert not re.search(r"(src|href)\s*=\s*[\"']?\s*(https?:)?//", page, re.I)
    assert "@import" not in page and "url(" not in page
    assert len(parsed.images) == 4
    text = " ".join(parsed.text)
    for m in example.meetings:
        assert m.name in text
    # The table of contents links each section.
    for anchor, _ in govgraph.report.SECTIONS:
        assert f'href="#{anchor}"' in page and f'id="{anchor}"' in page
    assert "@media print" in page


def test_report_escapes_register_text(tmp_path):
    reg = govgraph.loads_json("""{"schema_version": 1,
      "info": {"title": "<script>alert('x')</script> & Co"},
      "organisations": [{"id": "o", "name": "Bold <b>Org</b>"}],
      "meetings": [{"id": "m", "name": "Board \\"one\\" <i>", "lead": "o", "cadence": "Monthly",
                    "participants": [{"organisation": "o"}]}]}""")
    page = govgraph.report.build_report(reg, plots=False)
    assert "<script>" not in page and "<b>Org" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Co" in page
    assert "Board &quot;one&quot; &lt;i&gt;" in page
    govgraph.report.write_report(reg, tmp_path / "r.html", plots=False)
    assert (tmp_path / "r.html").read_text(encoding="utf-8") == page


def test_report_command(example_path, tmp_path):
    # The charts are checked above; --no-charts keeps this run quick.
    out = tmp_path / "report.html"
    run = subprocess.run([sys.executable, "-m", "govgraph", "report", str(example_path), "-o", str(out),
                          "--title", "Review & options", "--no-charts"], capture_output=True, text=True,
                         env=dict(os.environ), check=False)
    assert run.returncode == 0, run.stderr
    text = out.read_text(encoding="utf-8")
    assert "<h1>Review &amp; options</h1>" in text and "data:image" not in text
    assert "Avon and Somerset Local Criminal Justice Board" in text
    run = subprocess.run([sys.executable, "-m", "govgraph", "report", str(tmp_path / "missing.json"), "-o",
                          str(out)], capture_output=True, text=True, env=dict(os.environ), check=False)
    assert run.returncode == 2 and "missing.json" in run.stderr


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (scripts/install-deps.sh --test adds it)")
def test_report_renders_in_headless_chromium(page, example, artifacts, tmp_path):
    import matplotlib.image

    path = artifacts / "report.html"
    path.write_text(page, encoding="utf-8")
    shot = artifacts / "report.png"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,2000",
             f"--user-data-dir={tmp_path / 'profile'}"]
    env = dict(os.environ, HOME=str(tmp_path))  # chromium writes its caches under HOME
    dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", path.resolve().as_uri()], capture_output=True, text=True,
                         timeout=120, env=env, check=False)
    assert dom.returncode == 0, dom.stderr[-2000:]
    rendered = _Page()
    rendered.feed(dom.stdout)
    assert rendered.headings == [name for _, name in govgraph.report.SECTIONS]
    text = " ".join(rendered.text)
    for m in example.meetings:
        assert m.name in text
    run = subprocess.run([CHROMIUM, *flags, f"--screenshot={shot}", path.resolve().as_uri()], capture_output=True,
                         text=True, timeout=120, env=env, check=False)
    assert run.returncode == 0 and shot.exists(), run.stderr[-2000:]
    assert shot.stat().st_size > 50_000
    pixels = matplotlib.image.imread(shot)
    assert pixels.shape[:2] == (2000, 1280)
    assert pixels[..., :3].std() > 0.05  # not a blank page
