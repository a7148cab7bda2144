"""The part of an HTML validator's work that axe, run in the browser tests, leaves out: the HTML
parser's errors (a stray or missing end tag, an element where it may not be, an attribute given
twice: the browser mends each its own way), an id used twice, and a reference (label for,
aria-labelledby, aria-describedby, …, and a link within the page: a skip link, an error summary's
link to its field) to no element. Read with tinyhtml5, the HTML5 parser
WeasyPrint reads certificates with; the W3C validator itself is a Java service.

A <template>'s content is left out: it is inert until a script copies it, and tinyhtml5, like the
html5lib it comes from, does not parse it as HTML5 does (a table row in one is taken for a stray
tag)."""

from __future__ import annotations

import re
from urllib.parse import unquote
from xml.etree.ElementTree import Element

from tinyhtml5.parser import HTMLParser

NS = "{http://www.w3.org/1999/xhtml}"
LABELABLE = {"button", "input", "meter", "output", "progress", "select", "textarea"}
TEMPLATE = re.compile(r"(<template\b[^>]*>).*?(</template>)", re.DOTALL | re.IGNORECASE)
REFERENCES = ("aria-controls", "aria-describedby", "aria-labelledby", "aria-owns", "form", "list")


def problems(html: str) -> list[str]:
    """Each fault of the page, one line each, naming the element."""
    parser = HTMLParser()
    root = parser.parse(TEMPLATE.sub(r"\1\2", html))
    found = [f"parse error: {code} {data or ''} (line {at[0]})" for at, code, data in parser.errors]
    elements = _elements(root)
    by_id: dict[str, Element] = {}
    for element in elements:
        if (id_ := element.get("id")) is not None:
            if id_ in by_id:
                found.append(f"id {id_!r} used twice")
            by_id.setdefault(id_, element)
    for element in elements:
        tag = _tag(element)
        for attribute in REFERENCES:
            for ref in (element.get(attribute) or "").split():
                if ref not in by_id:
                    found.append(f"<{tag} {attribute}={ref!r}> refers to no element")
        href = (element.get("href") or "") if tag == "a" else ""
        if href.startswith("#") and href not in ("#", "#top") and unquote(href[1:]) not in by_id:
            found.append(f"<a href={href!r}> leads to no element")
        for_ = element.get("for") if tag == "label" else None
        if for_ is not None and _tag(by_id.get(for_)) not in LABELABLE:
            found.append(f"<label for={for_!r}> labels no control")
    return found


def _tag(element: Element | None) -> str | None:
    return element.tag.removeprefix(NS) if element is not None else None


def _elements(root: Element) -> list[Element]:
    """The elements outside <template>: its content is inert, a document of its own."""
    elements: list[Element] = []

    def walk(element: Element):
        if isinstance(element.tag, str) and element.tag != f"{NS}template":
            elements.append(element)
            for child in element:
                walk(child)

    walk(root)
    return elements
