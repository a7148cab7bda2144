"""The forms of a page, read from its HTML as a browser would send them unchanged."""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin

NOT_SENT = {"submit", "button", "reset", "image", "file"}


@dataclass
class Form:
    action: str
    method: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # the names of its file inputs
    options: dict[str, list[str]] = field(default_factory=dict)  # each select's option values

    def data(self, **replaced) -> dict[str, list[str]]:
        """The fields as a test client posts them, some replaced (None: left out)."""
        data: dict[str, list[str]] = {}
        for name, value in self.fields:
            data.setdefault(name, []).append(value)
        for name, value in replaced.items():
            if value is None:
                data.pop(name, None)
            else:
                data[name] = [value]
        return data


class _Forms(HTMLParser):
    def __init__(self, url: str):
        super().__init__()
        self.url = url
        self.forms: list[Form] = []
        self.form: Form | None = None
        # the select being read: its name, whether multiple, its options, those chosen
        self.select: tuple[str, bool, list[str], list[str]] | None = None
        self.textarea: tuple[str, list[str]] | None = None
        self.templates = 0  # inside <template>: inert, a browser sends none of it

    def handle_starttag(self, tag, attrs):
        if tag == "template":
            self.templates += 1
        elif not self.templates:
            self._start(tag, dict(attrs))

    def _start(self, tag, attrs):
        if tag == "form":
            action = urljoin(self.url, attrs.get("action") or self.url)
            self.form = Form(action, (attrs.get("method") or "get").lower())
            self.forms.append(self.form)
        elif self.form is None or "disabled" in attrs:
            return
        elif tag == "input" and attrs.get("name"):
            kind = (attrs.get("type") or "text").lower()
            if kind == "file":
                self.form.files.append(attrs["name"])
            if kind in NOT_SENT or (kind in ("checkbox", "radio") and "checked" not in attrs):
                return
            default = "on" if kind in ("checkbox", "radio") else ""
            self.form.fields.append((attrs["name"], attrs.get("value") or default))
        elif tag == "select" and attrs.get("name"):
            self.select = (attrs["name"], "multiple" in attrs, [], [])
        elif tag == "option" and self.select:
            value = attrs.get("value", "")
            self.select[2].append(value)
            if "selected" in attrs:
                self.select[3].append(value)
        elif tag == "textarea" and attrs.get("name"):
            self.textarea = (attrs["name"], [])

    def handle_data(self, data):
        if self.textarea and not self.templates:
            self.textarea[1].append(data)

    def handle_endtag(self, tag):
        if tag == "template":
            self.templates -= 1
        elif self.templates:
            return
        elif tag == "form":
            self.form = None
        elif tag == "select" and self.select and self.form:
            name, multiple, options, chosen = self.select
            values = chosen if multiple else (chosen[:1] or options[:1])
            self.form.fields += [(name, value) for value in values]
            self.form.options[name] = options
            self.select = None
        elif tag == "textarea" and self.textarea and self.form:
            self.form.fields.append((self.textarea[0], "".join(self.textarea[1]).lstrip("\n")))
            self.textarea = None


def forms_of(html: str, url: str = "http://testserver/") -> list[Form]:
    parser = _Forms(url)
    parser.feed(html)
    return parser.forms
