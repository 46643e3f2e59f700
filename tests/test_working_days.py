"""Working days as the mainland calendar has them (the State Council's 2026 notice:
National Day and Mid-Autumn 1–7 October off, Sunday 20 September and Saturday 10
October worked)."""

from __future__ import annotations

from datetime import date

from desk_app.domain.working_days import (
    add_working_days,
    is_working_day,
    working_days_between,
    year_is_known,
)


def test_the_national_day_week_is_off_and_its_make_up_saturday_is_worked():
    assert not any(is_working_day(date(2026, 10, day)) for day in range(1, 8))
    assert is_working_day(date(2026, 10, 10))  # a Saturday, worked in exchange
    assert not is_working_day(date(2026, 10, 11))  # an ordinary Sunday


def test_seven_working_days_from_the_eve_of_national_day():
    # 30 Sep (Wed) + 7 working days: 8, 9, 10 (Sat), 12, 13, 14, 15 October
    assert add_working_days(date(2026, 9, 30), 7) == date(2026, 10, 15)
    assert working_days_between(date(2026, 9, 30), date(2026, 10, 15)) == 7


def test_a_day_of_a_year_the_calendar_does_not_know_follows_the_overrides():
    spring_festival_2031 = {date(2031, 1, 23): False, date(2031, 1, 26): True}  # Thu off, Sun on
    assert not year_is_known(2031)
    assert year_is_known(2031, spring_festival_2031)
    assert is_working_day(date(2031, 1, 22))  # a Wednesday: Monday to Friday
    assert not is_working_day(date(2031, 1, 23), spring_festival_2031)
    assert is_working_day(date(2031, 1, 26), spring_festival_2031)
    assert add_working_days(date(2031, 1, 22), 2, spring_festival_2031) == date(2031, 1, 26)


def test_an_override_corrects_a_published_day():
    assert is_working_day(date(2026, 10, 10), {date(2026, 10, 10): False}) is False
