# readers_checks.py: one check for each file and reader of test-readers.py
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Each returns None when the reader accepts the file and reads back what
# the outline holds, or else a message; a reader that refuses the file
# raises ReaderError with its own message.

import json
import re
import subprocess

from readers import (CMARK_NS, carriable, cmark_blocks, cmark_children,
                     cmark_read, cmark_text, compare_headings, contains_run, html5_parse,
                     html_headings, html_text, pandoc_children, pandoc_read, pandoc_text,
                     run, segments, squeeze)

# The Markdown export has six heading levels: the course's title, then
# outline levels 1 to 5; deeper nodes are bold items of nested lists.
MARKDOWN_HEADING_DEPTH = 5
# The HTML export's contents list the first three outline levels.
TOC_DEPTH = 3


def ajv(script, schema, path=None):
    """Ajv, strict: the schema compiles as JSON Schema 2020-12 with no
    unknown keyword or loose type; the file, if any, is valid."""
    run(["node", script, schema] + ([path] if path else []))
    return None


def tidy(path):
    """tidy, with no error and no warning either: what it warns of (an
    unknown element, an end tag it drops, an empty paragraph) is a fault
    in a file we write, and the exports have none."""
    result = subprocess.run(["tidy", "-q", "-e", path], capture_output=True, check=False)
    if result.returncode != 0:
        return "tidy exited with %d:\n%s" % (result.returncode,
                                             result.stderr.decode("utf-8", "replace"))
    return None


def html5(path):
    html5_parse(path)
    return None


def qpdf(path):
    """qpdf --check: no error and no warning (qpdf's exit status 3)."""
    result = subprocess.run(["qpdf", "--check", path], capture_output=True, check=False)
    output = (result.stdout + result.stderr).decode("utf-8", "replace")
    if result.returncode != 0 or "WARNING" in output:
        return "qpdf --check exited with %d:\n%s" % (result.returncode, output)
    return None


def xmllint(outline, path):
    """Well-formed XML, and as many outline elements at each depth as the
    course has nodes."""
    run(["xmllint", "--noout", "--nonet", path])
    depths = [d for d, _ in outline.nodes]
    for depth in range(max(depths) + 2):
        xpath = "count(/opml/body%s)" % ("/outline" * (depth + 1))
        count = run(["xmllint", "--nonet", "--xpath", xpath, path]).decode().strip()
        if int(count) != depths.count(depth):
            return "%s is %s; the course has %d nodes at depth %d" % (
                xpath, count, depths.count(depth), depth)
    return None


def opml_pandoc(outline, path):
    """Each node a heading of its depth with its title as written, and
    under it exactly its note, as pandoc reads that note alone."""
    blocks = pandoc_read(path, "opml-smart")["blocks"]
    headings = [(b["c"][0], pandoc_text(b["c"][2])) for b in blocks if b["t"] == "Header"]
    expected = [(d + 1, squeeze(node["title"])) for d, node in outline.nodes]
    message = compare_headings(headings, expected)
    if message:
        return message
    starts = [i for i, b in enumerate(blocks) if b["t"] == "Header"] + [len(blocks)]
    cache = {}
    for (_, node), start, end in zip(outline.nodes, starts, starts[1:]):
        note = carriable(node.get("notes", ""))
        if note not in cache:
            cache[note] = pandoc_read(note, "markdown-smart", is_text=True)["blocks"]
        if blocks[start + 1:end] != cache[note]:
            return "the note of %s %r reads as\n%s\nbut alone as\n%s" % (
                node["number"], node["title"], json.dumps(blocks[start + 1:end])[:2000],
                json.dumps(cache[note])[:2000])
    return None


def markdown_expected(outline):
    expected = [(1, squeeze(outline.data["title"]))]
    for depth, node in outline.nodes:
        level = depth + 2 if depth < MARKDOWN_HEADING_DEPTH else 0
        expected.append((level, outline.heading_pattern(node)))
    return expected


NUMBERED = re.compile(r"\d+(\.\d+)* ")


def _markdown_segments(outline, found, reader):
    """found: the segments of the export; each must be the heading of the
    course or node expected there, and hold its note unchanged and its
    objectives, each an item of a list as written."""
    message = compare_headings([(level, text) for level, text, _ in found],
                               markdown_expected(outline))
    if message:
        return message
    courses_and_nodes = [outline.data] + [node for _, node in outline.nodes]
    cache = {}
    for (level, text, blocks), node in zip(found, courses_and_nodes):
        note = carriable(node.get("notes", node.get("description", "")))
        if note.strip():
            if note not in cache:
                cache[note] = reader.read_alone(note)
            if not contains_run(reader.comparable(blocks), cache[note]):
                return "under %r the note does not read as it does alone:\n%s" % (text, note)
        objectives = [squeeze(o) for o in node.get("objectives", [])]
        if objectives and objectives not in reader.bullet_lists(blocks):
            return "under %r no list reads as the objectives %r; the lists: %r" % (
                text, objectives, reader.bullet_lists(blocks))
    return None


