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
EXAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "examples")
# The sections of a report on a register without initiatives, change set or cycle plan.
PLAIN = [name for anchor, name in govgraph.report.SECTIONS
         if anchor not in ("what-if", "engagement", "cycle", "composition", "skills", "forward-plan", "actions", "portfolio")]


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
    assert parsed.headings == PLAIN
    # Nothing is fetched: every src and href is a data: image or a link within the page.
    assert parsed.links and all(link.startswith(("data:image/png;base64,", "#")) for link in parsed.links)
    assert not re.search(r"(src|href)\s*=\s*[\"']?\s*(https?:)?//", page, re.I)
    assert "@import" not in page and "url(" not in page
    assert len(parsed.images) == 6  # network, overlaps, burden, brokerage, rationalisation, coverage
    text = " ".join(parsed.text)
    for m in example.meetings:
        assert m.name in text
    # The table of contents links each section.
    for anchor, name in govgraph.report.SECTIONS:
        if name in PLAIN:
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
    assert rendered.headings == PLAIN
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


def _chromium_render(path, shot, tmp_path):
    """The page's DOM as Chromium renders it, and a screenshot of its top at ``shot``."""
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,2000",
             f"--user-data-dir={tmp_path / 'profile'}"]
    env = dict(os.environ, HOME=str(tmp_path))
    dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", path.resolve().as_uri()], capture_output=True, text=True,
                         timeout=120, env=env, check=False)
    assert dom.returncode == 0, dom.stderr[-2000:]
    run = subprocess.run([CHROMIUM, *flags, f"--screenshot={shot}", path.resolve().as_uri()], capture_output=True,
                         text=True, timeout=120, env=env, check=False)
    assert run.returncode == 0 and shot.exists(), run.stderr[-2000:]
    return dom.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (scripts/install-deps.sh --test adds it)")
@pytest.mark.parametrize("register,options,extra", [
    ("dorset-pcp-2018.json", {"plan": "cycle-plans/dorset-pcp-2018-cycle.json", "year": 2018}, ["cycle"]),
    ("east-midlands-collaboration-2009.json", {}, ["portfolio"]),
], ids=["dorset-with-its-cycle", "east-midlands-with-its-portfolio"])
def test_every_example_renders_a_full_report(register, options, extra, artifacts, tmp_path):
    reg = govgraph.load_json(os.path.join(EXAMPLES, "registers", register))
    options = {k: os.path.join(EXAMPLES, v) if k == "plan" else v for k, v in options.items()}
    report = govgraph.report.compose_report(reg, **options)
    anchors = [s.anchor for s in report.sections]
    assert all(a in anchors for a in extra)
    stem = register.split("-")[0]
    path = artifacts / f"report-{stem}.html"
    govgraph.report.write_report(reg, path, **options)
    rendered = _Page()
    rendered.feed(_chromium_render(path, artifacts / f"report-{stem}.png", tmp_path))
    assert rendered.headings == [s.heading for s in report.sections]
    figures = [b for s in report.sections for b in s.blocks if isinstance(b, govgraph.report.Figure)]
    assert len(rendered.images) == len(figures) >= 2
    text = " ".join(rendered.text)
    assert all(m.name in text for m in reg.meetings)
    assert "Findings and recommendations" in text and report.recommendations


def _recommendations(report):
    (items,) = [b.items for b in report.section("conclusions").blocks if isinstance(b, govgraph.report.Bullets)]
    assert report.recommendations == items
    return items


def test_report_concludes_with_recommendations_resting_on_findings(example):
    rules = os.path.join(EXAMPLES, "rules", "avon-and-somerset-engagement.json")
    changes = os.path.join(EXAMPLES, "changes", "avon-and-somerset-recommendation-b.json")
    report = govgraph.report.compose_report(example, plots=False, rules=rules, changes=changes)
    anchors = [s.anchor for s in report.sections]
    assert anchors[0] == "conclusions" and "what-if" in anchors and "cycle" not in anchors
    assert anchors == [a for a, _ in govgraph.report.SECTIONS if a in anchors]  # in the order SECTIONS gives
    items = _recommendations(report)
    # The review's proposal first: the paper's own removals, each covered by a kept meeting.
    assert items[0].startswith("Confirm removing Community Safety Meeting: what it covers is covered by Local Meetings")
    assert items[1].startswith("Confirm removing Commissioning Meeting")
    assert any(i.startswith("Decide whether Local Safeguarding Children Boards and Local Safeguarding Adults Boards")
               for i in items)
    assert any("engagement rule \"Every statutory board has police attendance\"" in i for i in items)
    assert any(i.startswith("The proposed changes (Recommendation (b)") and "lose no topic" in i for i in items)
    assert items[-1].startswith("Complete the register's record of 5 meetings")
    lead = report.section("conclusions").blocks[0].text
    assert lead.startswith("The register lists 20 meetings: 86 meeting hours and 822 people-hours a year")
    assert "proposes to stop 2 meetings" in lead and "what that saves is not known" in lead


