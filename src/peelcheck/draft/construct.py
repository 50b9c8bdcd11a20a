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
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

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

M = TypeVar("M", bound=BaseModel)
_Plan = Callable[[Any], Any]

# documents of one model built this way before its validator is built (runs of many drafts)
FAST_DOCUMENTS = 8

# model_config keys that do not change what a conforming value becomes
_NEUTRAL_CONFIG = frozenset(
    {"extra", "strict", "frozen", "title", "json_schema_extra", "defer_build",
     "arbitrary_types_allowed", "protected_namespaces"}
)  # fmt: skip
_EXACT: dict[Any, type] = {str: str, int: int, bool: bool, dt.date: dt.date}
_INT_RANGE = range(-(2**63), 2**63)
_PLAIN_DEFAULTS = (type(None), str, int, bool, float)


class _RefusedError(Exception):
    """The data is not plainly conforming: pydantic decides."""


class _UnsupportedError(Exception):
    """The model declares something this module does not read."""


_plans: dict[type[BaseModel], _Plan | None] = {}
_shape_plans: dict[Any, _Plan | None] = {}
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
    except _RefusedError:
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
            plan = _plan(shape, []) if _plain_shape(shape) else None
        except _UnsupportedError:
            plan = None
        _shape_plans[shape] = plan
    if plan is None:
        return NOT_PLAIN
    try:
        return plan(value)
    except _RefusedError:
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


def _model_plan(model: type[BaseModel]) -> _Plan | None:
    if model not in _plans:
        _plans[model] = None  # a model holding itself is not read (none does today)
        try:
            _plans[model] = _build_model_plan(model)
        except _UnsupportedError:
            _plans[model] = None
    return _plans[model]


def _build_model_plan(model: type[BaseModel]) -> _Plan:
    config = model.model_config
    if set(config) - _NEUTRAL_CONFIG or config.get("extra") != "forbid":
        raise _UnsupportedError
    after = _model_validators(model)
    checked = _field_validators(model)
    fields: dict[str, tuple[str, _Plan]] = {}  # by the key documents write
    required = set()
    absent = _defaults(model)
    for name, info in model.model_fields.items():
        key = info.validation_alias if info.validation_alias is not None else info.alias
        key = name if key is None else key
        if not isinstance(key, str) or info.alias not in (None, key):
            raise _UnsupportedError  # AliasChoices, AliasPath
        plan = _plan(info.annotation, info.metadata)
        fields[key] = (name, _then(plan, checked[name]) if name in checked else plan)
        if info.is_required():
            required.add(key)

    def build(value: Any) -> Any:
        if type(value) is not dict or not required <= value.keys():
            raise _RefusedError
        values = {}
        for key, item in value.items():
            field = fields.get(key) if type(key) is str else None
            if field is None:
                raise _RefusedError
            values[field[0]] = field[1](item)
        given = set(values)
        for name, default in absent.items():
            if name not in given:
                values[name] = default()
        built = model.model_construct(given, **values)
        for validator in after:
            _unchanged(validator, built)
        return built

    return build


def defaults(model: type[BaseModel]) -> dict[str, Any] | None:
    """The default of each optional field of `model`, as pydantic gives it (a factory's
    result, a plain value as it is); None when some default is not of that kind. Found
    without `inspect.signature`, which pydantic asks of a `list` factory: the signature of a
    builtin is parsed by the tokenizer, whose pattern takes 6 ms to compile."""
    try:
        return {name: make() for name, make in _defaults(model).items()}
    except _UnsupportedError:
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
                found[name] = functools.partial(_same, value)
            else:
                raise _UnsupportedError  # pydantic copies it; copies are not made here
        elif factory in (list, dict) or _arguments(factory) == 0:
            found[name] = factory  # type: ignore[assignment]
        else:
            raise _UnsupportedError  # a factory given the data validated so far
    return found


def _same(value: Any) -> Any:
    return value


def _model_validators(model: type[BaseModel]) -> list[Callable[[Any], Any]]:
    """The model's validators, when all are "after" validators of the instance alone."""
    decorators = model.__pydantic_decorators__
    if decorators.validators or decorators.root_validators:
        raise _UnsupportedError
    found = []
    for decorator in decorators.model_validators.values():
        if decorator.info.mode != "after" or _arguments(decorator.func) != 1:
            raise _UnsupportedError
        found.append(decorator.func)
    return found


def _field_validators(model: type[BaseModel]) -> dict[str, Callable[[Any], Any]]:
    """Each field's "after" validator taking the value alone (at most one a field)."""
    found: dict[str, Callable[[Any], Any]] = {}
    for decorator in model.__pydantic_decorators__.field_validators.values():
        function = decorator.func
        if decorator.info.mode != "after" or len(inspect.signature(function).parameters) != 1:
            raise _UnsupportedError
        for name in decorator.info.fields:
            if name in found or name not in model.model_fields:
                raise _UnsupportedError
            found[name] = function
    return found


def _arguments(function: Any) -> int:
    code = getattr(function, "__code__", None)
    return -1 if code is None else int(code.co_argcount)


def _call(function: Callable[[Any], Any], value: Any) -> Any:
    try:
        return function(value)
    except Exception as err:  # pydantic, asked next, says what it makes of it
        raise _RefusedError from err


