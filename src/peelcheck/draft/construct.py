"""Models built from data that plainly conforms, without building pydantic's validator.

Building a model class's validator (its core schema, then the Rust validator) costs far
more than validating one document with it: about 25 ms for the draft format's models, in a
run that checks one draft. For a model declared with `defer_build=True`, `construct` reads
the model's own field declarations and accepts only data that every validator would take
unchanged: exact types (a `str` is a `str`, an `int` is not a `bool`), values of a
`Literal`, lengths and bounds, no unknown keys, every required key, and the model's own
validator functions run as pydantic runs them. Anything else (a number where text is
expected, a declaration this module does not know) gives None, and the caller validates
with pydantic as before: the same model, the same messages. After a few documents the
validator is built after all, since it then costs less than this module's Python.
This module reads models (their fields, defaults and validators); how one declared type
takes a value is `type_plans`'s.
"""

from __future__ import annotations

import functools
import inspect
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from peelcheck.draft.type_plans import (
    Plan,
    RefusedError,
    TypePlans,
    UnsupportedError,
    arguments,
    call,
    same,
    unchanged,
)

M = TypeVar("M", bound=BaseModel)

# documents of one model built this way before its validator is built (runs of many drafts)
FAST_DOCUMENTS = 8

# model_config keys that do not change what a conforming value becomes
_NEUTRAL_CONFIG = frozenset(
    {"extra", "strict", "frozen", "title", "json_schema_extra", "defer_build",
     "arbitrary_types_allowed", "protected_namespaces"}
)  # fmt: skip
_PLAIN_DEFAULTS = (type(None), str, int, bool, float)


_plans: dict[type[BaseModel], Plan | None] = {}
_shape_plans: dict[Any, Plan | None] = {}
_NO_PLAN: Any = object()
NOT_PLAIN: Any = object()  # what `plain_data` gives for data it does not vouch for
_uses: dict[type[BaseModel], int] = {}


def construct(model: type[M], data: Any) -> M | None:
    """`model` built from `data` without validation, when `data` plainly conforms, the
    model's validator is not built yet and fewer than FAST_DOCUMENTS documents were built
    this way; otherwise None (validate with pydantic)."""
    if model.__pydantic_complete__ or _uses.get(model, 0) >= FAST_DOCUMENTS:
        return None
    _uses[model] = _uses.get(model, 0) + 1
    return conforming(model, data)


def conforming(model: type[M], data: Any) -> M | None:
    """`model` built from `data` when `data` plainly conforms (as `construct`, whether or
    not the validator is built), else None."""
    plan = _model_plan(model)
    if plan is None:
        return None
    try:
        built: M = plan(data)
    except RefusedError:
        return None
    return built


def validate(model: type[M], data: Any) -> M:
    """`model.model_validate(data)`, without building the validator where `construct` can
    vouch for the data (a run's pack data and checks, read back from the pack cache)."""
    built = None if model.__pydantic_complete__ else conforming(model, data)
    return model.model_validate(data) if built is None else built


def plain_data(shape: Any, value: Any) -> Any:
    """`value` as `TypeAdapter(shape).validate_python(value, strict=True)` gives it, for a
    shape of texts, numbers, true/false, lists, mappings, unions and literals whose value
    plainly conforms; else `NOT_PLAIN` (validate it with pydantic)."""
    plan = _shape_plans.get(shape, _NO_PLAN)
    if plan is _NO_PLAN:
        try:
            plan = _TYPES.plan(shape, []) if _plain_shape(shape) else None
        except UnsupportedError:
            plan = None
        _shape_plans[shape] = plan
    if plan is None:
        return NOT_PLAIN
    try:
        return plan(value)
    except RefusedError:
        return NOT_PLAIN


def _plain_shape(shape: Any) -> bool:
    """No date, and no field that asks for lax validation (which strict validation at
    run time overrides, and this module would read as lax)."""
    if shape in (str, int, bool, Any, type(None)):
        return True
    origin = typing.get_origin(shape)
    if origin is typing.Literal:
        return True
    if origin in (list, dict, typing.Union, types.UnionType):
        return all(_plain_shape(arg) for arg in typing.get_args(shape))
    if isinstance(shape, type) and issubclass(shape, BaseModel):
        return all(
            _plain_shape(info.annotation) and not info.metadata
            for info in shape.model_fields.values()
        )
    return False