def test_findings_on_thin_records_are_set_apart_and_not_recommended(example, monkeypatch):
    # The safeguarding boards' records are half filled in: with a stricter bar, their possible duplication
    # moves to the thin-record table and out of the recommendations.
    monkeypatch.setattr(govgraph.report, "THIN_RECORD", 0.6)
    report = govgraph.report.compose_report(example, plots=False)
    assert not any("Local Safeguarding Children Boards and Local" in i for i in _recommendations(report))
    blocks = report.section("findings").blocks
    (at,) = [k for k, b in enumerate(blocks) if isinstance(b, govgraph.report.Paragraph) and "thin records" in b.text]
    thin = blocks[at + 1]
    assert [row[1] for row in thin.rows if row[0] == "duplicate"] == [
        "Local Safeguarding Children Boards; Local Safeguarding Adults Boards"]
    # At the default bar the same finding is recommended on.
    monkeypatch.undo()
    assert any("Local Safeguarding Children Boards and Local" in i
               for i in _recommendations(govgraph.report.compose_report(example, plots=False)))


def test_a_register_of_initiatives_gets_its_portfolio_concluded():
    reg = govgraph.load_json(os.path.join(EXAMPLES, "registers", "east-midlands-collaboration-2009.json"))
    report = govgraph.report.compose_report(reg, plots=False)
    assert "portfolio" in [s.anchor for s in report.sections]
    items = _recommendations(report)
    assert items[0] == ("Consider running overlapping initiatives together: Shared provision of ICT services and "
                        "Shared data warehouse.")
    assert any(i.startswith("Decide how each priority no initiative serves is to be met") for i in items)
    assert "Shared data warehouse" in report.section("portfolio").blocks[0].text


def test_the_cycle_plan_adds_the_meeting_cycle():
    reg = govgraph.load_json(os.path.join(EXAMPLES, "registers", "dorset-pcp-2018.json"))
    plan = os.path.join(EXAMPLES, "cycle-plans", "dorset-pcp-2018-cycle.json")
    report = govgraph.report.compose_report(reg, plots=False, plan=plan)
    cycle = report.section("cycle")
    assert cycle.blocks[0].text.startswith("The year 2018:") and "no problems found" in cycle.blocks[0].text
    assert "precept:review" in cycle.blocks[1].text
    assert any(i.startswith("Make sure Police and Crime Panel training session reports to Dorset Police and Crime "
                            "Panel") for i in _recommendations(report))


def test_word_report_has_the_headings_recommendations_tables_and_charts(example, tmp_path):
    docx = pytest.importorskip("docx")
    path = tmp_path / "review.docx"
    govgraph.report.write_report(example, path)
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == PLAIN
    numbered = [p.text for p in document.paragraphs if p.style.name == "List Number"]
    assert numbered == _recommendations(govgraph.report.compose_report(example, plots=False))
    # network, overlaps, hours, brokerage, rationalisation, coverage
    assert len(document.tables) >= 8 and len(document.inline_shapes) == 6
    meetings, completeness = document.tables[-2:]
    assert [c.text for c in meetings.rows[0].cells][:2] == ["Meeting", "Level"]
    assert len(meetings.rows) == len(example.meetings) + 1
    assert [c.text for c in completeness.rows[0].cells] == ["Meeting", "Lead", "Participants", "Purpose", "Topics",
                                                            "Areas", "Level", "Frequency", "Duration", "Record"]
    assert len(completeness.rows) == len(example.meetings) + 1