def _unchanged(function: Callable[[Any], Any], value: Any) -> None:
    if _call(function, value) is not value:
        raise _RefusedError


def _then(plan: _Plan, function: Callable[[Any], Any]) -> _Plan:
    return lambda value: _call(function, plan(value))


def _plan(annotation: Any, metadata: list[Any]) -> _Plan:
    """The conversion of one declared type (with its constraints), raising _RefusedError."""
    if typing.get_origin(annotation) is typing.Annotated:
        inner, *extra = typing.get_args(annotation)
        for item in extra:
            metadata = [*metadata, *(item.metadata if isinstance(item, FieldInfo) else [item])]
        return _plan(inner, metadata)
    metadata = [item for item in metadata if not isinstance(item, WithJsonSchema)]
    if any(isinstance(item, PlainValidator) for item in metadata):
        if len(metadata) != 1 or _arguments(metadata[0].func) != 1:
            raise _UnsupportedError
        function = metadata[0].func  # a query, a pattern: its function alone validates it
        return lambda value: _call(function, value)
    lax = any(isinstance(item, Strict) and not item.strict for item in metadata)
    checks = [_constraint(item) for item in metadata if not isinstance(item, Strict)]
    base = _type_plan(annotation, lax)
    if not checks:
        return base

    def constrained(value: Any) -> Any:
        for check in checks:
            check(value)
        return base(value)

    return constrained


def _constraint(item: Any) -> Callable[[Any], None]:
    if isinstance(item, MinLen):
        least = item.min_length

        def long_enough(value: Any) -> None:
            if isinstance(value, (str, list)) and len(value) < least:
                raise _RefusedError

        return long_enough
    if isinstance(item, Ge):
        bound = item.ge

        def at_least(value: Any) -> None:
            if type(value) is int and not value >= bound:  # type: ignore[operator]
                raise _RefusedError

        return at_least
    if isinstance(item, (BeforeValidator, AfterValidator)) and _arguments(item.func) == 1:
        function = item.func
        return lambda value: _unchanged(function, value)  # type: ignore[arg-type]
    raise _UnsupportedError


def _type_plan(annotation: Any, lax: bool) -> _Plan:
    origin = typing.get_origin(annotation)
    if annotation is dt.date and lax:
        return _lax_date
    if annotation in _EXACT:
        return lambda value: _exactly(value, {_EXACT[annotation]})
    if annotation is Any:
        return _same
    if origin is typing.Literal:
        allowed = {(type(v), v) for v in typing.get_args(annotation)}
        return lambda value: _literal(value, allowed)
    if origin in (typing.Union, types.UnionType):
        return _union(typing.get_args(annotation), lax)
    if origin in (list, dict):
        return _container(origin, typing.get_args(annotation))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        model = annotation
        return lambda value: _nested(model, value)
    raise _UnsupportedError


def _container(origin: Any, args: tuple[Any, ...]) -> _Plan:
    if origin is list:
        each = _plan(args[0], [])

        def listed(value: Any) -> Any:
            if type(value) is not list:
                raise _RefusedError
            return [each(v) for v in value]

        return listed
    key, item = _plan(args[0], []), _plan(args[1], [])

    def mapped(value: Any) -> Any:
        if type(value) is not dict:
            raise _RefusedError
        return {key(k): item(v) for k, v in value.items()}

    return mapped


def _nested(model: type[BaseModel], value: Any) -> Any:
    plan = _model_plan(model)
    if plan is not None:
        return plan(value)
    if not model.__pydantic_complete__:
        raise _RefusedError
    try:  # a model whose validator is built already (one this module cannot read)
        return model.model_validate(value)
    except ValidationError as err:
        raise _RefusedError from err


def _union(options: tuple[Any, ...], lax: bool) -> _Plan:
    """`X | None`, or a union of exact scalar types (`int | str`): a value can pass one
    branch only, so pydantic's choice of branch does not matter."""
    nullable = type(None) in options
    rest = [o for o in options if o is not type(None)]
    if len(rest) != 1:
        if not all(o in _EXACT for o in rest):
            raise _UnsupportedError
        kinds = {_EXACT[o] for o in rest} | ({type(None)} if nullable else set())
        return lambda value: _exactly(value, kinds)
    only = _lax_date if lax and rest[0] is dt.date else _plan(rest[0], [])
    return lambda value: None if value is None and nullable else only(value)


def _exactly(value: Any, kinds: set[type]) -> Any:
    if type(value) not in kinds or (type(value) is int and value not in _INT_RANGE):
        raise _RefusedError
    return value


def _literal(value: Any, allowed: set[tuple[type, Any]]) -> Any:
    if type(value) not in _EXACT.values() or (type(value), value) not in allowed:
        raise _RefusedError
    return value


def _lax_date(value: Any) -> Any:
    """A date, or text of the form YYYY-MM-DD naming one (what a lax date field reads)."""
    if type(value) is dt.date:
        return value
    if type(value) is not str or len(value) != 10 or value[4] != "-" or value[7] != "-":
        raise _RefusedError
    digits = value[:4] + value[5:7] + value[8:]
    if not (digits.isascii() and digits.isdigit()):
        raise _RefusedError
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise _RefusedError from err
