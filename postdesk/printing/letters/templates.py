"""Letter texts from Jinja2 templates in ``resources/letters/`` (the administrator's folder wins).

Templates are plain text: paragraphs are separated by blank lines, and a line break inside a
paragraph is kept. Undefined variables fail loudly rather than print an empty gap in a letter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2

from postdesk.common.paths import resource_path

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")


def _date(value: dt.date) -> str:
    return value.strftime("%d.%m.%Y")


class LetterTemplates:
    def __init__(self, folders: Sequence[Path] | None = None) -> None:
        search = [str(f) for f in (folders or [resource_path("letters")])]
        self._env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(search),
            undefined=jinja2.StrictUndefined,
            autoescape=False,  # plain text; the PDF renderer escapes for its own markup
            keep_trailing_newline=False,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self._env.filters["date"] = _date

    def render_paragraphs(self, name: str, **context: Any) -> tuple[str, ...]:
        text = self._env.get_template(name).render(**context)
        parts = (p.strip() for p in _PARAGRAPH_BREAK.split(text.strip()))
        return tuple(p for p in parts if p)

    def syntax_error(self, text: str) -> str | None:
        """Why ``text`` is not a valid template (the line and Jinja2's reason), or None when it is."""
        try:
            self._env.parse(text)
        except jinja2.TemplateSyntaxError as exc:
            return f"{exc.lineno}: {exc.message}"
        return None
