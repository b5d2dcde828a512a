"""Text normalisation (extractors/text.py): decoding bytes of unknown encoding."""
from __future__ import annotations

from bs4.dammit import UnicodeDammit

from extractors.text import MOSTLY, decode, is_mostly_utf8

# A résumé in UTF-8 whose bullets lost their middle byte to "?" on the way, as the Kaggle résumés' did.
LOST_BULLETS = "Skills\nRenée’s team · Zürich\n".encode() + b"\xe2?\xa2 Cut costs by 20%\n\xe2?\xa2 Led a team of 12\n"


def test_mostly_utf8_text_is_decoded_as_utf8_its_bad_bytes_replaced():
    text = decode(LOST_BULLETS)
    assert text == LOST_BULLETS.decode("utf-8", errors="replace")     # what the evaluation reads
    assert "Renée’s team · Zürich" in text and "\ufffd?\ufffd Cut costs" in text


def test_a_few_stray_bytes_in_utf8_text_are_replaced():
    data = ("Grew revenue 27% – Zürich, Malmö, Kraków. " * 5).encode() + b"\xff\xfe stray"
    assert decode(data) == data.decode("utf-8", errors="replace")


def test_text_in_another_code_page_is_still_guessed():
    data = "Reduced costs by 30% \u2013 saving \u20ac2M for Ren\u00e9e\u2019s team".encode("cp1252")
    assert not is_mostly_utf8(data)
    assert decode(data) == UnicodeDammit(data, is_html=True).unicode_markup     # the guess, not U+FFFD
    assert "\ufffd" not in decode(data)


def test_the_bar_is_nine_in_ten_of_the_bytes_outside_ascii():
    # "é" in UTF-8 is two bytes outside ASCII; each stray byte is one.
    good = "é".encode() * 9                                   # 18 bytes in UTF-8 sequences
    assert MOSTLY == 0.9
    assert is_mostly_utf8(good + b"\xff\xff")                  # 18 of 20: 0.90
    assert not is_mostly_utf8(good + b"\xff\xff\xff")          # 18 of 21: 0.86
    assert decode(good + b"\xff\xff") == "é" * 9 + "\ufffd\ufffd"
    assert "\ufffd" not in decode(good + b"\xff\xff\xff")      # guessed as a code page, as before