def _pandoc_marker(block):
    if block["t"] == "Header":
        return (block["c"][0], pandoc_text(block["c"][2]))
    if block["t"] in ("Plain", "Para") and block["c"] and block["c"][0]["t"] == "Strong":
        text = pandoc_text(block["c"][0]["c"])
        if NUMBERED.match(text):
            return (0, text)
    return None


class PandocGfm:
    """How the Markdown checks read with pandoc."""

    @staticmethod
    def read_alone(note):
        return pandoc_read(note, "gfm", is_text=True)["blocks"]

    @staticmethod
    def comparable(blocks):
        return blocks

    @staticmethod
    def bullet_lists(blocks):
        return [[squeeze(" ".join(pandoc_text(b["c"]) for b in item
                                  if b["t"] in ("Plain", "Para")))
                 for item in block["c"]]
                for block in blocks if block["t"] == "BulletList"]


def markdown_pandoc(outline, path):
    """pandoc (GFM): the same headings, deep nodes as bold items, and
    each note's blocks as they read alone, under its node."""
    found = segments(pandoc_read(path, "gfm")["blocks"], _pandoc_marker, pandoc_children)
    return _markdown_segments(outline, found, PandocGfm)


def _cmark_marker(element):
    if element.tag == CMARK_NS + "heading":
        return (int(element.get("level")), squeeze(cmark_text(element)))
    if element.tag == CMARK_NS + "paragraph" and len(element) \
            and element[0].tag == CMARK_NS + "strong":
        text = squeeze(cmark_text(element[0]))
        if NUMBERED.match(text):
            return (0, text)
    return None


class Cmark:
    """How the Markdown checks read with cmark."""

    @staticmethod
    def read_alone(note):
        return [cmark_blocks(child) for child in cmark_read(note)]

    @staticmethod
    def comparable(blocks):
        return [cmark_blocks(block) for block in blocks]

    @staticmethod
    def bullet_lists(blocks):
        return [[squeeze(" ".join(cmark_text(p) for p in item
                                  if p.tag == CMARK_NS + "paragraph"))
                 for item in block]
                for block in blocks
                if block.tag == CMARK_NS + "list" and block.get("type") == "bullet"]


def markdown_cmark(outline, path):
    """cmark (the CommonMark reference): the same headings and notes."""
    with open(path, encoding="utf-8") as f:
        found = segments(cmark_read(f.read()), _cmark_marker, cmark_children)
    return _markdown_segments(outline, found, Cmark)


def _summary_compare(outline, sections):
    """sections: (heading, texts) for each second-level heading of the
    summary, texts those of the headings, paragraphs and list items under
    it.  One such heading for each node with open comments, in order,
    and under it each comment's author, text and replies as written."""
    nodes = [node for _, node in outline.nodes if outline.open_comments(node)]
    message = compare_headings([(2, heading) for heading, _ in sections],
                               [(2, outline.heading_pattern(node)) for node in nodes])
    if message:
        return message
    for node, (_, texts) in zip(nodes, sections):
        for comment in outline.open_comments(node):
            wanted = [("the comment", lambda t, c=comment: t == squeeze(c["text"])),
                      ("its author",
                       lambda t, c=comment: t.startswith(squeeze(c["author"]) + " · "))]
            for reply in comment.get("replies", []):
                wanted.append(("a reply", lambda t, r=reply: t.endswith(squeeze(r["text"]))))
                wanted.append(("its author",
                               lambda t, r=reply: squeeze(r["author"]) + " · " in t))
            for what, test in wanted:
                if not any(test(text) for text in texts):
                    return "under %s nothing reads as %s in %r; what does: %r" % (
                        node["number"], what, comment, texts)
    return None


def _pandoc_texts(blocks):
    texts = []
    for block_list in _pandoc_lists(blocks):
        for b in block_list:
            if b["t"] in ("Header", "Para", "Plain"):
                texts.append(squeeze(pandoc_text(b["c"][2] if b["t"] == "Header" else b["c"])))
    return texts


def _pandoc_lists(blocks):
    yield blocks
    for block in blocks:
        for inner in pandoc_children(block):
            yield from _pandoc_lists(inner)


def summary_pandoc(outline, path):
    def marker(b):
        return (2, pandoc_text(b["c"][2])) if b["t"] == "Header" and b["c"][0] == 2 else None

    found = segments(pandoc_read(path, "gfm")["blocks"], marker, pandoc_children)
    return _summary_compare(outline, [(text, _pandoc_texts(blocks))
                                      for _, text, blocks in found])


