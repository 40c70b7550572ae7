# readers.py: what the readers' test reads an exported file with
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Each check_* function hands one file to an independent reader and
# returns None when the reader accepts it and finds what the outline
# holds, or else the reader's full message.  Expectations come from the
# outline's JSON (an Outline), never from Syllabus's own code.

import json
import re
import subprocess
import xml.etree.ElementTree as ElementTree

import html5lib

CMARK_NS = "{http://commonmark.org/xml/1.0}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class ReaderError(Exception):
    """A reader that refused the file, with its message."""


def run(argv, stdin=None):
    """Runs a reader; returns its standard output, or raises ReaderError
    with its exit status and everything it said."""
    try:
        result = subprocess.run(argv, input=stdin, capture_output=True, check=False)
    except OSError as e:
        raise ReaderError("%s: %s" % (argv[0], e)) from e
    if result.returncode != 0:
        raise ReaderError("%s exited with %d:\n%s%s" % (
            " ".join(argv), result.returncode, result.stdout.decode("utf-8", "replace"),
            result.stderr.decode("utf-8", "replace")))
    return result.stdout


# What neither HTML nor XML 1.0 lets a file hold: C0 controls but tab and
# line breaks, DEL and the C1 controls, and Unicode's noncharacters.  An
# export leaves them out, so a reader never sees them.
UNCARRIABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef"
                         + "".join("\\U%08x\\U%08x" % (plane * 0x10000 + 0xfffe,
                                                        plane * 0x10000 + 0xffff)
                                   for plane in range(17))
                         + "]")


def carriable(text):
    """text as a file can hold it: line ends made "\\n", and what no
    file can carry left out."""
    return UNCARRIABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def squeeze(text):
    """Whitespace as HTML and Markdown show it: runs of spaces are one,
    and none leads or trails; and what no file can carry left out."""
    return " ".join(carriable(text).split())