def test_the_appendix_says_what_each_record_lacks(example):
    report = govgraph.report.compose_report(example, plots=False)
    intro, table = report.section("completeness").blocks
    # The Avon and Somerset paper gives no durations and no frequency for 11 meetings.
    assert "duration for 20" in intro.text and "frequency for 11" in intro.text
    rows = {row[0]: row for row in table.rows}
    community_safety = rows["Community Safety Meeting"]
    assert community_safety[table.headings.index("Frequency")] == "—"
    assert community_safety[-1].endswith("%")
    review = govgraph.review(example)
    thin = [m.name for k, m in enumerate(example.meetings) if review.record[k] < govgraph.report.THIN_RECORD]
    assert f"{len(thin)} meeting(s) fall below half" in intro.text


def test_the_changes_add_who_to_tell(example):
    changes = os.path.join(EXAMPLES, "changes", "avon-and-somerset-recommendation-b.json")
    report = govgraph.report.compose_report(example, plots=False, changes=changes)
    (table,) = [b for b in report.section("engagement").blocks if isinstance(b, govgraph.report.Table)]
    plan, _ = govgraph.analysis.records(govgraph.engagement_plan(example, changes), None)
    assert len(table.rows) == len(plan)
    letters = [row for row in table.rows if row[0] == "letter"]
    assert ["Bristol City Council", "Leader and Chief Executive", "PCC and Chief Constable",
            "Community Safety Partnerships"] in [row[1:] for row in letters]


