"""Every YAML file the bot ships reads the same with libyaml's parser (bot/yamlfile.py) as
with PyYAML's own, data and lines alike: the faster parser changes nothing a person sees,
and a broken file is still told in PyYAML's words."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot import yamlfile
from bot.engine.flow_loader import read_yaml
from bot.yamlfile import load_yaml, read_yaml_file

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = sorted(p for folder in ("data", "flows") for p in (ROOT / folder).rglob("*.yaml"))


@pytest.mark.parametrize("file", SHIPPED, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_shipped_file_reads_as_pyyaml_reads_it(
    file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert read_yaml_file(file) == yaml.safe_load(file.read_text(encoding="utf-8"))
    data, lines = read_yaml(file)
    monkeypatch.setattr(yamlfile, "SafeLoader", yaml.SafeLoader)
    assert read_yaml(file) == (data, lines)  # the line a flow's problem is reported at


def test_a_tab_that_breaks_a_file_is_named() -> None:
    with pytest.raises(yaml.YAMLError, match="found character '\\\\t'"):
        load_yaml("steps:\n\t- say: hello\n")
