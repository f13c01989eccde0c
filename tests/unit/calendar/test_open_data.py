"""Reading the open-data production calendar CSV."""

from __future__ import annotations

import datetime as dt

import pytest

from postdesk.calendar.open_data import OpenDataError, parse_open_data
from postdesk.calendar.years import CalendarStatus, load_years, shipped_calendar_file

HEADER = (
    "Год/Месяц,Январь,Февраль,Март,Апрель,Май,Июнь,Июль,Август,Сентябрь,Октябрь,Ноябрь,Декабрь,"
    "Всего рабочих дней,Всего праздничных и выходных дней,Количество рабочих часов при 40-часовой неделе"
)
ROW_2025 = (
    '2025,"1,2,3,4,5,6,7,8,11,12,18,19,25,26","1,2,8,9,15,16,22,23","1,2,7*,8,9,15,16,22,23,29,30",'
    '"5,6,12,13,19,20,26,27,30*","1,2+,3,4,8+,9,10,11,17,18,24,25,31","1,7,8,11*,12,13+,14,15,21,22,28,29",'
    '"5,6,12,13,19,20,26,27","2,3,9,10,16,17,23,24,30,31","6,7,13,14,20,21,27,28",'
    '"4,5,11,12,18,19,25,26","1*,2,3+,4,8,9,15,16,22,23,29,30","6,7,13,14,20,21,27,28,31+",247,118,1972'
)


def test_a_year_row_gives_the_official_year() -> None:
    years = parse_open_data(HEADER + "\n" + ROW_2025 + "\n")
    data = years[2025]
    assert data.status is CalendarStatus.OFFICIAL
    shipped = load_years(shipped_calendar_file())[2025]
    assert data.non_working == shipped.non_working
    assert data.working_weekends == shipped.working_weekends == {dt.date(2025, 11, 1)}
    assert data.short_days == shipped.short_days
    assert data.working_days() == 247


def test_a_file_without_year_rows_is_refused() -> None:
    with pytest.raises(OpenDataError, match="no year rows"):
        parse_open_data(HEADER + "\n")


def test_an_impossible_day_is_refused() -> None:
    with pytest.raises(OpenDataError, match="'31' is not a day of month 2"):
        parse_open_data(HEADER + '\n2025,"1","31",' + ",".join(['""'] * 10) + "\n")
