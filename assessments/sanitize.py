"""A small allow-list sanitiser for question HTML: questions come from authors and from imported
Moodle files, and the browser of every trainee renders them."""

from html import escape
from html.parser import HTMLParser

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "sub",
    "sup",
    "ul",
    "ol",
    "li",
    "span",
    "blockquote",
    "pre",
    "code",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "img",
    "h3",
    "h4",
}
VOID_TAGS = {"br", "img"}
ALLOWED_ATTRIBUTES = {
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}
SAFE_URL_PREFIXES = (
    "/",
    "data:image/png;",
    "data:image/jpeg;",
    "data:image/gif;",
    "https://",
    "http://",
)
DROP_CONTENT = {"script", "style", "iframe", "object", "embed", "template"}


class _Sanitiser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.dropping = 0

    def handle_starttag(self, tag, attrs):
        if tag in DROP_CONTENT:
            self.dropping += 1
            return
        if self.dropping or tag not in ALLOWED_TAGS:
            return
        kept = []
        for name, value in attrs:
            if name not in ALLOWED_ATTRIBUTES.get(tag, set()) or value is None:
                continue
            if name == "src" and not value.strip().lower().startswith(SAFE_URL_PREFIXES):
                continue
            kept.append(f' {name}="{escape(value, quote=True)}"')
        self.out.append(f"<{tag}{''.join(kept)}>")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in DROP_CONTENT:
            self.dropping = max(0, self.dropping - 1)
            return
        if self.dropping or tag not in ALLOWED_TAGS or tag in VOID_TAGS:
            return
        self.out.append(f"</{tag}>")

    def handle_data(self, data):
        if not self.dropping:
            self.out.append(escape(data, quote=False))


def clean_html(text: str) -> str:
    """Keep formatting, lists, tables and images; drop scripts, styles, events and links."""
    parser = _Sanitiser()
    parser.feed(text or "")
    parser.close()
    return "".join(parser.out)
