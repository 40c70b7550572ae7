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

from readers import (CMARK_NS, Outline, ReaderError, cmark_blocks, cmark_children,
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
        note = node.get("notes", "")
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


def _markdown_notes(outline, found, read_alone):
    """found: the segments of the export; each must be the heading of the
    course or node expected there, and hold its note unchanged."""
    message = compare_headings([(level, text) for level, text, _ in found],
                               markdown_expected(outline))
    if message:
        return message
    notes = [outline.data.get("description", "")]
    notes += [node.get("notes", "") for _, node in outline.nodes]
    cache = {}
    for (level, text, blocks), note in zip(found, notes):
        if not note.strip():
            continue
        if note not in cache:
            cache[note] = read_alone(note)
        if not contains_run(blocks, cache[note]):
            return "under %r the note does not read as it does alone:\n%s" % (text, note)
    return None


def _pandoc_marker(block):
    if block["t"] == "Header":
        return (block["c"][0], pandoc_text(block["c"][2]))
    if block["t"] in ("Plain", "Para") and block["c"] and block["c"][0]["t"] == "Strong":
        text = pandoc_text(block["c"][0]["c"])
        if NUMBERED.match(text):
            return (0, text)
    return None


def markdown_pandoc(outline, path):
    """pandoc (GFM): the same headings, deep nodes as bold items, and
    each note's blocks as they read alone, under its node."""
    found = segments(pandoc_read(path, "gfm")["blocks"], _pandoc_marker, pandoc_children)
    return _markdown_notes(outline, found,
                           lambda note: pandoc_read(note, "gfm", is_text=True)["blocks"])


def _cmark_marker(element):
    if element.tag == CMARK_NS + "heading":
        return (int(element.get("level")), squeeze(cmark_text(element)))
    if element.tag == CMARK_NS + "paragraph" and len(element) \
            and element[0].tag == CMARK_NS + "strong":
        text = squeeze(cmark_text(element[0]))
        if NUMBERED.match(text):
            return (0, text)
    return None


def markdown_cmark(outline, path):
    """cmark (the CommonMark reference): the same headings and notes."""
    with open(path, encoding="utf-8") as f:
        found = segments(cmark_read(f.read()), _cmark_marker, cmark_children)
    for segment in found:
        segment[2] = [cmark_blocks(block) for block in segment[2]]
    return _markdown_notes(outline, found,
                           lambda note: [cmark_blocks(child) for child in cmark_read(note)])


def summary_expected(outline):
    """The nodes with open comments, and those comments' texts."""
    nodes = [node for _, node in outline.nodes if outline.open_comments(node)]
    texts = [squeeze(a["text"]) for node in nodes for a in outline.open_comments(node)]
    return nodes, texts


def _summary_compare(outline, headings, paragraphs):
    nodes, texts = summary_expected(outline)
    expected = [(2, outline.heading_pattern(node)) for node in nodes]
    message = compare_headings([h for h in headings if h[0] == 2], expected)
    if message:
        return message
    for text in texts:
        if text not in paragraphs:
            return "no paragraph reads as the comment %r" % text
    return None


def summary_pandoc(outline, path):
    blocks = pandoc_read(path, "gfm")["blocks"]
    headings = [(b["c"][0], pandoc_text(b["c"][2])) for b in blocks if b["t"] == "Header"]
    paragraphs = {squeeze(pandoc_text(b["c"])) for b in blocks if b["t"] == "Para"}
    return _summary_compare(outline, headings, paragraphs)


def summary_cmark(outline, path):
    with open(path, encoding="utf-8") as f:
        root = cmark_read(f.read())
    headings = [(int(e.get("level")), squeeze(cmark_text(e)))
                for e in root.iter(CMARK_NS + "heading")]
    paragraphs = {squeeze(cmark_text(e)) for e in root.iter(CMARK_NS + "paragraph")}
    return _summary_compare(outline, headings, paragraphs)


def headings_in_order(headings):
    """One h1 first; no heading more than one level below the one before."""
    if not headings or headings[0][0] != 1 or [h[0] for h in headings].count(1) != 1:
        return "the page must open with its one h1; its headings: %r" % headings[:5]
    for before, after in zip(headings, headings[1:]):
        if after[0] > before[0] + 1:
            return "heading %r (level %d) follows %r (level %d): a level is skipped" % (
                after[1], after[0], before[1], before[0])
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
    message = check_lang(outline, root) or headings_in_order(html_headings(root))
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
    expected = [(depth + 2, outline.heading_pattern(node))
                for depth, node in outline.nodes]
    return compare_headings(headings, expected)


def html_summary(outline, path):
    root = html5_parse(path)
    message = check_lang(outline, root) or headings_in_order(html_headings(root))
    if message:
        return message
    paragraphs = {squeeze(html_text(p)) for p in root.iter("p")}
    return _summary_compare(outline, html_headings(root), paragraphs)


__all__ = ["Outline", "ReaderError"]
