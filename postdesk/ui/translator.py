"""Qt's view of the shared translation catalogue, plus Qt's own translations for dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from postdesk.common.i18n import Catalogue, set_language


class CatalogueTranslator(QTranslator):
    """Answers ``tr()`` lookups from the ``.ts``-based catalogue."""

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self._catalogue = catalogue

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null QString) tells Qt to try the next translator; "" would be taken as the answer.
        return self._catalogue.lookup(context, source_text, n)

    def isEmpty(self) -> bool:
        return not self._catalogue.messages

    def language(self) -> str:
        return self._catalogue.language


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Activate ``language`` for core and UI; keep the returned translators alive."""
    catalogue = set_language(language)
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    qt_base = QTranslator()
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        translators.append(qt_base)
    ours = CatalogueTranslator(catalogue)
    app.installTranslator(ours)
    translators.append(ours)
    return translators
