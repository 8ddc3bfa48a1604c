"""Every YAML file the bot ships reads the same with libyaml's parser (bot/yamlfile.py) as
with PyYAML's own: the faster parser changes nothing a person sees."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.yamlfile import SafeLoader, read_yaml_file

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = sorted(p for folder in ("data", "flows") for p in (ROOT / folder).rglob("*.yaml"))


def test_libyaml_is_what_reads_them() -> None:
    assert SafeLoader is not yaml.SafeLoader, "PyYAML was built without libyaml"


@pytest.mark.parametrize("file", SHIPPED, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_shipped_file_reads_as_pyyaml_reads_it(file: Path) -> None:
    assert read_yaml_file(file) == yaml.safe_load(file.read_text(encoding="utf-8"))
