"""JMESPath expressions turned into Python closures, once per run.

jmespath's TreeInterpreter walks the syntax tree on every search, dispatching each node by
name; rules search every draft dozens of times, so each expression is turned once into
nested Python closures that do the same work directly. Semantics are the interpreter's,
line for line (see jmespath/visitor.py); a node type not handled here falls back to it.
Every closure takes (value, context): the context reaches peelcheck's functions.
"""

from __future__ import annotations

from collections.abc import Callable
from numbers import Number
from typing import TYPE_CHECKING, Any

from jmespath import visitor

from peelcheck.engine.functions import BUILTINS, OWN_FUNCTIONS, bound, interpret

if TYPE_CHECKING:
    from peelcheck.engine.context import DraftContext


Evaluate = Callable[[Any, "DraftContext"], Any]


def _is_actual_number(value: Any) -> bool:
    kind = type(value)
    if kind is int or kind is float:
        return True
    if kind is str or kind is bool or value is None:
        return False  # the usual values, told without the slower `Number` check
    return isinstance(value, Number)


def _is_comparable(value: Any) -> bool:
    return _is_actual_number(value) or isinstance(value, str)


def _equals(a: Any, b: Any) -> bool:
    # 0 and 1 never equal false and true in JMESPath, although they do in Python
    if _is_actual_number(a) and a in (0, 1):
        return not isinstance(b, bool) and a == b
    if _is_actual_number(b) and b in (0, 1):
        return not isinstance(a, bool) and a == b
    return bool(a == b)


def _false(value: Any) -> bool:
    if value is True:
        return False  # most conditions' value
    return value == "" or value == [] or value == {} or value is None or value is False


def _identity(value: Any, ctx: DraftContext) -> Any:
    return value


class _Expression:
    """An `&expression` argument, as built-in functions such as sort_by() call it.

    The name matters: jmespath type-checks function arguments by class name.
    """

    __slots__ = ("_ctx", "_evaluate", "expression")

    def __init__(self, expression: dict[str, Any], evaluate: Evaluate, ctx: DraftContext) -> None:
        self.expression, self._evaluate, self._ctx = expression, evaluate, ctx

    def visit(self, node: dict[str, Any], value: Any) -> Any:
        if node is self.expression:
            return self._evaluate(value, self._ctx)
        return interpret(node, value, self._ctx)


def compile_tree(node: dict[str, Any]) -> Evaluate:
    compiler = _COMPILERS.get(node["type"])
    if compiler is None:
        tree: Any = node
        return lambda value, ctx: interpret(tree, value, ctx)
    return compiler(node)


def _children(node: dict[str, Any]) -> list[Evaluate]:
    return [compile_tree(child) for child in node["children"]]


def _field(node: dict[str, Any]) -> Evaluate:
    key = node["value"]

    def field(value: Any, ctx: DraftContext) -> Any:
        if type(value) is dict:
            return value.get(key)
        try:
            return value.get(key)
        except AttributeError:
            return None

    return field


def _chain(node: dict[str, Any]) -> Evaluate:
    steps = _children(node)
    if len(steps) == 2:
        first, second = steps
        return lambda value, ctx: second(first(value, ctx), ctx)

    def chain(value: Any, ctx: DraftContext) -> Any:
        for step in steps:
            value = step(value, ctx)
        return value

    return chain


def _comparator(node: dict[str, Any]) -> Evaluate:
    left, right = _children(node)
    operator = node["value"]
    if operator in ("eq", "ne"):
        negate = operator == "ne"

        def equality(value: Any, ctx: DraftContext) -> Any:
            a, b = left(value, ctx), right(value, ctx)
            if a is None or b is None:  # null equals only null
                same = a is b
            elif type(a) is str or type(b) is str:
                same = a == b
            else:
                same = _equals(a, b)
            return not same if negate else same

        return equality
    compare = visitor.TreeInterpreter.COMPARATOR_FUNC[operator]

    def order(value: Any, ctx: DraftContext) -> Any:
        a, b = left(value, ctx), right(value, ctx)
        if not (_is_comparable(a) and _is_comparable(b)):
            return None
        return compare(a, b)

    return order


def _expref(node: dict[str, Any]) -> Evaluate:
    expression = node["children"][0]
    evaluate = compile_tree(expression)
    return lambda value, ctx: _Expression(expression, evaluate, ctx)


def _function(node: dict[str, Any]) -> Evaluate:
    name, args = node["value"], _children(node)
    direct = _direct_function(name, node["children"])
    if direct is not None:
        return direct
    if name in OWN_FUNCTIONS:  # checked by jmespath (arity, types), bound to the draft
        return lambda value, ctx: bound(ctx).call_function(name, [a(value, ctx) for a in args])
    call = BUILTINS.call_function
    fast = _FAST_BUILTINS.get((name, len(args)))
    if fast is not None:

        def fast_call(value: Any, ctx: DraftContext) -> Any:
            resolved = [arg(value, ctx) for arg in args]
            result = fast(*resolved)
            return call(name, resolved) if result is _CHECKED_BY_JMESPATH else result

        return fast_call
    if len(args) == 1:
        (arg,) = args
        return lambda value, ctx: call(name, [arg(value, ctx)])
    return lambda value, ctx: call(name, [arg(value, ctx) for arg in args])


# Built-in functions rules call on every node, done here for the argument types jmespath
# accepts without question (its check compares exact type names, as `type(x) is` does);
# any other argument goes to jmespath, which raises or answers as before.
_CHECKED_BY_JMESPATH = object()


def _contains(subject: Any, search: Any) -> Any:
    if type(subject) is list or (type(subject) is str and type(search) is str):
        return search in subject
    return _CHECKED_BY_JMESPATH