def test_report_command_writes_word_and_refuses_other_suffixes(example_path, tmp_path):
    out = tmp_path / "report.docx"
    run = subprocess.run([sys.executable, "-m", "govgraph", "report", str(example_path), "-o", str(out),
                          "--no-charts", "--changes",
                          os.path.join(EXAMPLES, "changes", "avon-and-somerset-recommendation-b.json")],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes()[:2] == b"PK"  # a zip container, as .docx files are
    run = subprocess.run([sys.executable, "-m", "govgraph", "report", str(example_path), "-o",
                          str(tmp_path / "report.odt")], capture_output=True, text=True, check=False)
    assert run.returncode == 2 and "a report is written as .html, .htm, .docx or .pdf, not .odt" in run.stderr
    assert not (tmp_path / "report.odt").exists()
    # An organisation-change set is not a change set of meetings: said before any work is done.
    run = subprocess.run([sys.executable, "-m", "govgraph", "report", str(example_path), "-o", str(out), "--changes",
                          os.path.join(EXAMPLES, "organisation-changes", "dorset-2019-reorganisation.json")],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 2 and "not a change set" in run.stderr and "Traceback" not in run.stderr


PDFTOPPM = shutil.which("pdftoppm")


@pytest.mark.skipif(CHROMIUM is None or PDFTOPPM is None,
                    reason="chromium and poppler-utils are not installed (scripts/install-deps.sh --test adds them)")
def test_report_command_writes_a_pdf_whose_pages_carry_the_report(example_path, artifacts, tmp_path):
    import matplotlib.image

    out = tmp_path / "report.pdf"
    run = subprocess.run([sys.executable, "-m", "govgraph", "report", str(example_path), "-o", str(out),
                          "--changes", os.path.join(EXAMPLES, "changes", "avon-and-somerset-recommendation-b.json"),
                          "--rules", os.path.join(EXAMPLES, "rules", "avon-and-somerset-engagement.json")],
                         capture_output=True, text=True, check=False, timeout=300)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes()[:5] == b"%PDF-"
    # Each section starts a page in print, so there are at least as many pages as sections.
    sections = len(govgraph.report.compose_report(govgraph.load_json(example_path), plots=False,
                                                  rules=os.path.join(EXAMPLES, "rules",
                                                                     "avon-and-somerset-engagement.json"),
                                                  changes=os.path.join(EXAMPLES, "changes",
                                                                       "avon-and-somerset-recommendation-b.json"))
                   .sections)
    raster = subprocess.run([PDFTOPPM, "-png", "-r", "60", str(out), str(tmp_path / "page")], capture_output=True,
                            text=True, check=False, timeout=300)
    assert raster.returncode == 0, raster.stderr
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= sections + 1  # the title and contents page, then each section
    for index, page in enumerate(pages[:3], start=1):
        pixels = matplotlib.image.imread(page)
        assert pixels.shape[0] > pixels.shape[1]  # portrait
        assert pixels[..., :3].std() > 0.05, f"page {index} is blank"
        shutil.copy(page, artifacts / f"report-pdf-page-{index}.png")


def test_a_pdf_report_without_chromium_names_the_debian_package(example, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no chromium to be found
    with pytest.raises(govgraph.MissingDependencyError, match="apt-get install chromium"):
        govgraph.report.write_report(example, tmp_path / "report.pdf", plots=False)
    assert not (tmp_path / "report.pdf").exists()


def test_the_panel_s_business_adds_its_sections_and_recommendations():
    reg = govgraph.load_json(os.path.join(EXAMPLES, "registers", "dorset-pcp-2018.json"))
    panel = os.path.join(EXAMPLES, "panel")
    report = govgraph.report.compose_report(
        reg, plots=False, plan=os.path.join(EXAMPLES, "cycle-plans", "dorset-pcp-2018-cycle.json"),
        skills=os.path.join(panel, "dorset-pcp-2018-skills.csv"),
        framework=os.path.join(panel, "dorset-pcp-2018-skills-framework.json"),
        forward_plan=os.path.join(panel, "dorset-pcp-2018-forward-plan.json"),
        actions=os.path.join(EXAMPLES, "actions", "dorset-pcp-improvement-plan-2018.json"), as_of="2018-02-01")
    anchors = [s.anchor for s in report.sections]
    assert {"composition", "skills", "forward-plan", "actions"} <= set(anchors)
    # The register's seats give ten members, one independent: unlawful, with the remedy recommended.
    assert report.section("composition").blocks[0].text.endswith(": unlawful.")
    items = _recommendations(report)
    assert any(i.startswith("Make the panel's membership lawful") for i in items)
    assert "Close the panel's 2 skills gap(s) through the training plan: Confirmation hearings and Questioning " \
           "and constructive challenge." in items
    assert report.section("forward-plan").blocks[0].text.endswith("no problems found.")
    assert "5 action(s); 0 done, 0 overdue, 0 due soon, 0 open, 5 with no due date" in \
        report.section("actions").blocks[0].text
    # Without their companions the inputs are refused, before any work.
    with pytest.raises(govgraph.InvalidInputError, match="needs its framework"):
        govgraph.report.compose_report(reg, plots=False, skills=os.path.join(panel, "dorset-pcp-2018-skills.csv"))
    with pytest.raises(govgraph.InvalidInputError, match="checked against a cycle plan"):
        govgraph.report.compose_report(reg, plots=False,
                                       forward_plan=os.path.join(panel, "dorset-pcp-2018-forward-plan.json"))


def test_report_command_takes_the_panel_s_business(tmp_path):
    out = tmp_path / "panel.html"
    panel = os.path.join(EXAMPLES, "panel")
    run = subprocess.run([sys.executable, "-m", "govgraph", "report",
                          os.path.join(EXAMPLES, "registers", "dorset-pcp-2018.json"), "-o", str(out), "--no-charts",
                          "--plan", os.path.join(EXAMPLES, "cycle-plans", "dorset-pcp-2018-cycle.json"),
                          "--skills", os.path.join(panel, "dorset-pcp-2018-skills.csv"),
                          "--framework", os.path.join(panel, "dorset-pcp-2018-skills-framework.json"),
                          "--forward-plan", os.path.join(panel, "dorset-pcp-2018-forward-plan.json"),
                          "--actions", os.path.join(EXAMPLES, "actions", "dorset-pcp-improvement-plan-2018.json"),
                          "--as-of", "2018-02-01"], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    page = out.read_text(encoding="utf-8")
    for heading in ("The panel&#x27;s membership and the law", "The panel&#x27;s skills", "The forward plan",
                    "The action plan"):
        assert f"<h2>{heading}</h2>" in page


def test_report_command_names_a_bad_as_of_without_a_traceback(tmp_path):
    run = subprocess.run([sys.executable, "-m", "govgraph", "report",
                          os.path.join(EXAMPLES, "registers", "dorset-pcp-2018.json"), "-o", str(tmp_path / "r.html"),
                          "--no-charts", "--actions", os.path.join(EXAMPLES, "actions",
                                                                   "dorset-pcp-improvement-plan-2018.json"),
                          "--as-of", "1 Feb 2018"], capture_output=True, text=True, check=False)
    assert run.returncode == 2 and "as_of: '1 Feb 2018' is not a date (YYYY-MM-DD)" in run.stderr
    assert "Traceback" not in run.stderr and not (tmp_path / "r.html").exists()
