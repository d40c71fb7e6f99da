import codecs

import pytest

from alignment.errors import InputError
from alignment.reading import decode, read_document


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
