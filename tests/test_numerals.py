import pytest

from infer.numerals import parse_number


@pytest.mark.parametrize("text,value", [
    ("486", 486), ("４８６", 486), ("1,234", 1234), ("两", 2), ("兩", 2), ("十二", 12),
    ("一百零五", 105), ("3.5万", 35000), ("零", 0), ("二十", 20), ("一千零一", 1001),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "件", "abc"])
def test_not_a_number(text):
    assert parse_number(text) is None