def summary_cmark(outline, path):
    def marker(e):
        if e.tag == CMARK_NS + "heading" and e.get("level") == "2":
            return (2, squeeze(cmark_text(e)))
        return None

    with open(path, encoding="utf-8") as f:
        found = segments(cmark_read(f.read()), marker, cmark_children)
    return _summary_compare(outline, [
        (text, [squeeze(cmark_text(e)) for block in blocks for e in block.iter()
                if e.tag in (CMARK_NS + "heading", CMARK_NS + "paragraph")])
        for _, text, blocks in found])


def headings_in_order(headings):
    """One h1 first; no heading more than one level below the one before."""
    if not headings or headings[0][0] != 1 or [h[0] for h in headings].count(1) != 1:
        return "the page must open with its one h1; its headings: %r" % headings[:5]
    for before, after in zip(headings, headings[1:]):
        if after[0] > before[0] + 1:
            return "heading %r (level %d) follows %r (level %d): a level is skipped" % (
                after[1], after[0], before[1], before[0])
    return None


def check_title(root):
    """The page's title, which a browser's tab and a screen reader say
    first, is its h1."""
    titles = [squeeze(html_text(e)) for e in root.iter("title")]
    h1 = [squeeze(html_text(e)) for e in root.iter("h1")]
    if len(titles) != 1 or titles != h1:
        return "the page's <title> %r is not its <h1> %r" % (titles, h1)
    return None


def check_lang(outline, root):
    lang = root.get("lang")
    if lang != outline.data.get("language"):
        return "<html lang=%r>, but the course's language is %r" % (
            lang, outline.data.get("language"))
    return None


def html_export(outline, path):
    """Headings in order, each node's with its number and title; lang from
    the course; the contents a nav, labelled, with a list linking to
    every node of the first levels."""
    root = html5_parse(path)
    message = (check_lang(outline, root) or check_title(root)
               or headings_in_order(html_headings(root)))
    if message:
        return message
    navs = list(root.iter("nav"))
    if len(navs) != 1:
        return "expected one <nav> of contents, found %d" % len(navs)
    nav = navs[0]
    label = nav.get("aria-label") or ""
    if not label and nav.get("aria-labelledby"):
        label = "".join(html_text(e) for e in root.iter()
                        if e.get("id") == nav.get("aria-labelledby"))
    if not label.strip():
        return "the contents' <nav> has no label (aria-label or aria-labelledby)"
    lists = [e for e in nav if e.tag in ("ol", "ul")]
    if len(lists) != 1:
        return "the contents' <nav> must hold one list, not %r" % [e.tag for e in nav]
    links = [a.get("href") for a in lists[0].iter("a")]
    wanted = ["#n-" + node["id"] for depth, node in outline.nodes if depth < TOC_DEPTH]
    if links != wanted:
        return "the contents link to %r…, expected %r…" % (links[:5], wanted[:5])
    ids = {e.get("id"): e for e in root.iter() if e.get("id")}
    headings = []
    for depth, node in outline.nodes:
        target = ids.get("n-" + node["id"])
        if target is None:
            return "no element has the id of node %s" % node["number"]
        found = html_headings(target)
        if not found:
            return "node %s's element holds no heading" % node["number"]
        headings.append(found[0])
        # Its own objectives, not those of the sections inside it.
        objectives = [squeeze(html_text(li)) for e in target
                      if "objectives" in e.get("class", "").split() for li in e.iter("li")]
        if objectives != [squeeze(o) for o in node.get("objectives", [])]:
            return "node %s's objectives read as %r, not %r" % (
                node["number"], objectives, node.get("objectives", []))
    expected = [(depth + 2, outline.heading_pattern(node))
                for depth, node in outline.nodes]
    return compare_headings(headings, expected)


def html_summary(outline, path):
    root = html5_parse(path)
    message = (check_lang(outline, root) or check_title(root)
               or headings_in_order(html_headings(root)))
    if message:
        return message
    # Each node's heading stands first in the section that holds its
    # comments.
    sections = []
    for section in root.iter("section"):
        heading = [e for e in section if e.tag == "h2"]
        if heading:
            sections.append((squeeze(html_text(heading[0])),
                             [squeeze(html_text(e)) for e in section.iter()
                              if e.tag in ("p", "li", "h3", "h4", "h5", "h6")]))
    if [h for l, h in html_headings(root) if l == 2] != [h for h, _ in sections]:
        return "the second-level headings are not each the first of a <section>"
    return _summary_compare(outline, sections)

