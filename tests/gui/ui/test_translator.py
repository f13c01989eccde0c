"""Qt's tr() answers from the shipped Russian catalogue and falls back to English when missing."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow


class MainWindow(QMainWindow):
    pass


def test_translated_untranslated_and_identical_strings(qapp):
    window = MainWindow()
    assert window.tr("&Quit") == "&Выход"
    assert window.tr("%1 · %2") == "%1 · %2"
    assert window.tr("A string nobody translated") == "A string nobody translated"
    assert QCoreApplication.translate("Navigation", "Clients") == "Клиенты"


def test_plural_forms_follow_russian_rules(qapp):
    from postdesk.ui.clients.clients_page import ClientsPage

    texts = [
        QCoreApplication.translate(ClientsPage.__name__, "Clients found: %n", "", n) for n in (1, 3, 5, 21)
    ]
    assert texts == ["Найден 1 клиент", "Найдено 3 клиента", "Найдено 5 клиентов", "Найден 21 клиент"]
