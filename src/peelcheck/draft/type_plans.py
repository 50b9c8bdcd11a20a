"""How one declared type takes a value that plainly conforms to it (`construct`'s lower half).

A plan is a function from a value to what pydantic would make of it, raising RefusedError
where pydantic might decide otherwise. Plans are built once per declared type: exact types,
`Literal`, lists, mappings, unions of exact types or `X | None`, lax dates, lengths, bounds
and the validator functions pydantic runs on a value alone. A nested model's plan is the
model level's to build (`construct`): `TypePlans` is given the lookup that finds it.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Callable
from typing import Any

from annotated_types import Ge, MinLen
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    PlainValidator,
    ValidationError,
    WithJsonSchema,
)
from pydantic.fields import FieldInfo
from pydantic.types import Strict

Plan = Callable[[Any], Any]
ModelPlans = Callable[[type[BaseModel]], Plan | None]

EXACT: dict[Any, type] = {str: str, int: int, bool: bool, dt.date: dt.date}
_INT_RANGE = range(-(2**63), 2**63)


class RefusedError(Exception):
    """The data is not plainly conforming: pydantic decides."""


class UnsupportedError(Exception):
    """The model declares something this module does not read."""


class TypePlans:
    """Plans of declared types, finding a nested model's plan with `model_plans`."""

    def __init__(self, model_plans: ModelPlans) -> None:
        self._model_plans = model_plans

    def plan(self, annotation: Any, metadata: list[Any]) -> Plan:
        """The conversion of one declared type (with its constraints), raising
        RefusedError; UnsupportedError when the declaration is not one this module reads."""
        if typing.get_origin(annotation) is typing.Annotated:
            inner, *extra = typing.get_args(annotation)
            for item in extra:
                more = item.metadata if isinstance(item, FieldInfo) else [item]
                metadata = [*metadata, *more]
            return self.plan(inner, metadata)
        metadata = [item for item in metadata if not isinstance(item, WithJsonSchema)]
        if any(isinstance(item, PlainValidator) for item in metadata):
            if len(metadata) != 1 or arguments(metadata[0].func) != 1:
                raise UnsupportedError
            function = metadata[0].func  # a query, a pattern: its function alone validates it
            return lambda value: call(function, value)
        lax = any(isinstance(item, Strict) and not item.strict for item in metadata)
        checks = [_constraint(item) for item in metadata if not isinstance(item, Strict)]
        base = self._type_plan(annotation, lax)
        if not checks:
            return base

        def constrained(value: Any) -> Any:
            for check in checks:
                check(value)
            return base(value)

        return constrained

    def _type_plan(self, annotation: Any, lax: bool) -> Plan:
        origin = typing.get_origin(annotation)
        if annotation is dt.date and lax:
            return _lax_date
        if annotation in EXACT:
            return lambda value: _exactly(value, {EXACT[annotation]})
        if annotation is Any:
            return same
        if origin is typing.Literal:
            allowed = {(type(v), v) for v in typing.get_args(annotation)}
            return lambda value: _literal(value, allowed)
        if origin in (typing.Union, types.UnionType):
            return self._union(typing.get_args(annotation), lax)
        if origin in (list, dict):
            return self._container(origin, typing.get_args(annotation))
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            model = annotation
            model_plans = self._model_plans
            return lambda value: _nested(model_plans, model, value)
        raise UnsupportedError

    def _container(self, origin: Any, args: tuple[Any, ...]) -> Plan:
        if origin is list:
            each = self.plan(args[0], [])

            def listed(value: Any) -> Any:
                if type(value) is not list:
                    raise RefusedError
                return [each(v) for v in value]

            return listed
        key, item = self.plan(args[0], []), self.plan(args[1], [])

        def mapped(value: Any) -> Any:
            if type(value) is not dict:
                raise RefusedError
            return {key(k): item(v) for k, v in value.items()}

        return mapped

    def _union(self, options: tuple[Any, ...], lax: bool) -> Plan:
        """`X | None`, or a union of exact scalar types (`int | str`): a value can pass one
        branch only, so pydantic's choice of branch does not matter."""
        nullable = type(None) in options
        rest = [o for o in options if o is not type(None)]
        if len(rest) != 1:
            if not all(o in EXACT for o in rest):
                raise UnsupportedError
            kinds = {EXACT[o] for o in rest} | ({type(None)} if nullable else set())
            return lambda value: _exactly(value, kinds)
        only = _lax_date if lax and rest[0] is dt.date else self.plan(rest[0], [])
        return lambda value: None if value is None and nullable else only(value)


def same(value: Any) -> Any:
    """`value` itself (the plan of `Any`, a plain default's factory)."""
    return value


def arguments(function: Any) -> int:
    """How many positional parameters `function` declares (-1 when it is not plain code)."""
    code = getattr(function, "__code__", None)
    return -1 if code is None else int(code.co_argcount)


def call(function: Callable[[Any], Any], value: Any) -> Any:
    """`function(value)`, any error of it a refusal."""
    try:
        return function(value)
    except Exception as err:  # pydantic, asked next, says what it makes of it
        raise RefusedError from err


def unchanged(function: Callable[[Any], Any], value: Any) -> None:
    """Refuse unless the validator `function` gives `value` back as it is."""
    if call(function, value) is not value:
        raise RefusedError


def _constraint(item: Any) -> Callable[[Any], None]:
    if isinstance(item, MinLen):
        least = item.min_length

        def long_enough(value: Any) -> None:
            if isinstance(value, (str, list)) and len(value) < least:
                raise RefusedError

        return long_enough
    if isinstance(item, Ge):
        bound = item.ge

        def at_least(value: Any) -> None:
            if type(value) is int and not value >= bound:  # type: ignore[operator]
                raise RefusedError

        return at_least
    if isinstance(item, (BeforeValidator, AfterValidator)) and arguments(item.func) == 1:
        function = item.func
        return lambda value: unchanged(function, value)  # type: ignore[arg-type]
    raise UnsupportedError


def _nested(model_plans: ModelPlans, model: type[BaseModel], value: Any) -> Any:
    plan = model_plans(model)
    if plan is not None:
        return plan(value)
    if not model.__pydantic_complete__:
        raise RefusedError
    try:  # a model whose validator is built already (one this module cannot read)
        return model.model_validate(value)
    except ValidationError as err:
        raise RefusedError from err


def _exactly(value: Any, kinds: set[type]) -> Any:
    if type(value) not in kinds or (type(value) is int and value not in _INT_RANGE):
        raise RefusedError
    return value


def _literal(value: Any, allowed: set[tuple[type, Any]]) -> Any:
    if type(value) not in EXACT.values() or (type(value), value) not in allowed:
        raise RefusedError
    return value


def _lax_date(value: Any) -> Any:
    """A date, or text of the form YYYY-MM-DD naming one (what a lax date field reads)."""
    if type(value) is dt.date:
        return value
    if type(value) is not str or len(value) != 10 or value[4] != "-" or value[7] != "-":
        raise RefusedError
    digits = value[:4] + value[5:7] + value[8:]
    if not (digits.isascii() and digits.isdigit()):
        raise RefusedError
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise RefusedError from err
