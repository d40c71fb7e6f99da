import codecs

import pytest

from alignment.config import Config
from alignment.errors import InputError
from alignment.text.reading import check_text, decode, read_document


def test_bom_is_removed_and_offsets_index_the_rest(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(codecs.BOM_UTF8 + "Hello “world”.".encode())
    assert read_document(p).text == "Hello “world”."


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b"  \n\t \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (b"caf\xe9 au lait", "not valid utf-8"),
        (codecs.BOM_UTF16_LE + "hi".encode("utf-16-le"), "UTF-16"),
        (codecs.BOM_UTF16_BE + "hi".encode("utf-16-be"), "UTF-16"),
        ("hi".encode("utf-32"), "UTF-32"),
        (codecs.BOM_UTF8 + b"  \n", "empty"),
        (b"text with a \x00 NUL", "binary"),
    ],
)
def test_refused_inputs_give_one_clear_line(tmp_path, data, fragment):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_document(p)
    message = str(info.value)
    assert "\n" not in message
    assert fragment.lower() in message.lower()
    assert str(p) in message


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="directory"):
        read_document(tmp_path)


def test_other_encodings_on_request(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("café".encode("cp1252"))
    with pytest.raises(InputError):
        read_document(p)
    assert read_document(p, encoding="cp1252").text == "café"
    u16 = tmp_path / "u16.txt"
    u16.write_bytes("naïve text".encode("utf-16"))
    assert read_document(u16, encoding="utf-16").text == "naïve text"
    with pytest.raises(InputError, match="unknown encoding"):
        decode(b"x", "x", encoding="no-such-codec")


def test_only_one_byte_order_mark_is_removed(tmp_path):
    """A second U+FEFF is a character of the text (a zero-width no-break space): kept, so nothing is lost."""
    assert decode(codecs.BOM_UTF8 + "\ufeffHello.".encode(), "x") == "\ufeffHello."
    assert decode("\ufeffHello.".encode("utf-16"), "x", encoding="utf-16") == "\ufeffHello."
    assert decode("\ufeffHello.".encode("utf-16-le"), "x", encoding="utf-16-le") == "Hello."
    assert decode(codecs.BOM_UTF8 + b"Hello.", "x", encoding="utf-8-sig") == "Hello."


@pytest.mark.parametrize(
    ("data", "encoding", "fragment"),
    [
        (b"x", "rot13", "not a text encoding"),
        (b"78", "hex", "not a text encoding"),
        ("x \ud83d y".encode("utf-7"), "utf-7", "lone surrogate"),
        (b"caf\xe9", "ascii", "not valid ascii"),
    ],
)
def test_encodings_that_cannot_give_text(data, encoding, fragment):
    with pytest.raises(InputError, match=fragment):
        decode(data, "x", encoding=encoding)


def test_size_limit_before_reading(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"The plan is ready. " * 100)
    assert read_document(p, max_bytes=1900).text.startswith("The plan")
    with pytest.raises(InputError, match=r"1,900 bytes, over the limit of 1,899 bytes per document \(raise it with "
        r"--max-document-bytes\)"):
        read_document(p, max_bytes=1899)
    assert read_document(p, max_bytes=None).text.startswith("The plan")


def test_text_given_as_a_string_is_checked_too():
    from alignment import compare

    with pytest.raises(InputError, match="lone surrogate"):
        compare("The plan \ud83d is ready.", "The plan is ready.")
    with pytest.raises(InputError, match="derivative: 30 characters, over the limit of 20 bytes"):
        compare("The plan is ready.", "a" * 30, Config(max_document_bytes=20))


def test_text_size_limit_counts_utf8_bytes():
    check_text("é" * 10, "x", max_bytes=20)
    with pytest.raises(InputError, match="22 bytes as UTF-8"):
        check_text("é" * 11, "x", max_bytes=20)
    with pytest.raises(InputError, match="30 characters"):
        check_text("a" * 30, "x", max_bytes=20)
