"""Translation catalogue shared by the Qt UI and the Qt-free core.

Source strings are English. Translations live in Qt Linguist ``.ts`` files under
``resources/i18n/<language>/`` (one file per feature area, so features do not fight over one
file). The UI installs a ``QTranslator`` that reads this same catalogue, so ``self.tr()`` in
widgets and :func:`translate` in core code give the same answers, and ``pyside6-lupdate``
extracts both.

The active catalogue is process-wide state, like the C locale: the entry point chooses the
language once at start-up with :func:`set_language`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from postdesk.common.paths import resource_path

DEFAULT_LANGUAGE = "ru"


def russian_plural_form(n: int) -> int:
    """Index of the Russian plural form for ``n``: 0 one, 1 few, 2 many."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


@dataclass
class Catalogue:
    """Messages keyed by (context, source); plural messages keep all their forms."""

    language: str
    messages: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, language: str, folder: Path | None = None) -> Catalogue:
        catalogue = cls(language)
        folder = folder or resource_path("i18n", language)
        if folder.is_dir():
            for ts_file in sorted(folder.glob("*.ts")):
                catalogue.merge_ts(ts_file)
        return catalogue

    def merge_ts(self, ts_file: Path) -> None:
        root = ET.parse(ts_file).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                element = message.find("translation")
                if source is None or element is None:
                    continue
                if element.get("type") in {"unfinished", "obsolete", "vanished"}:
                    continue
                forms = [f.text or "" for f in element.iter("numerusform")]
                forms = forms or [element.text or ""]
                if any(forms):
                    self.messages[(name, source)] = forms

    def lookup(self, context: str, source: str, n: int = -1) -> str | None:
        forms = self.messages.get((context, source))
        if not forms:
            return None
        if n >= 0 and len(forms) > 1:
            index = russian_plural_form(n) if self.language == "ru" else (0 if n == 1 else 1)
            return forms[min(index, len(forms) - 1)]
        return forms[0]


class _Active:
    catalogue: Catalogue | None = None


def set_language(language: str) -> Catalogue:
    """Load and activate the catalogue for ``language`` ("en" means the source strings)."""
    _Active.catalogue = Catalogue.load(language) if language != "en" else Catalogue("en")
    return _Active.catalogue


def active_catalogue() -> Catalogue:
    if _Active.catalogue is None:
        return set_language(DEFAULT_LANGUAGE)
    return _Active.catalogue


def translate(context: str, source: str, n: int = -1) -> str:
    """Translate ``source`` in ``context``; ``%n`` is replaced by ``n`` as Qt does."""
    text = active_catalogue().lookup(context, source, n) or source
    if n >= 0:
        text = text.replace("%n", str(n))
    return text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark a string for extraction without translating it yet (translate it where shown)."""
    del context
    return source