def _starts_with(text: Any, prefix: Any) -> Any:
    if type(text) is str and type(prefix) is str:
        return text.startswith(prefix)
    return _CHECKED_BY_JMESPATH


def _join(glue: Any, items: Any) -> Any:
    if type(glue) is str and type(items) is list and all(type(i) is str for i in items):
        return glue.join(items)
    return _CHECKED_BY_JMESPATH


def _to_string(arg: Any) -> Any:
    return arg if type(arg) is str else _CHECKED_BY_JMESPATH


_FAST_BUILTINS: dict[tuple[str, int], Callable[..., Any]] = {
    ("contains", 2): _contains,
    ("starts_with", 2): _starts_with,
    ("join", 2): _join,
    ("to_string", 1): _to_string,
}


def _direct_function(name: str, children: list[dict[str, Any]]) -> Evaluate | None:
    """peelcheck's own functions called straight, where their arguments need no checking.

    Rules call them on every node of every draft; `call_function` would check the same
    arity and types each time. Other calls (and wrong arities, which must raise) go there.
    """
    if name == "root" and not children:
        return lambda value, ctx: ctx.data
    if name == "context" and len(children) == 1 and children[0]["type"] == "literal":
        fact = children[0]["value"]
        if isinstance(fact, str):
            return lambda value, ctx: ctx.fact(fact)
    if name in ("rank", "questions_of") and len(children) == 1:
        arg = compile_tree(children[0])
        if name == "rank":
            return lambda value, ctx: ctx.rank(arg(value, ctx))
        return lambda value, ctx: ctx.questions_of(arg(value, ctx))
    return None


def _filter_projection(node: dict[str, Any]) -> Evaluate:
    left, right, condition = _children(node)
    plain = node["children"][1]["type"] == "identity"

    def filter_projection(value: Any, ctx: DraftContext) -> Any:
        base = left(value, ctx)
        if not isinstance(base, list):
            return None
        collected = []
        for element in base:
            if not _false(condition(element, ctx)):
                current = element if plain else right(element, ctx)
                if current is not None:
                    collected.append(current)
        return collected

    return filter_projection


def _projection(node: dict[str, Any]) -> Evaluate:
    left, right = _children(node)
    values = node["type"] == "value_projection"

    def projection(value: Any, ctx: DraftContext) -> Any:
        base = left(value, ctx)
        if values:
            try:
                base = base.values()
            except AttributeError:
                return None
        elif not isinstance(base, list):
            return None
        collected = []
        for element in base:
            current = right(element, ctx)
            if current is not None:
                collected.append(current)
        return collected

    return projection


def _flatten(node: dict[str, Any]) -> Evaluate:
    (inner,) = _children(node)

    def flatten(value: Any, ctx: DraftContext) -> Any:
        base = inner(value, ctx)
        if not isinstance(base, list):
            return None
        merged: list[Any] = []
        for element in base:
            if isinstance(element, list):
                merged.extend(element)
            else:
                merged.append(element)
        return merged

    return flatten


def _index(node: dict[str, Any]) -> Evaluate:
    position = node["value"]

    def index(value: Any, ctx: DraftContext) -> Any:
        if not isinstance(value, list):
            return None
        try:
            return value[position]
        except IndexError:
            return None

    return index


def _slice(node: dict[str, Any]) -> Evaluate:
    part = slice(*node["children"])
    return lambda value, ctx: value[part] if isinstance(value, list) else None


def _literal(node: dict[str, Any]) -> Evaluate:
    constant = node["value"]
    return lambda value, ctx: constant


def _multi_select_dict(node: dict[str, Any]) -> Evaluate:
    pairs = [(child["value"], compile_tree(child)) for child in node["children"]]

    def multi_select_dict(value: Any, ctx: DraftContext) -> Any:
        if value is None:
            return None
        return {key: evaluate(value, ctx) for key, evaluate in pairs}

    return multi_select_dict


def _multi_select_list(node: dict[str, Any]) -> Evaluate:
    items = _children(node)
    return lambda value, ctx: None if value is None else [item(value, ctx) for item in items]


def _or(node: dict[str, Any]) -> Evaluate:
    left, right = _children(node)

    def either(value: Any, ctx: DraftContext) -> Any:
        matched = left(value, ctx)
        return right(value, ctx) if _false(matched) else matched

    return either


def _and(node: dict[str, Any]) -> Evaluate:
    left, right = _children(node)

    def both(value: Any, ctx: DraftContext) -> Any:
        matched = left(value, ctx)
        return matched if _false(matched) else right(value, ctx)

    return both


def _not(node: dict[str, Any]) -> Evaluate:
    (inner,) = _children(node)

    def negation(value: Any, ctx: DraftContext) -> Any:
        result = inner(value, ctx)
        if _is_actual_number(result) and result == 0:
            return False  # !0 is false in JMESPath
        return not result

    return negation


_COMPILERS: dict[str, Callable[[dict[str, Any]], Evaluate]] = {
    "field": _field,
    "subexpression": _chain,
    "index_expression": _chain,
    "pipe": _chain,
    "comparator": _comparator,
    "current": lambda node: _identity,
    "identity": lambda node: _identity,
    "expref": _expref,
    "function_expression": _function,
    "filter_projection": _filter_projection,
    "projection": _projection,
    "value_projection": _projection,
    "flatten": _flatten,
    "index": _index,
    "slice": _slice,
    "key_val_pair": lambda node: compile_tree(node["children"][0]),
    "literal": _literal,
    "multi_select_dict": _multi_select_dict,
    "multi_select_list": _multi_select_list,
    "or_expression": _or,
    "and_expression": _and,
    "not_expression": _not,
}
