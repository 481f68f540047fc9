"""Configuration: ``[tool.cleaner]`` in ./pyproject.toml, or a TOML file given with --config.

Everything has a default; a user adds phrases to the package's lists and tunes the corpus
pass. Unknown keys are an error (a typo should not silently do nothing).

    [tool.cleaner]
    chrome_phrases = ["返回列表", "网站导航"]   # extra widget words (whole-line chrome)
    ad_phrases = ["代理记账"]                   # extra paid-service offers
    recurring_share = 0.1                       # a line on >= 10% of the pages ...
    recurring_min_docs = 3                      # ... and on at least 3 pages is a chrome candidate
    max_removed_share = 0.4                     # flag a document that lost more of its text
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path


class ConfigError(Exception):
    """The configuration cannot be used (bad TOML, unknown key, wrong type)."""


@dataclass(frozen=True)
class Config:
    chrome_phrases: tuple[str, ...] = ()
    ad_phrases: tuple[str, ...] = ()
    recurring_share: float = 0.1
    recurring_min_docs: int = 3
    max_removed_share: float = 0.4  # a document losing more of its text than this is flagged


def load(path: Path | None = None, project: Path = Path("pyproject.toml")) -> Config:
    """The configuration from ``path`` (a TOML file), else from ``project``'s [tool.cleaner]."""
    if path is not None:
        document = _read(path)
        table = _cleaner_table(document, path, default=document)
    elif project.is_file():
        table = _cleaner_table(_read(project), project, default={})
    else:
        table = {}
    return _build(table, path or project)


def _cleaner_table(document: dict, where: Path, default: dict) -> dict:
    """``[tool.cleaner]`` of a TOML document (``default`` when there is none); a ``tool``
    or ``tool.cleaner`` that is not a table is an error, not a traceback."""
    tool = document.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{where}: tool must be a table, not {type(tool).__name__}")
    if default is document and "cleaner" not in tool and ("project" in document or "build-system" in document):
        raise ConfigError(f"{where}: a project file without a [tool.cleaner] table")
    table = tool.get("cleaner", default)
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: [tool.cleaner] must be a table, not {type(table).__name__}")
    return table


def _read(path: Path) -> dict:
    """The TOML document at ``path``; a byte-order mark is accepted (Windows editors write one)."""
    path = Path(path)
    if path.is_dir():
        raise ConfigError(f"{path}: is a folder, not a configuration file")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: no such configuration file") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except RecursionError as exc:  # tables nested past Python's stack
        raise ConfigError(f"{path}: not valid TOML: nested too deep") from exc


def _build(table: dict, where: Path) -> Config:
    known = {f.name: f for f in fields(Config)}
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) in [tool.cleaner]: {', '.join(unknown)}")
    values = {}
    for key, value in table.items():
        default = getattr(Config, key)
        if isinstance(default, tuple):
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise ConfigError(f"{where}: {key} must be a list of non-empty strings")
            value = tuple(value)
        elif isinstance(default, float):
            # bool is an int in Python: `true` is not a share.
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
                raise ConfigError(f"{where}: {key} must be a number in (0, 1]")
            value = float(value)
        elif isinstance(default, int):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigError(f"{where}: {key} must be a whole number >= 1")
        values[key] = value
    return Config(**values)
