"""The check API: what every check is, and how checks are registered and found.

A check is a small pydantic model (its options, validated when the rule file is loaded) with a
`run` method that yields `Hit`s for one selected node. Each lives in its own module in this
package and registers itself with `@register`; a new check is a new module, never an edit to
the engine. The class docstring is the check's documentation (`peelcheck checks` prints it).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, get_args

from pydantic import BaseModel, ConfigDict

from peelcheck.draft.sourcemap import join_path
from peelcheck.engine.context import DraftContext
from peelcheck.engine.contract import Hit
from peelcheck.engine.facts import PackData


class Check(BaseModel):
    """Base of all checks: options are strict and unknown options are errors.

    A subclass declares `type: Literal["its-name"]`; that is the name rule files use.
    """

    # built when first validated: a rule read back from the pack cache is built without
    # its class's validator where draft/construct.py can vouch for its options
    model_config = ConfigDict(
        extra="forbid", strict=True, arbitrary_types_allowed=True, defer_build=True
    )

    def prepare(self, pack: PackData) -> None:
        """Resolve references to pack data once, when the rules are loaded.

        Raise ValueError with a message to reject the rule (e.g. an unknown data name or
        grade). Compiled state goes in private attributes.
        """

    def run(self, node: Any, path: str, ctx: DraftContext) -> Iterator[Hit]:
        """Yield a Hit for each problem in `node` (found at data path `path`)."""
        raise NotImplementedError

    def may_report(self, ctx: DraftContext) -> bool:
        """False only when `run` can yield nothing on any node of this draft.

        A screen: one cheap pass over the draft's text (`ctx.corpus`) that lets the engine
        skip a rule whose words the draft does not hold at all. It may say True when `run`
        then finds nothing, never False when `run` would find something. A check may also
        skip a text inside `run` the same way, when `ctx.screens` is true (tests turn
        screens off to compare).
        """
        return True

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """Private attributes made by `list`, `dict` or `set` are made by an equal Python
        function instead: pydantic asks each factory's signature, and a builtin's is parsed
        by the tokenizer, whose pattern takes about 6 ms to compile in a short run."""
        super().__pydantic_init_subclass__(**kwargs)
        for private in cls.__private_attributes__.values():
            made = _PYTHON_FACTORIES.get(private.default_factory)
            if made is not None:
                private.default_factory = made

    # Checks read their compiled state (private attributes) for every sentence of every
    # draft, and pydantic finds private attributes through a generic __getattr__ that costs
    # more than the regex they hold. Kept in the instance dict as well, they are found by
    # plain attribute lookup; pydantic's fields, dumps and equality ignore them there.
    # (Values with __get__, such as functions, are left to pydantic, which binds them.)
    def model_post_init(self, context: Any, /) -> None:
        """Mirror the private attributes' initial values into the instance dict."""
        for name, value in (self.__pydantic_private__ or {}).items():
            if not hasattr(value, "__get__"):
                self.__dict__[name] = value

    if not TYPE_CHECKING:  # for mypy, attributes stay as declared

        def __setattr__(self, name: str, value: Any) -> None:
            super().__setattr__(name, value)
            if name in self.__private_attributes__:
                if hasattr(value, "__get__"):
                    self.__dict__.pop(name, None)
                else:
                    self.__dict__[name] = value


_PYTHON_FACTORIES: dict[Any, Any] = {list: lambda: [], dict: lambda: {}, set: lambda: set()}

C = TypeVar("C", bound=type[Check])

_REGISTRY: dict[str, type[Check]] = {}


def check_name(cls: type[Check]) -> str:
    """The name rule files use for a check class (its `type` literal)."""
    (name,) = get_args(cls.model_fields["type"].annotation)
    return str(name)


def register(cls: C) -> C:
    """Class decorator: make a check available to rule files under its `type` name."""
    name = check_name(cls)
    if name in _REGISTRY and _REGISTRY[name] is not cls:
        raise RuntimeError(f"two checks are named {name!r}")
    _REGISTRY[name] = cls
    return cls


@cache
def registry() -> Mapping[str, type[Check]]:
    """All checks, by name; imports every module of this package once."""
    import pkgutil

    import peelcheck.checks as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
    return dict(sorted(_REGISTRY.items()))


def field_value(node: Any, name: str | None) -> Any:
    """The value of `name` in a mapping node (the node itself when `name` is None)."""
    if name is None:
        return node
    return node.get(name) if isinstance(node, dict) else None


def blank(text: str) -> bool:
    """Whether `text` is empty or white space only (`not text.strip()`, without copying a
    long text to say so)."""
    return not text or text.isspace()


def field_path(path: str, name: str | None) -> str:
    """The data path of field `name` under `path`."""
    return path if name is None else join_path(path, name)


def field_texts(node: Any, path: str, fields: Sequence[str]) -> Iterator[tuple[str, str]]:
    """(data path, text) of each named field of `node` holding text or a list of texts."""
    if not isinstance(node, dict):
        return
    for name in fields:
        value = node.get(name)
        if isinstance(value, str):
            if value.strip():
                yield join_path(path, name), value
        elif isinstance(value, list):
            where = join_path(path, name)  # only for a field the node has: most are absent
            for index, item in enumerate(value):
                if isinstance(item, str) and item.strip():
                    yield f"{where}[{index}]", item
