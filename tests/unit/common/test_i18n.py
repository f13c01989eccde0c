from postdesk.common.i18n import Catalogue, russian_plural_form, translate


def test_russian_plural_forms():
    assert [russian_plural_form(n) for n in (1, 2, 5, 11, 21, 22, 25, 111, 112)] == [
        0,
        1,
        2,
        2,
        0,
        1,
        2,
        2,
        2,
    ]


def test_catalogue_reads_finished_messages_only(tmp_path):
    (tmp_path / "a.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ru_RU">
<context><name>Ctx</name>
<message><source>Save</source><translation>Сохранить</translation></message>
<message><source>Draft</source><translation type="unfinished">Черновик</translation></message>
<message numerus="yes"><source>%n item(s)</source><translation>
<numerusform>%n отправление</numerusform><numerusform>%n отправления</numerusform>
<numerusform>%n отправлений</numerusform></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    catalogue = Catalogue.load("ru", tmp_path)
    assert catalogue.lookup("Ctx", "Save") == "Сохранить"
    assert catalogue.lookup("Ctx", "Draft") is None
    assert catalogue.lookup("Ctx", "%n item(s)", 3) == "%n отправления"
    assert catalogue.lookup("Ctx", "%n item(s)", 11) == "%n отправлений"


def test_translate_falls_back_to_source():
    assert translate("NoSuchContext", "Untranslated text") == "Untranslated text"