class Outline:
    """A course as its JSON file holds it, walked in pre-order."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.data = json.load(f)
        self.path = path
        self.nodes = []
        self._walk(self.data.get("children", []), 0)

    def _walk(self, children, depth):
        for child in children:
            self.nodes.append((depth, child))
            self._walk(child.get("children", []), depth + 1)

    def heading_pattern(self, node):
        """A node's heading: its number, a kind's label in brackets for a
        discussion or an example ("[Example] " in English, "【思考】" in
        Chinese), then its title."""
        number, title = re.escape(node["number"]), re.escape(squeeze(node["title"]))
        if not title:
            return re.compile(r"%s( \[[^\]]+\]| 【[^】]+】)?\Z" % number)
        return re.compile(r"%s (\[[^\]]+\] |【[^】]+】)?%s\Z" % (number, title))

    def open_comments(self, node):
        return [a for a in node.get("annotations", []) if not a.get("resolved")]


def compare_headings(found, expected):
    """found: (level, text) pairs read back; expected: (level, pattern or
    text) pairs.  Returns None or a message naming the first difference."""
    for i, (want, got) in enumerate(zip(expected, found)):
        level, pattern = want
        matches = (pattern.match(got[1]) if hasattr(pattern, "match")
                   else got[1] == pattern)
        if got[0] != level or not matches:
            return "heading %d: expected level %d %r, read level %d %r" % (
                i + 1, level, getattr(pattern, "pattern", pattern), got[0], got[1])
    if len(found) != len(expected):
        return "expected %d headings, read %d; the first extra or missing: %r" % (
            len(expected), len(found),
            (found if len(found) > len(expected) else expected)[min(len(found), len(expected))])
    return None


def raw_mark(html):
    """Raw HTML in a title or a comment, where an export should have
    escaped it, never reads as the text it came from."""
    return "\u27e6raw HTML %s\u27e7" % html


# Pandoc's JSON AST.

def pandoc_text(inlines):
    """The text of pandoc inlines, markup left out."""
    out = []
    for inline in inlines:
        kind, content = inline["t"], inline.get("c")
        if kind == "Str":
            out.append(content)
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
        elif kind == "RawInline":
            out.append(raw_mark(content[1]))
        elif kind in ("Code", "Math"):
            out.append(content[1])
        elif kind == "Quoted":
            quote = '"' if content[0]["t"] == "DoubleQuote" else "'"
            out.append(quote + pandoc_text(content[1]) + quote)
        elif kind in ("Link", "Image", "Span", "Cite"):
            out.append(pandoc_text(content[1] if kind != "Cite" else content[1]))
        elif kind == "Note":
            continue
        else:
            out.append(pandoc_text(content))
    return "".join(out)


def pandoc_read(path_or_text, reader, is_text=False):
    argv = ["pandoc", "-f", reader, "-t", "json"]
    if is_text:
        return json.loads(run(argv, stdin=path_or_text.encode("utf-8")))
    return json.loads(run(argv + [path_or_text]))


def pandoc_children(block):
    """The lists of blocks inside a block: a list's items, a quote's."""
    kind, content = block["t"], block.get("c")
    if kind == "BulletList":
        return content
    if kind == "OrderedList":
        return content[1]
    if kind == "BlockQuote":
        return [content]
    if kind == "Div":
        return [content[1]]
    return []


def segments(blocks, marker, children):
    """[level, text, blocks] for each block that marker() names a heading
    (it returns (level, text) or None), in document order, with the
    blocks after it in its own list up to the next heading there."""
    found = []

    def walk(blocks):
        current = None
        for block in blocks:
            named = marker(block)
            if named is not None:
                current = [named[0], named[1], []]
                found.append(current)
                continue
            if current is not None:
                current[2].append(block)
            for inner in children(block):
                walk(inner)

    walk(blocks)
    return found


def contains_run(blocks, run_of_blocks):
    """Whether run_of_blocks stands in blocks, one after another."""
    for start in range(len(blocks) - len(run_of_blocks) + 1):
        if blocks[start:start + len(run_of_blocks)] == run_of_blocks:
            return True
    return False


# cmark's XML AST.

def cmark_text(element):
    if element.tag in (CMARK_NS + "softbreak", CMARK_NS + "linebreak"):
        return " "
    if element.tag == CMARK_NS + "html_inline":
        return raw_mark(element.text or "")
    return (element.text or "") + "".join(cmark_text(child) for child in element)


def cmark_read(text):
    return ElementTree.fromstring(run(["cmark", "--to", "xml"], stdin=text.encode("utf-8")))


def cmark_blocks(element):
    """A block element as comparable data: its tag, attributes, text and
    children, with where it stood in its file left out, and the
    indentation of cmark's XML too (all text that counts is in elements
    with xml:space="preserve")."""
    attributes = {k: v for k, v in element.attrib.items() if k != "sourcepos"}
    text = element.text if attributes.get(XML_SPACE) == "preserve" else ""
    return (element.tag, tuple(sorted(attributes.items())), text or "",
            tuple(cmark_blocks(child) for child in element))


def cmark_children(element):
    if element.tag == CMARK_NS + "list":
        return list(element)
    if element.tag in (CMARK_NS + "item", CMARK_NS + "block_quote"):
        return [element]
    return []


# HTML, as a browser parses it.

def html5_parse(path):
    """Parses as the WHATWG specification says, failing on the first parse
    error; returns the tree (no namespaces) or raises ReaderError."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    with open(path, "rb") as f:
        data = f.read()
    try:
        return parser.parse(data)
    except html5lib.html5parser.ParseError as e:
        messages = []
        for (line, column), code, variables in parser.errors:
            messages.append("line %d, column %d: %s %s" % (line, column, code, variables or ""))
        raise ReaderError("html5lib (strict): %s\n%s" % (e, "\n".join(messages))) from e


def html_text(element):
    return "".join(element.itertext())


def html_headings(root):
    """(level, text) of every heading in document order: h1 to h6, and
    any element with role="heading" and its aria-level."""
    found = []
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if re.fullmatch(r"h[1-6]", tag):
            found.append((int(tag[1]), squeeze(html_text(element))))
        elif element.get("role") == "heading":
            found.append((int(element.get("aria-level", "0")), squeeze(html_text(element))))
    return found
