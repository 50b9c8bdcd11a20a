"""`peelcheck check --cache`: the results cache opened with the run's key, and saved after."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click


def open_cache(folder: str | None, ruleset: Any, settings: Any) -> Any:
    """The results cache in `folder` (or the default one), keyed by this run's rules,
    options and date."""
    from peelcheck.results.cache import DEFAULT_FOLDER, ResultCache, run_key

    assert settings.today is not None
    run = run_key(
        ruleset,
        use_waivers=settings.use_waivers,
        today=settings.today,
        excerpt=settings.excerpt,
        max_findings_per_rule=settings.max_findings_per_rule,
    )
    # like the config, the cache belongs to the project: beside the config file, if any
    return ResultCache(Path(folder) if folder else settings.base / DEFAULT_FOLDER, run)


def save_cache(cache: Any) -> None:
    """Save the cache; a cache that cannot be written is a warning, never a failure."""
    from peelcheck.results.cache import CacheError

    try:
        cache.save()
    except CacheError as err:  # the findings stand; only the next run is slower
        click.echo(f"peelcheck: warning: {err}; this run's results were not cached", err=True)


def rules_hash(ruleset: Any) -> str:
    """The short hash of the rules' content that the HTML report shows."""
    from peelcheck.results.cache import rules_hash

    return rules_hash(ruleset)