def _model_plan(model: type[BaseModel]) -> Plan | None:
    if model not in _plans:
        _plans[model] = None  # a model holding itself is not read (none does today)
        try:
            _plans[model] = _build_model_plan(model)
        except UnsupportedError:
            _plans[model] = None
    return _plans[model]


def _build_model_plan(model: type[BaseModel]) -> Plan:
    config = model.model_config
    if set(config) - _NEUTRAL_CONFIG or config.get("extra") != "forbid":
        raise UnsupportedError
    after = _model_validators(model)
    checked = _field_validators(model)
    fields: dict[str, tuple[str, Plan]] = {}  # by the key documents write
    required = set()
    absent = _defaults(model)
    for name, info in model.model_fields.items():
        key = info.validation_alias if info.validation_alias is not None else info.alias
        key = name if key is None else key
        if not isinstance(key, str) or info.alias not in (None, key):
            raise UnsupportedError  # AliasChoices, AliasPath
        plan = _TYPES.plan(info.annotation, info.metadata)
        fields[key] = (name, _then(plan, checked[name]) if name in checked else plan)
        if info.is_required():
            required.add(key)

    def build(value: Any) -> Any:
        if type(value) is not dict or not required <= value.keys():
            raise RefusedError
        values = {}
        for key, item in value.items():
            field = fields.get(key) if type(key) is str else None
            if field is None:
                raise RefusedError
            values[field[0]] = field[1](item)
        given = set(values)
        for name, default in absent.items():
            if name not in given:
                values[name] = default()
        built = model.model_construct(given, **values)
        for validator in after:
            unchanged(validator, built)
        return built

    return build


def defaults(model: type[BaseModel]) -> dict[str, Any] | None:
    """The default of each optional field of `model`, as pydantic gives it (a factory's
    result, a plain value as it is); None when some default is not of that kind. Found
    without `inspect.signature`, which pydantic asks of a `list` factory: the signature of a
    builtin is parsed by the tokenizer, whose pattern takes 6 ms to compile."""
    try:
        return {name: make() for name, make in _defaults(model).items()}
    except UnsupportedError:
        return None


def _defaults(model: type[BaseModel]) -> dict[str, Callable[[], Any]]:
    found: dict[str, Callable[[], Any]] = {}
    for name, info in model.model_fields.items():
        if info.is_required():
            continue
        factory = info.default_factory
        if factory is None:
            value = info.default
            if type(value) in (list, dict) and not value:
                found[name] = value.copy  # as pydantic copies it: a new empty one
            elif type(value) in _PLAIN_DEFAULTS:
                found[name] = functools.partial(same, value)
            else:
                raise UnsupportedError  # pydantic copies it; copies are not made here
        elif factory in (list, dict) or arguments(factory) == 0:
            found[name] = factory  # type: ignore[assignment]
        else:
            raise UnsupportedError  # a factory given the data validated so far
    return found


def _model_validators(model: type[BaseModel]) -> list[Callable[[Any], Any]]:
    """The model's validators, when all are "after" validators of the instance alone."""
    decorators = model.__pydantic_decorators__
    if decorators.validators or decorators.root_validators:
        raise UnsupportedError
    found = []
    for decorator in decorators.model_validators.values():
        if decorator.info.mode != "after" or arguments(decorator.func) != 1:
            raise UnsupportedError
        found.append(decorator.func)
    return found


def _field_validators(model: type[BaseModel]) -> dict[str, Callable[[Any], Any]]:
    """Each field's "after" validator taking the value alone (at most one a field)."""
    found: dict[str, Callable[[Any], Any]] = {}
    for decorator in model.__pydantic_decorators__.field_validators.values():
        function = decorator.func
        if decorator.info.mode != "after" or len(inspect.signature(function).parameters) != 1:
            raise UnsupportedError
        for name in decorator.info.fields:
            if name in found or name not in model.model_fields:
                raise UnsupportedError
            found[name] = function
    return found


def _then(plan: Plan, function: Callable[[Any], Any]) -> Plan:
    return lambda value: call(function, plan(value))


_TYPES = TypePlans(_model_plan)
