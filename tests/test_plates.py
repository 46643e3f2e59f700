"""Vehicle plates as the visitor register stores them."""

from __future__ import annotations

import pytest

from desk_app.domain.errors import ValidationError
from desk_app.domain.plates import normalize_plate


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("浙A12345", "浙A12345"),
        ("浙a·12345", "浙A12345"),
        ("京 N 8A7B6", "京N8A7B6"),
        ("粤BD12345", "粤BD12345"),  # new energy, small car, electric
        ("粤B F1234 5", "粤BF12345"),  # new energy, small car, hybrid, with a space
        ("沪A12345D", "沪A12345D"),  # new energy, large vehicle
        ("苏E1234学", "苏E1234学"),
        ("川A1234警", "川A1234警"),
        ("粤Z1234港", "粤Z1234港"),
        ("ｅ", None),
        ("", ""),
        ("   ", ""),
    ],
)
def test_plates_are_stored_in_one_form(typed, stored):
    if stored is None:
        with pytest.raises(ValidationError):
            normalize_plate(typed)
    else:
        assert normalize_plate(typed) == stored


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("A12345", "province"),
        ("浙A1234", "7 characters"),
        ("浙AO2345", "no letter I or O"),
        ("粤BD1234X", "not a valid plate"),
        ("浙A12345'; DROP TABLE visits; --", "7 characters"),
    ],
)
def test_a_wrong_plate_is_refused_saying_what_is_wrong(typed, fragment):
    with pytest.raises(ValidationError) as caught:
        normalize_plate(typed)
    assert fragment in caught.value.message
