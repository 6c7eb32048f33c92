"""The PyInstaller spec names every resource folder and the modules loaded by name."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = (ROOT / "packaging" / "agent-console.spec").read_text(encoding="utf-8")


def test_spec_bundles_every_resource_folder_and_file() -> None:
    resources = ROOT / "resources"
    for entry in sorted(resources.iterdir()):
        if entry.name.startswith("."):
            continue
        assert f'"{entry.name}"' in SPEC, f"resources/{entry.name} is not in the spec"


def test_spec_names_every_migration_and_the_gui_module() -> None:
    for migration in (ROOT / "console" / "migrations" / "versions").glob("*.py"):
        assert f"console.migrations.versions.{migration.stem}" in SPEC
    assert '"ui.app"' in SPEC


def test_spec_bundles_the_compiled_catalogues() -> None:
    """The interface languages ship as .qm (what the console loads), not as .ts sources."""
    assert (ROOT / "resources" / "translations" / "agent_console_fa.qm").is_file()
    assert 'TRANSLATIONS.glob("*.qm")' in SPEC
    assert '"resources/translations"' in SPEC


def test_spec_bundles_the_holiday_names() -> None:
    """holidays reads gettext catalogues of its own; the bundle crashed building any calendar
    (`No translation file found for domain: 'RU'`) without them."""
    assert 'collect_data_files("holidays")' in SPEC
