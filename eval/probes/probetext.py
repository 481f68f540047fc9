"""Line helpers the probe generators share: a base document's lines and where each starts."""


def lines_of(text):
    """The lines of ``text`` (a base document, ending with a line end)."""
    assert text.endswith("\n")
    return text[:-1].split("\n")


def starts_of(lines):
    """The offset each of ``lines`` starts at in the text they were split from."""
    out, at = [], 0
    for line in lines:
        out.append(at)
        at += len(line) + 1
    return out
