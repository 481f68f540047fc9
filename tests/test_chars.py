"""The named characters are what their names say, checked by code point (not by looks)."""

from cleaner import chars


def test_fullwidth_punctuation_code_points():
    assert [ord(c) for c in (
        chars.FULLWIDTH_COMMA, chars.FULLWIDTH_COLON, chars.FULLWIDTH_SEMICOLON,
        chars.FULLWIDTH_LEFT_PAREN, chars.FULLWIDTH_RIGHT_PAREN,
        chars.FULLWIDTH_QUESTION, chars.FULLWIDTH_EXCLAMATION,
    )] == [0xFF0C, 0xFF1A, 0xFF1B, 0xFF08, 0xFF09, 0xFF1F, 0xFF01]


def test_wide_table_maps_ascii_to_fullwidth_forms():
    assert {k: hex(ord(v)) for k, v in chars.WIDE_OF.items()} == {
        ",": "0xff0c", ":": "0xff1a", ";": "0xff1b", "(": "0xff08", ")": "0xff09",
        "?": "0xff1f", "!": "0xff01",
    }
    # every full-width form is exactly ASCII + 0xFEE0
    assert all(ord(v) == ord(k) + 0xFEE0 for k, v in chars.WIDE_OF.items())


def test_space_constants():
    assert ord(chars.IDEOGRAPHIC_SPACE) == 0x3000
    assert ord(chars.NO_BREAK_SPACE) == 0xA0
    assert ord(chars.EN_SPACE) == 0x2002


def test_code_holds_no_fullwidth_literals_outside_chars():
    """Full-width punctuation is defined once, in chars.py: code elsewhere names it.

    Checked on the source text of string literals, so ``"\\N{FULLWIDTH COMMA}"`` passes and
    a pasted "，" fails; docstrings (examples for a reader) may show the characters.
    """
    import ast
    import io
    import tokenize
    from pathlib import Path

    package = Path(chars.__file__).parent
    wide = set(chars.WIDE_OF.values())
    offenders = []
    for path in sorted(package.rglob("*.py")):
        if path.name == "chars.py":
            continue
        source = path.read_text(encoding="utf-8")
        docstring_lines = set()
        for node in ast.walk(ast.parse(source)):
            body = getattr(node, "body", None)
            if (isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and body
                    and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)):
                docstring_lines.update(range(body[0].lineno, body[0].end_lineno + 1))
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.STRING and tok.start[0] not in docstring_lines and wide & set(tok.string):
                offenders.append(f"{path.name}:{tok.start[0]}: {tok.string}")
    assert offenders == []
