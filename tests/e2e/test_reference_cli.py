"""``postdesk reference`` and ``postdesk ranges`` as scripts use them: JSON, one Russian line on refusal."""

import json
import re

CYRILLIC = re.compile("[а-яА-ЯёЁ]")


def _refused(result):
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("postdesk: ") and CYRILLIC.search(lines[0]), result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_delivery_norms_import_and_lookup(run_postdesk, tmp_path):
    regions = tmp_path / "regions.csv"
    regions.write_text("Индекс;Регион\n430;Республика Мордовия\n440;Пензенская область\n", encoding="utf-8")
    loaded = run_postdesk("reference", "import", "regions", str(regions), "--json")
    assert json.loads(loaded.stdout)["rows"] == 2, loaded.stderr
    norms = tmp_path / "norms.csv"
    norms.write_bytes(
        "Откуда;Куда;Класс;Срок\n*;1;;5\n101;190;LETTER;3\n*;190;PARCEL;6\n"
        "Республика Мордовия;Пензенская область;;4\n".encode("cp1251")
    )
    imported = run_postdesk("reference", "import", "delivery", str(norms), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["rows"] == 4
    by_region = run_postdesk(
        "reference", "delivery", "--from", "430005", "--to", "440000", "--on", "2026-03-02", "--json"
    )
    assert json.loads(by_region.stdout) == {"days": 4, "arrives_by": "2026-03-06"}, by_region.stderr
    found = run_postdesk(
        "reference", "delivery", "--from", "101000", "--to", "190000", "--on", "2026-03-06", "--json"
    )
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout) == {"days": 3, "arrives_by": "2026-03-10"}
    parcel = run_postdesk(
        "reference",
        "delivery",
        "--from",
        "101000",
        "--to",
        "190000",
        "--class",
        "PARCEL",
        "--on",
        "2026-03-02",
        "--json",
    )
    assert json.loads(parcel.stdout) == {"days": 6, "arrives_by": "2026-03-10"}
    _refused(run_postdesk("reference", "delivery", "--from", "101000", "--to", "1900", "--json"))
    _refused(run_postdesk("reference", "delivery", "--from", "101000", "--to", "650000", "--json"))


def test_a_malformed_file_writes_nothing(run_postdesk, tmp_path):
    bad = tmp_path / "prices.csv"
    bad.write_text("Код;Наименование;Цена\ncopying;Копия;12,345\n", encoding="utf-8")
    _refused(run_postdesk("reference", "import", "tariffs", str(bad), "--json"))
    _refused(run_postdesk("reference", "import", "prices", str(bad), "--json"))
    _refused(run_postdesk("reference", "import", "tariffs", str(tmp_path / "missing.csv"), "--json"))
    _refused(run_postdesk("reference", "import", "tariffs", str(bad), "--map", "price=Стоимость"))
    listed = run_postdesk("reference", "tariffs", "--date", "2026-07-01", "--json")
    prices = json.loads(listed.stdout)["prices"]
    assert {p["code"]: p["price"] for p in prices}["copying"] == "10.00"  # still the sample's


def test_a_price_list_import_is_served_from_its_date(run_postdesk, tmp_path):
    good = tmp_path / "june.csv"
    good.write_text("Код;Наименование;Цена;НДС\ncopying;Копия А4;12,00;20\nlamination;Ламинирование;90;20\n")
    imported = run_postdesk(
        "reference", "import", "tariffs", str(good), "--effective-from", "2026-06-01", "--json"
    )
    assert json.loads(imported.stdout) == {
        "kind": "tariffs",
        "rows": 2,
        "version": "import-2026-06-01",
        "effective_from": "2026-06-01",
    }
    before = json.loads(run_postdesk("reference", "tariffs", "--date", "2026-05-31", "--json").stdout)
    after = json.loads(run_postdesk("reference", "tariffs", "--date", "2026-06-01", "--json").stdout)
    assert before["sample"] is True
    assert "lamination" not in {p["code"] for p in before["prices"]}
    priced = {p["code"]: p for p in after["prices"]}
    assert priced["copying"]["price_kop"] == 1200 and priced["copying"]["sample"] is False
    assert priced["parcels"]["sample"] is True
    _refused(run_postdesk("reference", "tariffs", "--date", "2026-13-01", "--json"))


def test_ranges_add_and_list_with_overlaps_refused(run_postdesk):
    added = run_postdesk(
        "ranges",
        "add",
        "--kind",
        "s10",
        "--prefix",
        "ra",
        "--suffix",
        "ru",
        "--first",
        "1",
        "--last",
        "500",
        "--json",
    )
    assert added.returncode == 0, added.stderr
    shown = json.loads(added.stdout)
    assert (shown["prefix"], shown["suffix"], shown["remaining"], shown["warning"]) == ("RA", "RU", 500, True)
    _refused(
        run_postdesk(
            "ranges",
            "add",
            "--kind",
            "s10",
            "--prefix",
            "RA",
            "--suffix",
            "RU",
            "--first",
            "400",
            "--last",
            "900",
        )
    )
    _refused(run_postdesk("ranges", "add", "--kind", "xyz", "--prefix", "RA", "--first", "1", "--last", "2"))
    listed = run_postdesk("ranges", "list", "--json")
    assert listed.returncode == 0
    assert [(r["prefix"], r["first"], r["last"]) for r in json.loads(listed.stdout)["ranges"]] == [
        ("RA", 1, 500)
    ]
    assert "RA" in listed.stderr  # the warning about a range running low


def test_schedule_and_forms_imports_and_the_next_dispatch(run_postdesk, tmp_path):
    schedule = tmp_path / "schedule.csv"
    schedule.write_text(
        "Маршрут;Направление;Вид;Куда;Дни;Время\nМ-1;Москва;межрегиональный;*;ежедневно;23:59\n",
        encoding="utf-8",
    )
    imported = run_postdesk("reference", "import", "schedule", str(schedule), "--json")
    assert json.loads(imported.stdout)["rows"] == 1, imported.stderr
    dispatch = run_postdesk("reference", "dispatch", "--to", "190000", "--json")
    found = json.loads(dispatch.stdout)
    assert (found["route"], found["kind"], found["departs_at"][-5:]) == ("М-1", "inter_regional", "23:59")
    forms = tmp_path / "forms.csv"
    forms.write_text("code;name;kind;price;received\nbox_s;Коробка S;упаковка;120;10\n", encoding="utf-8")
    assert json.loads(run_postdesk("reference", "import", "forms", str(forms), "--json").stdout)["rows"] == 1
    bad = tmp_path / "bad-schedule.csv"
    bad.write_text("Маршрут;Вид;Куда;Дни;Время\nМ-2;скорый;*;иногда;25:00\n", encoding="utf-8")
    _refused(run_postdesk("reference", "import", "schedule", str(bad), "--json"))
    again = json.loads(run_postdesk("reference", "dispatch", "--to", "190000", "--json").stdout)
    assert again["route"] == "М-1"
